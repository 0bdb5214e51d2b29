import DSRCore
import Foundation
import PostgresNIO

extension PostgresStore: RegisterCopyTarget {
    /// Fills this register, which must hold no event, with every row of `source`, in one transaction that holds the
    /// lock on the head of the chain (``RegisterCopyTarget/fill(from:batchSize:)``).
    ///
    /// The rows come table by table, not event by event, so the rules that let a row in only with its newest event
    /// (the user triggers of every table) are disabled for this transaction and enabled again before it commits:
    /// `ALTER TABLE … DISABLE TRIGGER USER` is transactional in PostgreSQL, so no other session ever sees the tables
    /// without them, and it needs the tables' owner (the role `dsr init` runs as; docs/storage.md). Foreign keys stay
    /// enforced (the event's reference to its request at commit). The search index is computed anew from the copied
    /// requests, the access log's identity continues after the copied entries, and the head row is written once.
    public func fill(from source: any RegisterCopySource, batchSize: Int) async throws -> ChainAnchor {
        let operation = "copy a register into \(location.redacted)"
        return try await transaction(operation, "BEGIN ISOLATION LEVEL READ COMMITTED") { connection in
            try await fill(from: source, batchSize: batchSize, on: connection)
        }
    }

    /// ``fill(from:batchSize:)`` inside its transaction.
    private func fill(from source: any RegisterCopySource, batchSize: Int, on connection: PostgresConnection)
        async throws -> ChainAnchor
    {
        let chain = try await ChainWriter.lock(on: connection, logger: logger)
        guard chain.sequence == 0 else {
            throw RegisterNotEmpty(location: location.redacted, events: chain.sequence)
        }
        let tables = RegisterTable.all.map { PostgresCopyNames.name($0.name) } + ["request_search"]
        for table in tables {
            try await connection.guardedQuery(
                PostgresQuery(unsafeSQL: "ALTER TABLE \(table) DISABLE TRIGGER USER"), logger: logger)
        }
        // The start of dispatch records that migration 2 set, and the head of the access log that migration 9 set,
        // come from the source (the head's seal stays right: the copy keeps the key).
        try await connection.guardedQuery("DELETE FROM dispatch_tracking", logger: logger)
        try await connection.guardedQuery("DELETE FROM case_view_head", logger: logger)
        let logger = self.logger
        let head = try await source.copyContents(batchSize: max(1, batchSize)) { batch in
            try await Self.insert(batch, on: connection, logger: logger)
        }
        try await indexUnindexedRequests(on: connection)
        try await connection.guardedQuery(
            """
            SELECT setval(pg_get_serial_sequence('case_view', 'position'), coalesce(max(position), 0) + 1, false)
            FROM case_view
            """, logger: logger)
        try await connection.guardedQuery(
            "UPDATE chain_head SET sequence = \(head.events), hash = \(head.headHash)", logger: logger)
        // The deferred check of each event's request runs now: a table with pending trigger events cannot be altered.
        try await connection.guardedQuery("SET CONSTRAINTS ALL IMMEDIATE", logger: logger)
        for table in tables {
            try await connection.guardedQuery(
                PostgresQuery(unsafeSQL: "ALTER TABLE \(table) ENABLE TRIGGER USER"), logger: logger)
        }
        return head
    }

    /// Inserts a batch of rows as they are, in statements of at most 65,535 parameters (the protocol's limit).
    private static func insert(_ batch: RegisterRows, on connection: PostgresConnection, logger: Logger) async throws {
        let table = batch.table
        let width = table.columns.count
        let rowsPerStatement = max(1, 65_535 / width)
        // The access log's position is an identity column, which takes given values only when told to.
        let overriding = table == .caseView ? " OVERRIDING SYSTEM VALUE" : ""
        var start = 0
        while start < batch.rows.count {
            let rows = batch.rows[start..<min(start + rowsPerStatement, batch.rows.count)]
            var bindings = PostgresBindings(capacity: rows.count * width)
            var tuples: [String] = []
            tuples.reserveCapacity(rows.count)
            for row in rows {
                var marks: [String] = []
                for (value, column) in zip(row, table.columns) {
                    Self.bind(value, as: column.kind, into: &bindings)
                    marks.append("$\(bindings.count)")
                }
                tuples.append("(" + marks.joined(separator: ", ") + ")")
            }
            let sql = """
                INSERT INTO \(PostgresCopyNames.name(table.name)) (\(PostgresCopyNames.columns(of: table)))\(overriding)
                VALUES \(tuples.joined(separator: ", "))
                """
            try await connection.guardedQuery(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            start += rows.count
        }
    }

    /// Binds a value as its column's kind is stored in PostgreSQL (a truth value as boolean, bytes as bytea).
    private static func bind(
        _ value: RegisterValue, as kind: RegisterColumn.Kind, into bindings: inout PostgresBindings
    ) {
        switch (value, kind) {
        case (.null, _): bindings.appendNull()
        case (.integer(let number), .boolean): bindings.append(number != 0)
        case (.integer(let number), _): bindings.append(number)
        case (.text(let text), _): bindings.append(text)
        case (.blob(let bytes), _): bindings.append(ByteBuffer(bytes: bytes))
        }
    }
}
