/// What was refused, on which grounds and why, as the refusal certificate states it (GDPR Art. 12(4)).
public struct Refusal: Sendable, Codable, Equatable {
    /// The refusal grounds relied on.
    public var grounds: [GroundCode]
    /// The controller's reasons, in its own words.
    public var reason: String
    /// For a partial refusal, what was granted; `nil` for a whole refusal.
    public var granted: String?
    /// Whether the reasons are withheld because telling them would defeat a Tietosuojalaki § 34 restriction (§ 34(3)).
    public var reasonsWithheld: Bool
    /// `true` if the refusal was recorded after the request's deadline, so that the certificate went out late
    /// (GDPR Art. 12(4): within one month of receipt, or the extended period); `nil` if it was on time.
    public var late: Bool?

    /// Creates a refusal record.
    public init(grounds: [GroundCode], reason: String, granted: String? = nil, reasonsWithheld: Bool = false) {
        self.grounds = grounds
        self.reason = reason
        self.granted = granted
        self.reasonsWithheld = reasonsWithheld
    }

    /// Whether part of the request was granted.
    public var isPartial: Bool { granted != nil }
}
