/// How a request closed in a final state may be reopened (`reopen:` of the state in `Workflows/<kind>.yaml`): the
/// state it goes back to and what its clock does. A final state without a rule cannot be reopened.
public struct ReopenRule: Sendable, Equatable {
    /// What the clock does when a request is reopened.
    public enum Clock: String, Sendable, CaseIterable {
        /// The clock runs again toward the deadline the request had: the days it was closed count, no new month
        /// starts. GDPR Art. 12(3) counts the month from receipt of the request, not from a later exchange, and a
        /// reminder about an unanswered request is not a new request (EDPB Guidelines 01/2022 §§ 28–30, legal-facts
        /// § 2.1): the safer reading for the controller (docs/workflows.md, Reopening).
        case resume
        /// The days between closing and reopening do not count, as if the clock had been paused (a new pause from
        /// the day of closing to the day of reopening).
        case excludeClosedDays = "exclude-closed-days"
    }

    /// The open state a reopened request goes to.
    public var to: StateID
    /// What the clock does.
    public var clock: Clock

    /// Creates a rule.
    public init(to: StateID, clock: Clock) {
        self.to = to
        self.clock = clock
    }
}
