import DSRCore

/// The register's event log, of one case or all, up to the head it had when the export began, read a page at a time
/// as it is consumed, so memory stays flat whatever the register's size (``CaseService/auditTrail(_:)``).
///
/// Events are only ever appended, so the log up to that head is what it was then; each page is read on a snapshot of
/// its own, so personal data purged while the export runs is left out of the pages read after the purge.
public struct AuditTrail: AsyncSequence, Sendable {
    /// One event exactly as stored and hashed.
    public typealias Element = AuditTrailEntry

    /// Where the log is kept.
    let storage: any AuditStorage
    /// The command.
    let command: ExportAuditTrail
    /// The head the export stops at.
    let head: Int64

    /// How many events each page holds.
    static let pageSize = 512

    /// Starts reading the log from its first event.
    public func makeAsyncIterator() -> Iterator {
        Iterator(trail: self)
    }

    /// Reads the log a page at a time.
    public struct Iterator: AsyncIteratorProtocol {
        /// The log.
        let trail: AuditTrail
        /// The page being handed out, in reverse order (the next event last).
        var page: [AuditTrailEntry] = []
        /// The sequence number of the last event read.
        var last: Int64 = 0
        /// Whether the last page was short, so no event is left.
        var done = false

        /// The next event, or `nil` after the last.
        /// - Throws: ``StoreError``, ``AuditTrailError`` or ``EventDataError`` if a page cannot be read.
        public mutating func next() async throws -> AuditTrailEntry? {
            if page.isEmpty {
                guard !done, last < trail.head else { return nil }
                let read = try await trail.storage.auditTrailEntries(
                    of: trail.command.caseNumber, includingPersonalData: trail.command.includePersonalData,
                    after: last, through: trail.head, limit: AuditTrail.pageSize)
                done = read.count < AuditTrail.pageSize
                guard let end = read.last else { return nil }
                last = end.sequence
                page = read.reversed()
            }
            return page.popLast()
        }
    }
}
