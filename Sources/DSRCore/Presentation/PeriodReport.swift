import Foundation

/// The statistics of `dsr report` for a period: what came in, how it was handled, and whether on time.
///
/// Suitable for the annual privacy report and for showing the Tietosuojavaltuutettu how requests were handled
/// (GDPR Art. 5(2) accountability). Contains counts only, no personal data.
public struct PeriodReport: Sendable, Codable, Equatable {
    /// The first day of the period.
    public var from: String
    /// The last day of the period.
    public var to: String
    /// The day the open and overdue figures are counted on: the period's last day, or the day the report was made
    /// if that is earlier (a report of the current year).
    public var asOf: String
    /// Requests received in the period, by kind.
    public var receivedByKind: [String: Int]
    /// Requests received in the period, by channel.
    public var receivedByChannel: [String: Int]
    /// Requests closed in the period, by kind.
    public var closedByKind: [String: Int]
    /// Requests answered in the period on or before their deadline (answered: the answer sent, ``AnswerDispatch``).
    public var answeredOnTime: Int
    /// Requests answered in the period after their deadline.
    public var answeredLate: Int
    /// Requests received in the period, not answered by the as-of day and past their deadline on it.
    public var openPastDeadline: Int
    /// Requests received in the period and not answered by the as-of day.
    public var stillOpen: Int
    /// The median number of calendar days from receipt to answer, of requests answered in the period.
    public var medianDaysToClose: Double?
    /// The 90th percentile (nearest rank) of days from receipt to answer.
    public var p90DaysToClose: Int?
    /// Requests whose Art. 12(3) extension was taken in the period (by the as-of day), answered yet or not.
    public var extensionsUsed: Int
    /// Requests answered in the period whose clock was paused at least once.
    public var pausedRequests: Int
    /// Total paused days of requests answered in the period.
    public var pausedDays: Int
    /// Refusals in the period by ground code (a refusal on two grounds counts under both).
    public var refusalsByGround: [String: Int]
    /// Refusals in the period, whole or partial.
    public var refusals: Int
    /// Partial refusals in the period.
    public var partialRefusals: Int
    /// Refusals in the period recorded after their deadline (GDPR Art. 12(4)).
    public var lateRefusals: Int
    /// Withdrawals in the period.
    public var withdrawals: Int

    /// Computes the report. A request counts as answered on the day its answer was sent (``AnswerDispatch``), so an
    /// answer printed on time but sent after the deadline is late, and one printed but not sent is not answered yet.
    /// - Parameters:
    ///   - records: Every request (open and closed).
    ///   - letters: The answer letters of the requests with their dispatch, by case; a request without any counts
    ///     as answered on the day it closed.
    ///   - from: The first day of the period.
    ///   - to: The last day of the period.
    ///   - today: The day the report is made; the open and overdue figures are counted on the earlier of `to` and
    ///     `today` (``asOf``). `nil` counts them on `to`.
    public init(
        records: [RequestRecord], letters: [CaseNumber: [LetterDispatchState]] = [:], from: CivilDate,
        to: CivilDate, today: CivilDate? = nil
    ) {
        let asOf = max(from, min(to, today ?? to))
        self.from = from.description
        self.to = to.description
        self.asOf = asOf.description
        let period = from...to
        var receivedByKind: [String: Int] = [:]
        var receivedByChannel: [String: Int] = [:]
        var closedByKind: [String: Int] = [:]
        var refusalsByGround: [String: Int] = [:]
        var durations: [Int] = []
        var onTime = 0
        var late = 0
        var openPast = 0
        var open = 0
        var extensions = 0
        var paused = 0
        var pausedDays = 0
        var refusals = 0
        var partial = 0
        var lateRefusals = 0
        var withdrawals = 0
        for record in records {
            let answer = AnswerDispatch(record, letters: letters[record.caseNumber] ?? []).answeredOn
            if period.contains(record.received) {
                receivedByKind[record.kind.rawValue, default: 0] += 1
                receivedByChannel[record.channel.rawValue, default: 0] += 1
                if record.received <= asOf, answer.map({ $0 > asOf }) ?? true {
                    open += 1
                    // Past the deadline on the as-of day: the deadline was the last day to answer.
                    if record.deadline < asOf { openPast += 1 }
                }
            }
            if let extended = record.extendedOn, period.contains(extended), extended <= asOf { extensions += 1 }
            // Closed in the period whether or not its answer was sent: the closing is what the register recorded.
            if let closed = record.closedOn, period.contains(closed) {
                closedByKind[record.kind.rawValue, default: 0] += 1
            }
            guard let answered = answer, period.contains(answered) else { continue }
            if record.outcome == .withdrawn {
                withdrawals += 1
                continue
            }
            durations.append(record.received.days(until: answered))
            if answered <= record.deadline { onTime += 1 } else { late += 1 }
            if !record.pauses.isEmpty {
                paused += 1
                pausedDays += record.pauses.reduce(0) { $0 + $1.days }
            }
            if let refusal = record.refusal {
                refusals += 1
                if refusal.isPartial { partial += 1 }
                if refusal.late == true { lateRefusals += 1 }
                for ground in refusal.grounds { refusalsByGround[ground.rawValue, default: 0] += 1 }
            }
        }
        durations.sort()
        self.receivedByKind = receivedByKind
        self.receivedByChannel = receivedByChannel
        self.closedByKind = closedByKind
        self.answeredOnTime = onTime
        self.answeredLate = late
        self.openPastDeadline = openPast
        self.stillOpen = open
        if durations.isEmpty {
            self.medianDaysToClose = nil
            self.p90DaysToClose = nil
        } else {
            let middle = durations.count / 2
            self.medianDaysToClose =
                durations.count % 2 == 1
                ? Double(durations[middle]) : Double(durations[middle - 1] + durations[middle]) / 2
            let rank = Int((0.9 * Double(durations.count)).rounded(.up))
            self.p90DaysToClose = durations[max(0, min(durations.count - 1, rank - 1))]
        }
        self.extensionsUsed = extensions
        self.pausedRequests = paused
        self.pausedDays = pausedDays
        self.refusalsByGround = refusalsByGround
        self.refusals = refusals
        self.partialRefusals = partial
        self.lateRefusals = lateRefusals
        self.withdrawals = withdrawals
    }
}
