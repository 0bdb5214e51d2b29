import DSRCore

extension CaseService {
    /// The requests a purge would remove the personal data of: closed before the day and not yet purged, in
    /// case-number order.
    public func purgeCandidates(closedBefore: CivilDate) async throws -> [RequestRecord] {
        try await storage.records(RequestQuery(includeClosed: true)).filter {
            guard let closedOn = $0.closedOn else { return false }
            return closedOn < closedBefore && $0.personalDataRemovedOn == nil
        }.sorted { $0.caseNumber < $1.caseNumber }
    }

    /// Removes the personal data of the requests closed before the command's day (``PersonalData``), each with a
    /// purge event recorded by `actor`.
    ///
    /// References and import keys are kept only as tags under the register's identity-code key, so a purge that
    /// removes a reference needs the key; that is checked before anything is purged.
    /// - Throws: the storage's key error if a reference must be removed and the register has no key (nothing is
    ///   purged); storage errors. Failures while purging come through ``PurgeRun/outcomes``.
    public func purge(_ command: PurgeClosedCases, actor: String, today: Today) async throws -> PurgeRun {
        let candidates = try await purgeCandidates(closedBefore: command.closedBefore)
        var adopted: String?
        if !candidates.isEmpty {
            // A reference, or an objection to direct marketing (its suppression-list entry), leaves a keyed tag.
            let needsKey =
                (!command.keepReferences && candidates.contains { $0.reference != nil })
                || candidates.contains { !Suppression.contacts(of: $0).isEmpty }
            adopted = try await storage.checkIdentityKey(required: needsKey, actor: actor, today: today).adoptedKeyPath
        }
        let outcomes = storage.purgePersonalData(of: candidates.map(\.caseNumber)) { current in
            RequestRules.purge(
                current, closedBefore: command.closedBefore, keepReference: command.keepReferences,
                actor: actor, now: today.now, today: today.date)
        }
        return PurgeRun(candidates: candidates, adoptedKeyPath: adopted, outcomes: outcomes)
    }
}
