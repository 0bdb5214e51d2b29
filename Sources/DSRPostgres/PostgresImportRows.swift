import DSRCore
import Logging
import PostgresNIO

/// One batch of an import's requests as the rows of each table, in the text format of `COPY` (``PostgresCopyText``),
/// and the case numbers it takes from each year's counter; ``store(on:logger:operation:)`` writes them (migration 8).
///
/// The tables are written in the order their triggers need: the events (each appended at the end of the chain, in
/// sequence order), the personal data of those events, the year's counters (raised once per year for the whole
/// batch), the requests (each with its newest event, under a number its counter has reached), and their search rows.
struct PostgresImportRows: Sendable {
    /// The events, in sequence order.
    private(set) var events = PostgresCopyText()
    /// The personal data of the events that have any.
    private(set) var personal = PostgresCopyText()
    /// The requests.
    private(set) var requests = PostgresCopyText()
    /// The requests' search rows.
    private(set) var search = PostgresCopyText()
    /// For each year of the batch, how many numbers it takes and the last of them.
    private(set) var years: [Int: (taken: Int, last: Int)] = [:]

    /// The columns of `event` as copied.
    static let eventColumns = [
        "sequence", "case_year", "case_sequence", "name", "on_day", "recorded_at", "actor", "workflow_version",
        "state_after", "data", "state_hash", "previous_hash", "hash", "format", "personal_hash",
    ]
    /// The columns of `event_personal` as copied.
    static let personalColumns = ["sequence", "salt", "data"]
    /// The columns of `request` as copied.
    static let requestColumns = [
        "case_year", "case_sequence", "kind", "state", "clock", "workflow_version", "received", "deadline", "closed_on",
        "is_open", "outcome", "last_event_sequence", "record", "reference", "channel", "language", "is_extended",
        "import_key",
    ]
    /// The columns of `request_search` as copied.
    static let searchColumns = ["case_year", "case_sequence", "text"]

    /// The rows of `pending`, in their order.
    init(_ pending: [PostgresRequestBatch.PendingRequest]) {
        for item in pending {
            for event in item.events { append(event) }
            append(item.request)
            search.append(item.request.caseYear)
            search.append(item.request.caseSequence)
            search.append(item.search)
            search.endRow()
        }
    }

    /// Whether the batch has no request.
    var isEmpty: Bool { requests.rows == 0 }

    /// Appends an event's row, and its personal data's row if it has any.
    private mutating func append(_ event: PostgresEventRow) {
        events.append(event.sequence)
        events.append(event.caseYear)
        events.append(event.caseSequence)
        events.append(event.name)
        events.append(event.on)
        events.append(event.recordedAt)
        events.append(event.actor)
        events.append(event.workflowVersion)
        events.append(event.stateAfter)
        events.append(event.data)
        events.append(event.stateHash)
        events.append(event.previousHash)
        events.append(event.hash)
        events.append(2)
        events.append(event.personalHash)
        events.endRow()
        if let salt = event.salt {
            personal.append(event.sequence)
            personal.append(salt)
            personal.append(event.personalData)
            personal.endRow()
        }
    }

    /// Appends a request's row, and counts its number against its year.
    private mutating func append(_ row: PostgresRequestBatch.PendingRequest.Row) {
        let columns = row.columns
        requests.append(row.caseYear)
        requests.append(row.caseSequence)
        requests.append(columns.kind)
        requests.append(columns.state)
        requests.append(columns.clock)
        requests.append(columns.workflowVersion)
        requests.append(columns.received)
        requests.append(columns.deadline)
        requests.append(columns.closedOn)
        requests.append(columns.isOpen)
        requests.append(columns.outcome)
        requests.append(row.lastEventSequence)
        requests.append(row.record)
        requests.append(columns.reference)
        requests.append(columns.channel)
        requests.append(columns.language)
        requests.append(columns.isExtended)
        requests.append(row.importKey)
        requests.endRow()
        let year = years[row.caseYear] ?? (0, 0)
        years[row.caseYear] = (year.taken + 1, max(year.last, row.caseSequence))
    }

    /// Writes the batch on `connection`, inside the import's transaction, table by table.
    /// - Throws: ``StoreError`` if a year's counter does not end where the batch's numbers do; the driver's errors,
    ///   a trigger's refusal among them.
    func store(on connection: PostgresConnection, logger: Logger, operation: String) async throws {
        guard !isEmpty else { return }
        try await connection.guardedCopy(into: "event", columns: Self.eventColumns, rows: events, logger: logger)
        try await connection.guardedCopy(
            into: "event_personal", columns: Self.personalColumns, rows: personal, logger: logger)
        // Each year's numbers for the whole batch in one update of its counter (migration 7).
        let ordered = years.sorted { $0.key < $1.key }
        let counted = try await connection.guardedQuery(
            """
            INSERT INTO case_counter (year, last)
            SELECT * FROM unnest(\(ordered.map(\.key))::integer[], \(ordered.map(\.value.taken))::integer[])
            ON CONFLICT (year) DO UPDATE SET last = case_counter.last + EXCLUDED.last
            RETURNING year, last
            """, logger: logger)
        var reached: [Int: Int] = [:]
        for try await (year, last) in counted.decode((Int, Int).self) { reached[year] = last }
        for (year, numbers) in ordered where reached[year] != numbers.last {
            throw StoreError.failed(
                operation: operation, reason: "the case counter of \(year) is not where the import's numbers end")
        }
        try await connection.guardedCopy(
            into: "request", columns: Self.requestColumns, rows: requests, logger: logger)
        try await connection.guardedCopy(
            into: "request_search", columns: Self.searchColumns, rows: search, logger: logger)
    }
}
