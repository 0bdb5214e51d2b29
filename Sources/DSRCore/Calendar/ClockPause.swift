/// A period during which a request's clock stood still while dsr waited for the data subject.
///
/// Source: EDPB Guidelines 01/2022 § 159 (as reported in legal-facts § 1.3): the period "may" be suspended while the
/// controller waits for identity information or a clarification it asked for without undue delay.
public struct ClockPause: Sendable, Hashable, Codable {
    /// The day the controller asked for the information (the pause began).
    public var start: CivilDate
    /// The day the information arrived (the pause ended), or `nil` while still waiting.
    public var end: CivilDate?

    /// Creates a pause.
    public init(start: CivilDate, end: CivilDate? = nil) {
        self.start = start
        self.end = end
    }

    /// The pause's length in calendar days, from the day it began to the day it ended; zero while it is still open.
    public var days: Int {
        guard let end else { return 0 }
        return max(0, start.days(until: end))
    }

    /// Whether the pause has not ended yet.
    public var isOpen: Bool { end == nil }
}
