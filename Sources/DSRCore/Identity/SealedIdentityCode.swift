/// A henkilötunnus as the register keeps it: a masked form to show, the code sealed (encrypted) under the register's
/// key, and a keyed lookup tag to find the person's requests. The plain code is never part of it.
///
/// DSRCore only carries the value; the key, the sealing and the tag are made outside the core (DSRStore's
/// `IdentityCodeKey`), so a ``Henkilotunnus`` lives only as long as validation needs. Tietosuojalaki § 29 (legal-facts
/// § 6.4): the code must not be entered needlessly on documents drawn up from a register, so dsr shows ``masked`` at
/// most.
public struct SealedIdentityCode: Sendable, Codable, Equatable {
    /// The form dsr shows: date of birth and century sign, the rest hidden (`131052-****`).
    public var masked: String
    /// The code encrypted under the register's key (empty in views meant for display).
    public var sealed: String
    /// A keyed hash of the code that finds the same person's requests (empty in views meant for display).
    public var lookup: String

    /// Creates a sealed code.
    public init(masked: String, sealed: String, lookup: String) {
        self.masked = masked
        self.sealed = sealed
        self.lookup = lookup
    }

    /// The form for display and export: the masked code only.
    public var forDisplay: SealedIdentityCode {
        SealedIdentityCode(masked: masked, sealed: "", lookup: "")
    }

    private enum CodingKeys: String, CodingKey {
        case masked, sealed, lookup
    }

    /// Decodes a sealed code; a display form without `sealed` and `lookup` decodes with both empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        masked = try container.decode(String.self, forKey: .masked)
        sealed = try container.decodeIfPresent(String.self, forKey: .sealed) ?? ""
        lookup = try container.decodeIfPresent(String.self, forKey: .lookup) ?? ""
    }

    /// Encodes the sealed code, leaving out empty `sealed` and `lookup` (the display form shows `masked` only).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(masked, forKey: .masked)
        if !sealed.isEmpty { try container.encode(sealed, forKey: .sealed) }
        if !lookup.isEmpty { try container.encode(lookup, forKey: .lookup) }
    }
}
