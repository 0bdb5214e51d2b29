/// A legal ground on which a controller may refuse, wholly or in part, to act on a request (GDPR Art. 12(4)).
public struct RefusalGround: Sendable, Hashable, Identifiable {
    /// The ground's stable code.
    public let code: GroundCode
    /// The kinds of request the ground can refuse.
    public let kinds: Set<RequestKind>
    /// The legal reference, for example `GDPR Art. 12(5)(b)` or `Tietosuojalaki 1050/2018 § 34(1)(1)`.
    public let reference: LocalizedText
    /// A short title of the ground.
    public let title: LocalizedText
    /// What the ground means and when it applies, in a sentence or two.
    public let explanation: LocalizedText
    /// Whether the ground is a Tietosuojalaki § 34 restriction of access, after which the data subject may ask that the
    /// information be given to the Data Protection Ombudsman (§ 34(4)).
    public let isAccessRestriction: Bool
    /// Whether the ground weighs the controller's interests against the data subject's (Art. 21(1)); such a ground can
    /// never refuse an objection to direct marketing, which is absolute (Art. 21(2)–(3)).
    public let isBalancingGround: Bool

    /// The ground's identity, its code.
    public var id: GroundCode { code }

    /// Whether the ground may refuse a request of the given kind.
    public func applies(to kind: RequestKind) -> Bool { kinds.contains(kind) }
}

extension RefusalGround {
    /// Looks up a ground by its code in the catalogue.
    public static func named(_ code: GroundCode) -> RefusalGround? {
        catalogue.first { $0.code == code }
    }

    /// The grounds that may refuse a kind of request, in catalogue order.
    public static func grounds(for kind: RequestKind) -> [RefusalGround] {
        catalogue.filter { $0.applies(to: kind) }
    }
}
