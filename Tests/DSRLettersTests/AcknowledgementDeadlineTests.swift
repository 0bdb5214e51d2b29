import DSRCore
import Testing

@testable import DSRLetters

/// The acknowledgement's time limit: the legal deadline, the controller's internal target, and the earlier day where
/// the last day falls on Midsummer Eve or Christmas Eve (legal-facts § 5.3: UNCONFIRMED whether they move it).
struct AcknowledgementDeadlineTests {
    /// An open access request received on the day.
    static func received(_ day: String, language: Language) throws -> RequestRecord {
        var record = try LetterFixtures.openRecord(.access, sequence: 21, language: language)
        record.received = try LetterFixtures.date(day)
        record.deadline = DeadlineCalculator().deadline(received: record.received).date
        return record
    }

    /// The acknowledgement's text for a record, dated the day after receipt.
    static func text(_ record: RequestRecord, profile: ControllerProfile = LetterFixtures.controller) throws -> String {
        try LetterRenderer().render(
            .acknowledgement, for: record, controller: profile, language: record.language,
            date: record.received.adding(days: 1))
    }

    @Test func statesTheLegalDeadline() throws {
        let text = try Self.text(try Self.received("2026-03-05", language: .en))
        #expect(
            text.contains("The legal time limit for answering your request ends on 7 April 2026 (GDPR Article 12(3))."))
        #expect(text.contains("at the latest on 7 April 2026."))
        #expect(text.contains("from 5 March 2026 to 7 April 2026."))
        #expect(!text.contains("We will send our answer by"))
    }

    @Test func statesTheInternalTargetWhereTheProfileSetsOne() throws {
        var profile = LetterFixtures.controller
        profile.internalTargetWorkingDays = 5
        let record = try Self.received("2026-03-05", language: .fi)
        let text = try Self.text(record, profile: profile)
        // 7.4.2026 (the Tuesday after Easter Monday) minus five working days, skipping Easter Monday, the weekend and
        // Good Friday: 2 April, 1 April, 31, 30 and 27 March → 27.3.2026.
        #expect(text.contains("Lähetämme vastauksen viimeistään 27.3.2026."))
        #expect(text.contains("Lakisääteinen määräaika vastata pyyntöönne päättyy 7.4.2026"))
    }

    @Test func aTargetOfNoDaysBeforeTheDeadlineAddsNothing() throws {
        var profile = LetterFixtures.controller
        profile.internalTargetWorkingDays = 0
        let text = try Self.text(try Self.received("2026-03-05", language: .sv), profile: profile)
        #expect(!text.contains("Vi skickar vårt svar senast"))
    }

    @Test(arguments: [
        // 24.11.2026 + one month = Thursday 24.12.2026, Christmas Eve; the calendar rolls to Monday 28.12.2026.
        ("2026-11-24", Language.en, "24 December 2026 (Christmas Eve)", "28 December 2026", "24 December 2026"),
        ("2026-11-24", .fi, "24.12.2026 (jouluaatto)", "28.12.2026", "24.12.2026"),
        // 19.5.2026 + one month = Friday 19.6.2026, Midsummer Eve; the calendar rolls to Monday 22.6.2026.
        ("2026-05-19", .sv, "19.6.2026 (midsommarafton)", "22.6.2026", "19.6.2026"),
    ])
    func anEvePromisesTheEarlierDay(
        received: String, language: Language, eve: String, rolled: String, promised: String
    ) throws {
        let text = try Self.text(try Self.received(received, language: language))
        #expect(text.contains(eve))
        #expect(text.contains(rolled))
        switch language {
        case .en: #expect(text.contains("at the latest on \(promised).") && text.contains("to \(promised)."))
        case .fi: #expect(text.contains("viimeistään \(promised).") && text.contains("–\(promised)."))
        case .sv: #expect(text.contains("senast den \(promised).") && text.contains("–\(promised)."))
        }
    }

    @Test func theTargetBeforeAnEveIsPrinted() throws {
        var profile = LetterFixtures.controller
        profile.internalTargetWorkingDays = 2
        let text = try Self.text(try Self.received("2026-11-24", language: .en), profile: profile)
        // Two working days before Monday 28.12.2026, skipping the weekend and 24–26 December: 23 and 22 December.
        #expect(text.contains("We will send our answer by 22 December 2026."))
    }

    @Test(arguments: Language.allCases)
    func snapshotWithAnEveAndATarget(language: Language) throws {
        var profile = LetterFixtures.controller
        profile.internalTargetWorkingDays = 3
        Snapshot.expect(
            try Self.text(try Self.received("2026-11-24", language: language), profile: profile),
            matches: "tailoring/acknowledgement-eve-target.\(language.rawValue)")
    }
}
