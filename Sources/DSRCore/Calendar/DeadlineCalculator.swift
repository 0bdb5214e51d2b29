/// Computes statutory deadlines for data-subject requests on the Finnish calendar.
///
/// The rules, in order (legal-facts §§ 1.2, 1.5 and 5; docs/deadlines.md):
/// 1. GDPR Art. 12(3): one month from receipt. Regulation 1182/71 Art. 3(1) and 3(2)(c): the day of receipt is not
///    counted; the period ends on the same date of the next month, or that month's last day if it has no such date
///    (EDPB Guidelines 01/2022 examples: 5 March → 5 April, 31 August → 30 September).
/// 2. Art. 12(3) extension: two further months added to the end of the first month, before any roll-forward
///    (31 January → 28 February → 28 April). This is the earlier of the two readings that legal-facts § 1.5 marks
///    UNCONFIRMED, so it is the safer one for the controller.
/// 3. Each closed pause (EDPB 01/2022 § 159) adds its length in calendar days.
/// 4. 1182/71 Art. 3(4) and Laki 150/1930 § 5: an end on a Saturday, Sunday or Finnish non-working day moves to the
///    next working day.
public struct DeadlineCalculator: Sendable {
    /// The calendar whose non-working days move a deadline.
    public var calendar: FinnishCalendar

    /// Creates a calculator on the Finnish calendar.
    public init(calendar: FinnishCalendar = FinnishCalendar()) {
        self.calendar = calendar
    }

    /// Computes the deadline of a request.
    /// - Parameters:
    ///   - received: The day the request reached the controller.
    ///   - extended: Whether the Art. 12(3) extension was taken.
    ///   - pauses: The clock's pauses; open pauses do not count yet.
    /// - Returns: The deadline with its steps.
    public func deadline(received: CivilDate, extended: Bool = false, pauses: [ClockPause] = []) -> Deadline {
        deadline(received: received, extended: extended, pausedDays: pauses.reduce(0) { $0 + $1.days })
    }

    /// Computes the deadline of a request from a total of paused days.
    public func deadline(received: CivilDate, extended: Bool, pausedDays: Int) -> Deadline {
        let oneMonthEnd = received.adding(months: 1)
        let extendedEnd = extended ? oneMonthEnd.adding(months: 2) : nil
        let paused = max(0, pausedDays)
        let unrolled = (extendedEnd ?? oneMonthEnd).adding(days: paused)
        let rolled = calendar.rollForward(unrolled)
        // The extension notice must reach the data subject within one month of receipt (Art. 12(3); legal-facts
        // § 2.9): pauses do not widen that window, since the article counts the month from receipt. Whether the eves
        // move that date is UNCONFIRMED, so dsr takes the safer reading: an eve on a weekday does not.
        let noticeBy = calendar.rollForward(oneMonthEnd, evesAreWorkingDays: true).date
        return Deadline(
            received: received,
            oneMonthEnd: oneMonthEnd,
            extendedEnd: extendedEnd,
            pausedDays: paused,
            unrolled: unrolled,
            skipped: rolled.skipped.map { (date: $0.0, reason: $0.1) },
            date: rolled.date,
            extensionNoticeBy: noticeBy
        )
    }
}
