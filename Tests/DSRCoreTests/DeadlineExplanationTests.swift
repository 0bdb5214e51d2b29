import DSRCore
import Testing

/// The explanation lines `dsr show` and `dsr deadline --explain` print.
struct DeadlineExplanationTests {
    let calculator = DeadlineCalculator()

    /// How a date is written in a language's explanation.
    private func written(_ day: CivilDate, in language: Language) -> String {
        switch language {
        case .en: day.description
        case .fi, .sv: day.finnish
        }
    }

    @Test(arguments: Language.allCases)
    func everyExplanationEndsWithTheDeadline(language: Language) throws {
        for received in [date(2025, 3, 5), date(2025, 1, 31), date(2025, 11, 6), date(2025, 8, 31)] {
            let deadline = calculator.deadline(received: received)
            let lines = deadline.explanation(in: language)
            let last = try #require(lines.last)
            #expect(last.contains(written(deadline.date, in: language)), "\(last)")
            #expect(last.contains(deadline.date.weekday.name(in: language)), "\(last)")
            #expect(lines.first?.contains(written(received, in: language)) == true)
            #expect(lines.contains { $0.contains(written(deadline.oneMonthEnd, in: language)) })
            #expect(lines.contains { $0.contains("1182/71") })
        }
    }

    @Test(arguments: Language.allCases)
    func explanationNamesEachSkippedDay(language: Language) {
        // 6 November 2025: Saturday 6 December is Independence Day, Sunday 7 December a weekend day.
        let lines = calculator.deadline(received: date(2025, 11, 6)).explanation(in: language)
        #expect(lines.contains { $0.contains(FinnishHoliday.independenceDay.names[language]) })
        #expect(
            lines.contains {
                $0.contains(written(date(2025, 12, 7), in: language)) && $0.contains(Weekday.sunday.name(in: language))
            })
        #expect(
            !lines.contains {
                $0.contains(written(date(2025, 12, 8), in: language)) && $0.contains(Weekday.sunday.name(in: language))
            })
    }

    @Test(arguments: Language.allCases)
    func explanationOfAnEveRollOverWarnsToAnswerByTheEve(language: Language) throws {
        let deadline = calculator.deadline(received: date(2025, 5, 20))
        let lines = deadline.explanation(in: language)
        let note = try #require(lines.last)
        #expect(note.contains(written(date(2025, 6, 20), in: language)), "\(note)")
        #expect(lines.contains { $0.contains(written(date(2025, 6, 23), in: language)) })
        #expect(lines.contains { $0.contains(FinnishHoliday.midsummerEve.names[language]) })
    }

    @Test(arguments: Language.allCases)
    func eveWarningOnlyWhenAnEveWasSkipped(language: Language) {
        let plain = calculator.deadline(received: date(2025, 11, 6)).explanation(in: language)
        let eve = calculator.deadline(received: date(2025, 11, 24)).explanation(in: language)
        #expect(eve.count == plain.count - 2 + 5 + 1)  // five skipped days instead of two, plus the note
        #expect(plain.last?.contains(written(date(2025, 12, 8), in: language)) == true)
    }

    @Test(arguments: Language.allCases)
    func explanationShowsTheExtensionAndThePauses(language: Language) {
        let deadline = calculator.deadline(received: date(2025, 1, 31), extended: true, pausedDays: 5)
        let lines = deadline.explanation(in: language)
        #expect(lines.contains { $0.contains(written(date(2025, 4, 28), in: language)) && $0.contains("12") })
        #expect(lines.contains { $0.contains("5") && $0.contains(written(date(2025, 5, 3), in: language)) })
        #expect(lines.last?.contains(written(date(2025, 5, 5), in: language)) == true)
        // Without them, neither line appears.
        let plain = calculator.deadline(received: date(2025, 1, 31)).explanation(in: language)
        #expect(plain.count == lines.count - 2 - 2)  // two fewer steps, and no Saturday and Sunday skipped
    }
}
