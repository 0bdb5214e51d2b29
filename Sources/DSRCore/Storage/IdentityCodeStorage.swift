import Foundation

/// Where identity codes are sealed and matched, as the service layer sees it: the register's key stays behind this
/// protocol, so the plain code is sealed or turned into a lookup tag at once and the key never reaches a front end.
public protocol IdentityCodeStorage: Sendable {
    /// Seals a validated code under the register's key.
    ///
    /// A key left by an earlier dsr and not yet recorded is adopted (its fingerprint recorded in the chain as done by
    /// `actor` at `today`), and the answer says so. No key is ever made here.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the register is read-only; the backend's key error (a
    ///   storage failure) if it has no key or its key cannot be used.
    func sealIdentityCode(_ code: Henkilotunnus, actor: String, today: Today) async throws
        -> IdentityKeyAnswer<SealedIdentityCode>

    /// The lookup tag of a code under the register's key, or `nil` if the register has no key and holds no codes;
    /// a key to adopt is adopted as in ``sealIdentityCode(_:actor:today:)`` unless the register is read-only.
    func identityLookupTag(_ code: Henkilotunnus, actor: String, today: Today) async throws
        -> IdentityKeyAnswer<String?>

    /// The requests, open or closed, whose identity code has the lookup tag, in case-number order.
    func records(withIdentityLookup tag: String) async throws -> [RequestRecord]

    /// Whether the register has an identity-code key, adopting a key left by an earlier dsr as
    /// ``sealIdentityCode(_:actor:today:)`` does (unless the register is read-only).
    /// - Parameter required: Whether a register without a key is an error.
    /// - Throws: the backend's key error (a storage failure) if `required` and there is no key, or if the key cannot
    ///   be used.
    func checkIdentityKey(required: Bool, actor: String, today: Today) async throws -> IdentityKeyAnswer<Bool>
}
