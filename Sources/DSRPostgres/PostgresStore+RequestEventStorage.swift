import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: RequestEventStorage {
    /// Allocates the next case number of `year` under the lock of its counter row, builds the record and its entry
    /// with `make`, and stores both in one transaction (a failed one gives the number back: numbers stay gapless).
    public func insert(year: Int, _ make: @escaping @Sendable (CaseNumber) throws -> (RequestRecord, EventEntry))
        async throws -> RequestRecord
    {
        let operation = "register a request"
        return try await write(operation) { connection, chain in
            let allocated = try await connection.guardedQuery(
                """
                INSERT INTO case_counter (year, last) VALUES (\(year), 1)
                ON CONFLICT (year) DO UPDATE SET last = case_counter.last + 1 RETURNING last
                """, logger: logger)
            var sequence = 0
            for try await last in allocated.decode(Int.self) { sequence = last }
            let caseNumber = CaseNumber(year: year, sequence: sequence)
            let (record, entry) = try make(caseNumber)
            try Self.check(record, entry, against: caseNumber, operation: operation)
            if let reference = record.reference,
                let holder = try await self.owner(ofReference: reference, on: connection)
            {
                throw StoreError.referenceInUse(holder)
            }
            let json = CanonicalJSON.encode(record)
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            try await insertRow(record, json: json, lastEvent: event, on: connection)
            return record
        }
    }

    /// Reads a request, computes its new form and an entry with `change`, and stores both in one transaction.
    public func update<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ change: @escaping @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry, Outcome)
    ) async throws -> Outcome {
        let operation = "record an event on case \(caseNumber)"
        return try await write(operation) { connection, chain in
            guard let current = try await self.record(caseNumber, operation: operation, on: connection) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let (record, entry, outcome) = try change(current)
            try Self.check(record, entry, against: caseNumber, operation: operation)
            let json = CanonicalJSON.encode(record)
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            try await updateRow(record, json: json, lastEvent: event, on: connection)
            return outcome
        }
    }

    /// The request with the case number, or `nil`.
    public func record(_ caseNumber: CaseNumber) async throws -> RequestRecord? {
        let operation = "read case \(caseNumber)"
        return try await read(operation) { connection in
            try await self.record(caseNumber, operation: operation, on: connection)
        }
    }

    /// The requests the query selects, soonest deadline first, then by case number.
    public func records(_ query: RequestQuery) async throws -> [RequestRecord] {
        let operation = "list requests"
        return try await read(operation) { connection in
            var records: [RequestRecord] = []
            let rows = try await connection.guardedQuery(Self.selection(query), logger: logger)
            for try await (year, sequence, json) in rows.decode((Int, Int, String).self) {
                records.append(
                    try Self.decodeRecord(json, CaseNumber(year: year, sequence: sequence), operation: operation))
            }
            return records
        }
    }

    /// A case's history, oldest first, with the full data of its events while it is kept.
    public func events(of caseNumber: CaseNumber) async throws -> [EventEntry] {
        let operation = "read the history of case \(caseNumber)"
        return try await read(operation) { connection in
            try await self.history(of: caseNumber, operation: operation, on: connection)
        }
    }

    /// The summaries of the requests the query selects, in the order of ``records(_:)``, read from the list columns
    /// (which `dsr audit verify` checks against each stored record), not by decoding each record: the overdue list
    /// and the server's pages read the index `request_running_deadline` or `request_open_deadline` alone unless
    /// names are asked for. The name and the assignee are read from the stored record by the server.
    public func summaries(_ query: RequestQuery, asOf: CivilDate, names: Bool) async throws -> [RequestSummary] {
        let operation = "list requests"
        let columns = Self.summaryColumns + (names ? Self.nameAndAssigneeColumns : "")
        return try await read(operation) { connection in
            var summaries: [RequestSummary] = []
            let rows = try await connection.guardedQuery(Self.selection(query, columns: columns), logger: logger)
            for try await row in rows {
                let cells = row.makeRandomAccess()
                guard let year = Self.cell(cells, 0, as: Int.self), let sequence = Self.cell(cells, 1, as: Int.self)
                else { throw StoreError.unreadable(operation: operation, what: "the case number of a listed request") }
                let caseNumber = CaseNumber(year: year, sequence: sequence)
                guard let kind = Self.cell(cells, 2, as: String.self), let state = Self.cell(cells, 3, as: String.self),
                    let clock = Self.cell(cells, 4, as: String.self).flatMap(ClockState.init(rawValue:)),
                    let received = Self.cell(cells, 5, as: String.self),
                    let deadline = Self.cell(cells, 6, as: String.self).flatMap(CivilDate.init(parsing:)),
                    let isExtended = Self.cell(cells, 7, as: Bool.self),
                    let channel = Self.cell(cells, 8, as: String.self),
                    let language = Self.cell(cells, 9, as: String.self),
                    let closed = Self.cell(cells, 10, as: String?.self),
                    let outcome = Self.cell(cells, 11, as: String?.self)
                else {
                    throw StoreError.unreadable(operation: operation, what: "the list columns of case \(caseNumber)")
                }
                var (name, assignee): (String?, String?) = (nil, nil)
                if names {
                    guard let json = Self.cell(cells, 12, as: String.self) else {
                        throw StoreError.unreadable(
                            operation: operation, what: "the stored state of case \(caseNumber)")
                    }
                    (name, assignee) = try Self.nameAndAssignee(json, caseNumber, operation: operation)
                }
                summaries.append(
                    RequestSummary(
                        caseNumber: caseNumber, kind: kind, state: state, clock: clock, received: received,
                        deadline: deadline, isExtended: isExtended, channel: channel, language: language,
                        closed: closed, outcome: outcome, asOf: asOf, name: name, assignee: assignee))
            }
            return summaries
        }
    }

    /// How many requests the query selects, its limit and offset left aside, counted by the server.
    public func count(_ query: RequestQuery) async throws -> Int {
        var all = query
        all.limit = nil
        all.offset = nil
        let operation = "count requests"
        return try await read(operation) { connection in
            let rows = try await connection.guardedQuery(
                Self.selection(all, columns: "count(*)", ordered: false), logger: logger)
            var total: Int64 = 0
            for try await value in rows.decode(Int64.self) { total = value }
            return Int(total)
        }
    }
}

