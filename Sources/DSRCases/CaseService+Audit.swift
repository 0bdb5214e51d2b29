import DSRCore

extension CaseService {
    /// Checks the whole register against its hash chain and replays every case through its workflow (the built-in
    /// workflows of the service), checking the anchors and, unless the command leaves it out, the identity-code key.
    /// - Returns: The report; the register is intact when it names no problem.
    /// - Throws: ``StoreError`` if the register cannot be read at all, or a check cannot run.
    public func verifyAudit(_ command: VerifyAudit) async throws -> ChainReport {
        try await storage.verifyChain(
            replaying: workflows, anchors: command.anchors,
            checkingIdentityKey: command.checkIdentityKey)
    }

    /// The register's head, as an anchor line to keep outside it.
    /// - Throws: ``StoreError``, ``AuditTrailError/unreadableHead``.
    public func auditAnchor() async throws -> ChainAnchor {
        try await storage.chainAnchor()
    }

    /// The register's event log, one case's or all, exactly as hashed, up to its head now; read as it is consumed.
    /// - Throws: ``StoreError/unknownCase(_:)`` if the command names a case the register does not have; the
    ///   storage's errors. Failures while reading come through the sequence.
    public func auditTrail(_ command: ExportAuditTrail) async throws -> AuditTrail {
        if let caseNumber = command.caseNumber, try await storage.record(caseNumber) == nil {
            throw StoreError.unknownCase(caseNumber)
        }
        return AuditTrail(storage: storage, command: command, head: try await storage.chainAnchor().events)
    }
}
