/// Where case work (`case set`, `note`, `void`, `reopen`) changes a request: like ``RequestEventStorage/update(_:_:)``,
/// but the change also sees the case's whole history, since a void replays the case without an event; and it is the
/// one place where a request's searchable data (name, contact details, reference) change after its registration.
///
/// Each call is one atomic transaction. A backend must refuse a reference another case holds
/// (``StoreError/referenceInUse(_:)``), and must drop the request's import key (the digest of the registration data
/// by which `import` recognises a row it already added) when the change alters its kind, day of receipt, channel or
/// data subject: the key would no longer be the digest of the request's data.
public protocol CaseRevisionStorage: Sendable {
    /// Reads a request and its history (oldest first), computes its new form, an entry and an outcome with `change`,
    /// stores the record and the entry atomically, and returns the outcome.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case, ``StoreError/referenceInUse(_:)`` if the
    ///   new reference is another case's, or whatever `change` throws.
    func revise<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ change: @escaping @Sendable (RequestRecord, [EventEntry]) throws -> (RequestRecord, EventEntry, Outcome)
    ) async throws -> Outcome
}
