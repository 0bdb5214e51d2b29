import DSRCore

extension CaseService {
    /// One request, its deadline explanation and its history, read from one snapshot of the register in one call
    /// to the storage (``CaseSnapshotStorage/caseSnapshot(_:)``).
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case.
    public func show(_ command: ShowCase) async throws -> RequestDetail {
        guard let snapshot = try await storage.caseSnapshot(command.caseNumber) else {
            throw StoreError.unknownCase(command.caseNumber)
        }
        return RequestDetail(
            record: snapshot.record, events: snapshot.events, workflow: workflows[snapshot.record.kind],
            asOf: command.asOf, letters: snapshot.letters,
            internalTargetDays: snapshot.profile?.profile.internalTargetWorkingDays)
    }

    /// The summaries of the requests the command selects, soonest deadline first (one page of them when the query
    /// has a limit and an offset).
    public func list(_ command: ListCases) async throws -> [RequestSummary] {
        try await storage.summaries(command.query, asOf: command.asOf, names: command.names)
    }

    /// How many requests the command selects on all pages together (the query's limit and offset left aside).
    public func count(_ command: ListCases) async throws -> Int {
        try await storage.count(command.query)
    }

    /// Every request of the person with the identity code.
    ///
    /// A key left by an earlier dsr is adopted on the way (recorded as done by `actor`), and the result says so.
    public func find(_ command: FindByIdentityCode, actor: String, today: Today) async throws -> IdentityMatches {
        let tag = try await storage.identityLookupTag(command.code, actor: actor, today: today)
        guard let value = tag.value else { return IdentityMatches(records: [], adoptedKeyPath: tag.adoptedKeyPath) }
        return IdentityMatches(
            records: try await storage.records(withIdentityLookup: value),
            adoptedKeyPath: tag.adoptedKeyPath)
    }
}