extension PostgresStore {
    /// The columns of `request` a record is read from.
    static let recordColumns = "case_year, case_sequence, record"

    /// The columns a summary is read from, in the order ``summaries(_:asOf:names:)`` reads them: all in the list
    /// indexes.
    static let summaryColumns =
        "case_year, case_sequence, kind, state, clock, received, deadline, is_extended, channel, language, "
        + "closed_on, outcome"

    /// The column that follows ``summaryColumns`` when names are read: the stored record, whose name and assignee
    /// dsr reads (``nameAndAssignee(_:_:operation:)``). The server's JSON functions took 10 µs a row for it (they
    /// parse the whole text), more than reading the record's text and its two members here.
    static let nameAndAssigneeColumns = ", record"

    /// Where a stored record keeps its data subject's name and its assignee.
    static let nameAndAssigneePaths = [["subject", "name"], ["assignee"]]

    /// The data subject's name and the assignee of a stored record: read from its canonical JSON
    /// (``CanonicalJSONReader/members(_:of:)``, which builds nothing else of it) without decoding the whole record,
    /// which is decoded only if the reader refuses it.
    /// - Throws: ``StoreError/unreadable(operation:what:)`` if the record cannot be read.
    static func nameAndAssignee(_ json: String, _ caseNumber: CaseNumber, operation: String) throws
        -> (name: String?, assignee: String?)
    {
        if let found = CanonicalJSONReader.members(nameAndAssigneePaths, of: json), case .string(let name)? = found[0] {
            switch found[1] {
            case nil: return (name, nil)
            case .string(let assignee)?: return (name, assignee)
            default: break
            }
        }
        let record = try decodeRecord(json, caseNumber, operation: operation)
        return (record.subject.name, record.assignee)
    }

