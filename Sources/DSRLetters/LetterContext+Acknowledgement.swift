import DSRCore

extension LetterContext.AcknowledgementFields {
    /// Prepares the time limit an acknowledgement states: the legal deadline, the day the controller promises to
    /// answer by, and the controller's internal target where its profile sets one.
    ///
    /// - The legal deadline is the request's deadline as ``DeadlineCalculator`` computes it: one month from receipt
    ///   (GDPR Art. 12(3); Regulation 1182/71 Art. 3(2)(c)), plus closed pauses and any extension, rolled past
    ///   weekends and Finnish holidays (1182/71 Art. 3(4)). The EDPB calls stating the period "from day X to day Y"
    ///   good practice (Guidelines 01/2022 § 57; legal-facts § 1.3, § 2.9).
    /// - Where the last day falls on Midsummer Eve or Christmas Eve on a weekday, the calendar rolls past it, but
    ///   whether the eves move an EU-law deadline is UNCONFIRMED (legal-facts § 5.3). The letter then names both days
    ///   and promises the earlier one, the eve itself (``Deadline/safeDate``), which is right under either reading.
    /// - The internal target is the controller's own aim (`internalTargetWorkingDays` in the profile): that many
    ///   working days before the legal deadline, counted as `dsr due` counts it
    ///   (``FinnishCalendar/workingDays(_:before:)``). It is printed only when it falls before the promised day.
    init(
        record: RequestRecord, profile: ControllerProfile?, calculator: DeadlineCalculator, language: Language
    ) {
        let deadline = record.deadlineDetail(calculator: calculator)
        let answerBy = deadline.safeDate
        var eve: LetterContext.EveFields?
        if deadline.rolledOverEve,
            case .holiday(let holiday)? = deadline.skipped.first(where: { $0.date == answerBy })?.reason
        {
            eve = LetterContext.EveFields(day: answerBy.letterText(language), holiday: holiday.names[language])
        }
        let target = profile?.internalTargetWorkingDays.map {
            calculator.calendar.workingDays($0, before: deadline.date)
        }
        self.init(
            legalDeadline: deadline.date.letterText(language), answerBy: answerBy.letterText(language), eve: eve,
            target: target.flatMap { $0 < answerBy ? $0.letterText(language) : nil })
    }
}
