import DSRCore
import Foundation

extension SQLiteStore: AuditStorage {
    /// Checks the register against its hash chain (``verifyChain(replaying:anchors:)``) on the store's executor, with
    /// SQLite's check of the file overlapping the walk, and with the identity-code key's problem
    /// (``identityKeyProblem()``) if asked for.
    public func verifyChain(replaying workflows: WorkflowCatalog?, anchors: [ChainAnchor], checkingIdentityKey: Bool)
        async throws -> ChainReport
    {
        var report = try await verifyChainOverlapping(replaying: workflows, anchors: anchors)
        if checkingIdentityKey, let problem = try await StoreExecutor.run({ self.identityKeyProblem() }) {
            report.problems.append(problem)
        }
        return report
    }

    /// The register's head (``chainAnchor()``), on the store's executor.
    public func chainAnchor() async throws -> ChainAnchor {
        try await StoreExecutor.run { try self.chainAnchor() }
    }

    /// A page of the log (``auditTrailEntries(of:includingPersonalData:after:through:limit:)``), on the store's
    /// executor.
    public func auditTrailEntries(
        of caseNumber: CaseNumber?, includingPersonalData: Bool, after: Int64,
        through: Int64, limit: Int
    ) async throws -> [AuditTrailEntry] {
        try await StoreExecutor.run {
            try self.auditTrailEntries(
                of: caseNumber, includingPersonalData: includingPersonalData, after: after,
                through: through, limit: limit)
        }
    }
}