    /// The SQL and values that select a query's requests (`columns`, by default ``recordColumns``), in the order of
    /// the lists (unless not `ordered`, for a count), with its limit and offset.
    ///
    /// Overdue and due-by lists filter on `clock = 'running'` alone, matching the partial index
    /// `request_running_deadline` (a running request is open, by the schema's CHECK); open lists on `is_open`,
    /// matching `request_open_deadline`. The assignee is read from the stored record, as SQLite's lists read it.
    static func selection(_ query: RequestQuery, columns: String = recordColumns, ordered: Bool = true)
        -> PostgresQuery
    {
        var conditions: [String] = []
        var bindings = PostgresBindings()
        func bind(_ value: String) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if query.overdueAsOf != nil || query.dueOnOrBefore != nil {
            conditions.append("clock = 'running'")
        } else if !query.includeClosed {
            conditions.append("is_open")
        }
        if let day = query.overdueAsOf { conditions.append("deadline < " + bind(day.description)) }
        if let day = query.dueOnOrBefore { conditions.append("deadline <= " + bind(day.description)) }
        if let kind = query.kind { conditions.append("kind = " + bind(kind.rawValue)) }
        if let state = query.state { conditions.append("state = " + bind(state.rawValue)) }
        switch query.assigned {
        case .user(let name)?: conditions.append("record::jsonb ->> 'assignee' = " + bind(name))
        case .nobody?: conditions.append("record::jsonb ->> 'assignee' IS NULL")
        case nil: break
        }
        var sql = "SELECT \(columns) FROM request"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if ordered { sql += " ORDER BY deadline, case_year, case_sequence" }
        if let limit = query.limit {
            sql += " LIMIT \(max(0, limit))"
            if let offset = query.offset { sql += " OFFSET \(max(0, offset))" }
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    /// The request with the case number, read on the caller's connection (inside its transaction, if any).
    func record(_ caseNumber: CaseNumber, operation: String, on connection: PostgresConnection) async throws
        -> RequestRecord?
    {
        let rows = try await connection.guardedQuery(
            "SELECT record FROM request WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)",
            logger: logger)
        for try await json in rows.decode(String.self) {
            return try Self.decodeRecord(json, caseNumber, operation: operation)
        }
        return nil
    }

    /// The case that holds a reference, if one does.
    func owner(ofReference reference: String, on connection: PostgresConnection) async throws -> CaseNumber? {
        let rows = try await connection.guardedQuery(
            "SELECT case_year, case_sequence FROM request WHERE reference = \(reference)", logger: logger)
        for try await (year, sequence) in rows.decode((Int, Int).self) {
            return CaseNumber(year: year, sequence: sequence)
        }
        return nil
    }

    /// A case's history read on the caller's connection, with the full data of its events where it is kept.
    /// - Throws: ``StoreError/unreadable(operation:what:)`` if an event cannot be read back.
    func history(of caseNumber: CaseNumber, operation: String, on connection: PostgresConnection) async throws
        -> [EventEntry]
    {
        let rows = try await connection.guardedQuery(
            """
            SELECT \(unescaped: Self.historyColumns)
            FROM event LEFT JOIN event_personal USING (sequence)
            WHERE event.case_year = \(caseNumber.year) AND event.case_sequence = \(caseNumber.sequence)
            ORDER BY event.sequence
            """, logger: logger)
        var entries: [EventEntry] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            guard let entry = Self.historyEntry(cells, from: 0, of: caseNumber) else {
                throw StoreError.unreadable(
                    operation: operation, what: "event \(Self.cell(cells, 0, as: Int64.self) ?? 0)")
            }
            entries.append(entry)
        }
        return entries
    }

    /// The columns a history entry is read from (``historyEntry(_:from:of:)``), with `event_personal` joined.
    static let historyColumns = """
        event.sequence, event.name, event.on_day, event.recorded_at, event.actor, event.workflow_version,
        event.state_after, event.data, event.previous_hash, event.hash, event.personal_hash, event_personal.data
        """

    /// An entry of `caseNumber`'s history from a row's cells, ``historyColumns`` starting at `offset`, with the full
    /// data of the event where it is kept; `nil` if they cannot be read.
    static func historyEntry(_ cells: PostgresRandomAccessRow, from offset: Int, of caseNumber: CaseNumber)
        -> EventEntry?
    {
        guard let sequence = cell(cells, offset, as: Int64.self), let name = cell(cells, offset + 1, as: String.self),
            let onText = cell(cells, offset + 2, as: String.self), let on = CivilDate(parsing: onText),
            let recordedText = cell(cells, offset + 3, as: String.self),
            let recordedAt = ChainHashing.date(fromTimestamp: recordedText),
            let actor = cell(cells, offset + 4, as: String.self),
            let workflowVersion = cell(cells, offset + 5, as: Int.self),
            let stateAfter = cell(cells, offset + 6, as: String?.self),
            let data = cell(cells, offset + 7, as: String.self),
            let previousHash = cell(cells, offset + 8, as: String.self),
            let hash = cell(cells, offset + 9, as: String.self),
            let personalHash = cell(cells, offset + 10, as: String?.self),
            let personalData = cell(cells, offset + 11, as: String?.self)
        else { return nil }
        return EventEntry(
            stored: sequence, caseNumber: caseNumber, name: name, on: on, recordedAt: recordedAt, actor: actor,
            workflowVersion: workflowVersion, stateAfter: stateAfter.map(StateID.init(rawValue:)), keptData: data,
            personalData: personalData, hasPersonalCommitment: personalHash != nil, previousHash: previousHash,
            hash: hash)
    }

    /// Inserts a request's row and its row of the search index (inside the transaction that appended its event).
    func insertRow(_ record: RequestRecord, json: String, lastEvent: Int64, on connection: PostgresConnection)
        async throws
    {
        let columns = RequestColumns(record)
        try await connection.guardedQuery(
            """
            INSERT INTO request (case_year, case_sequence, kind, state, clock, workflow_version, received, deadline,
                closed_on, is_open, outcome, last_event_sequence, record, reference, channel, language, is_extended)
            VALUES (\(record.caseNumber.year), \(record.caseNumber.sequence), \(columns.kind), \(columns.state),
                \(columns.clock), \(columns.workflowVersion), \(columns.received), \(columns.deadline),
                \(columns.closedOn), \(columns.isOpen), \(columns.outcome), \(lastEvent), \(json), \(columns.reference),
                \(columns.channel), \(columns.language), \(columns.isExtended))
            """, logger: logger)
        try await index(record, on: connection)
    }

    /// Replaces a request's row and its row of the search index with its new form (inside the transaction that
    /// appended its event), and drops its import key if `droppingImportKey`.
    func updateRow(
        _ record: RequestRecord, json: String, lastEvent: Int64, droppingImportKey: Bool = false,
        on connection: PostgresConnection
    ) async throws {
        let columns = RequestColumns(record)
        try await connection.guardedQuery(
            """
            UPDATE request SET kind = \(columns.kind), state = \(columns.state), clock = \(columns.clock),
                workflow_version = \(columns.workflowVersion), received = \(columns.received),
                deadline = \(columns.deadline), closed_on = \(columns.closedOn), is_open = \(columns.isOpen),
                outcome = \(columns.outcome), last_event_sequence = \(lastEvent), record = \(json),
                reference = \(columns.reference), channel = \(columns.channel), language = \(columns.language),
                is_extended = \(columns.isExtended),
                import_key = CASE WHEN \(droppingImportKey) THEN NULL ELSE import_key END
            WHERE case_year = \(record.caseNumber.year) AND case_sequence = \(record.caseNumber.sequence)
            """, logger: logger)
        try await index(record, on: connection)
    }

    /// Decodes a stored record.
    /// - Throws: ``StoreError/unreadable(operation:what:)`` if it cannot be decoded.
    static func decodeRecord(_ json: String, _ caseNumber: CaseNumber, operation: String) throws -> RequestRecord {
        guard let record = EventEntry.decodeCanonicalJSON(RequestRecord.self, from: json) else {
            throw StoreError.unreadable(operation: operation, what: "the stored state of case \(caseNumber)")
        }
        return record
    }

    /// Checks that a new state and its entry describe the case being written.
    static func check(_ record: RequestRecord, _ entry: EventEntry, against caseNumber: CaseNumber, operation: String)
        throws
    {
        guard record.caseNumber == caseNumber else {
            throw StoreError.failed(
                operation: operation, reason: "the new state names case \(record.caseNumber), not \(caseNumber)")
        }
        guard entry.caseNumber == caseNumber else {
            throw StoreError.failed(
                operation: operation,
                reason: "the event names \(entry.caseNumber.map(\.description) ?? "no case"), not \(caseNumber)")
        }
        guard entry.stateAfter == record.state else {
            throw StoreError.failed(
                operation: operation, reason: "the event's state after does not match the request's state")
        }
    }
}
