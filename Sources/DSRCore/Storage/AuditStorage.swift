import Foundation

/// The register's evidence, as the service layer sees it: checking the whole register against its hash chain, its
/// head as an anchor, and its event log exactly as hashed, for an auditor.
///
/// A backend walks its register in streams (SQLite: cursors in one read transaction), so memory stays flat whatever
/// the register's size; only the problems found are kept.
public protocol AuditStorage: Sendable {
    /// Checks the whole register against its hash chain, on one consistent snapshot: every event's hash and link,
    /// personal data against the salted hashes the chain recorded, current state, profile versions, counters, issued
    /// letters, the schema and the file itself.
    /// - Parameters:
    ///   - workflows: With workflows, each case is also replayed through its workflow and must give its stored state.
    ///   - anchors: Heads of the chain kept outside the register; the register must contain each (``ChainAnchor``).
    ///   - checkingIdentityKey: Whether to report (as ``ChainProblem/Kind/identityKey``) a key that is missing or is
    ///     not the one the register recorded.
    /// - Returns: What was checked, the head, and every problem found (none if the register is intact).
    /// - Throws: ``StoreError`` if the register cannot be read at all, or a check cannot run.
    func verifyChain(replaying workflows: WorkflowCatalog?, anchors: [ChainAnchor], checkingIdentityKey: Bool)
        async throws -> ChainReport

    /// The register's head as an anchor to keep outside it: the last event's number and hash, as stored. It says
    /// what the register holds now, not that it is intact.
    /// - Throws: ``StoreError``, or ``AuditTrailError/unreadableHead`` if the last event cannot be read.
    func chainAnchor() async throws -> ChainAnchor

    /// Up to `limit` events of the log, one case's (or all, with register-wide entries, for `nil`), whose sequence
    /// number is above `after` and at most `through`, in sequence order and exactly as stored.
    /// - Parameter includingPersonalData: Whether to add each event's full data while it is kept, identity codes in
    ///   it masked.
    /// - Throws: ``StoreError``, or ``AuditTrailError/unreadableEvent(sequence:caseNumber:)`` for a row that cannot
    ///   be read.
    func auditTrailEntries(
        of caseNumber: CaseNumber?, includingPersonalData: Bool, after: Int64, through: Int64,
        limit: Int
    ) async throws -> [AuditTrailEntry]
}
