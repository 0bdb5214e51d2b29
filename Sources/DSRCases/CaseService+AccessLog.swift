import DSRCore

extension CaseService {
    /// Logs that a case's personal data was shown to `actor` (``CaseView``), at `today.now`. A front end calls it for
    /// every view of a case's personal data it serves to a signed-in user.
    /// - Throws: ``StoreError/unknownCase(_:)``; storage's errors.
    public func recordCaseView(_ command: RecordCaseView, actor: String, today: Today) async throws {
        try await storage.recordCaseView(CaseView(caseNumber: command.caseNumber, actor: actor, viewedAt: today.now))
    }

    /// A page of the access log, oldest first. Admins and auditors may read it (and a front end that holds the
    /// register file itself, `requester` `nil`).
    /// - Throws: ``UserError/notPermitted(_:)`` for a handler; storage's errors.
    public func caseViews(_ command: ListCaseViews) async throws -> [CaseView] {
        if let requester = command.requester {
            switch requester.role {
            case .admin, .auditor: break
            case .handler: throw UserError.notPermitted(requester.role)
            }
        }
        return try await storage.caseViews(of: command.caseNumber, after: command.after, limit: command.limit)
    }
}
