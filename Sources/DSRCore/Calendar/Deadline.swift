/// A request's statutory deadline and each step of how it was computed.
public struct Deadline: Sendable, Hashable {
    /// The day the request reached the controller.
    public var received: CivilDate
    /// The same day one month later, or that month's last day (Regulation 1182/71 Art. 3(2)(c)).
    public var oneMonthEnd: CivilDate
    /// The end of the two-month extension, counted from `oneMonthEnd` before any roll-forward; `nil` if not extended.
    public var extendedEnd: CivilDate?
    /// The number of calendar days the clock was paused (closed pauses only).
    public var pausedDays: Int
    /// The end date after the month rule, the extension and the pauses, before rolling past non-working days.
    public var unrolled: CivilDate
    /// The days skipped because they were weekends or holidays, with the reason for each.
    public var skipped: [(date: CivilDate, reason: NonWorkingReason)]
    /// The deadline: the last day on which the controller may answer.
    public var date: CivilDate
    /// The last day on which an extension can still be notified: one month from receipt, without the pauses (GDPR
    /// Art. 12(3): the data subject must be told within one month of receipt; legal-facts § 2.9), rolled forward past
    /// weekends and holidays but not past Midsummer Eve or Christmas Eve on a weekday (the eves' status is
    /// UNCONFIRMED, so the earlier, safer date applies).
    public var extensionNoticeBy: CivilDate

    /// Compares deadlines by every computed field.
    public static func == (lhs: Deadline, rhs: Deadline) -> Bool {
        lhs.received == rhs.received && lhs.oneMonthEnd == rhs.oneMonthEnd && lhs.extendedEnd == rhs.extendedEnd
            && lhs.pausedDays == rhs.pausedDays && lhs.unrolled == rhs.unrolled && lhs.date == rhs.date
            && lhs.extensionNoticeBy == rhs.extensionNoticeBy
            && lhs.skipped.map(\.date) == rhs.skipped.map(\.date)
    }

    /// Hashes the deadline's dates.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(received)
        hasher.combine(date)
        hasher.combine(unrolled)
    }

    /// Whether the roll-forward passed over a Midsummer Eve or Christmas Eve that fell on a weekday, whose status under
    /// 1182/71 is UNCONFIRMED (legal-facts § 5.3). An eve on a Saturday or Sunday moves the deadline anyway.
    public var rolledOverEve: Bool { safeDate != date }

    /// The earliest date the deadline could be if the eves are not holidays: the first day from `unrolled` that is
    /// neither a Saturday, a Sunday nor a holiday other than an eve. Equal to `date` unless `rolledOverEve`.
    public var safeDate: CivilDate {
        for entry in skipped {
            if case .holiday(let holiday) = entry.reason, holiday.isEve, !entry.date.isWeekend { return entry.date }
        }
        return date
    }
}
