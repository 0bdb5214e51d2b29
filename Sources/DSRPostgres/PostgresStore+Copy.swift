import DSRCore
import Foundation
import PostgresNIO

extension PostgresStore: RegisterCopySource {
    /// Reads every table of ``RegisterTable/all`` in one `REPEATABLE READ READ ONLY` transaction (one snapshot, which
    /// never blocks writers) and hands the rows to `sink` in batches, streamed from the server, so that memory stays
    /// bounded however large the register (``RegisterCopySource/copyContents(batchSize:into:)``).
    public func copyContents(batchSize: Int, into sink: @Sendable (RegisterRows) async throws -> Void) async throws
        -> ChainAnchor
    {
        let operation = "read the register to copy it"
        let size = max(1, batchSize)
        return try await transaction(operation, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { connection in
            let head = try await Self.head(on: connection, logger: logger)
            for table in RegisterTable.all {
                try await Self.copy(table, on: connection, batchSize: size, logger: logger, into: sink)
            }
            return head
        }
    }

    /// The head of the chain in the transaction's snapshot: its newest event.
    private static func head(on connection: PostgresConnection, logger: Logger) async throws -> ChainAnchor {
        let rows = try await connection.guardedQuery(
            "SELECT sequence, hash FROM event ORDER BY sequence DESC LIMIT 1", logger: logger)
        for try await (sequence, hash) in rows.decode((Int64, String).self) {
            guard let anchor = ChainAnchor(events: sequence, headHash: hash) else {
                throw StoreError.failed(
                    operation: "read the register to copy it", reason: "the head event \(sequence) has no valid hash")
            }
            return anchor
        }
        return .empty
    }

    /// Streams one table's rows, in its key order, to `sink` in batches of `batchSize`.
    private static func copy(
        _ table: RegisterTable, on connection: PostgresConnection, batchSize: Int, logger: Logger,
        into sink: @Sendable (RegisterRows) async throws -> Void
    ) async throws {
        let sql = """
            SELECT \(PostgresCopyNames.columns(of: table)) FROM \(PostgresCopyNames.name(table.name))
            ORDER BY \(PostgresCopyNames.key(of: table))
            """
        let rows = try await connection.guardedQuery(PostgresQuery(unsafeSQL: sql), logger: logger)
        var batch: [[RegisterValue]] = []
        batch.reserveCapacity(batchSize)
        for try await row in rows {
            let cells = row.makeRandomAccess()
            var values: [RegisterValue] = []
            values.reserveCapacity(table.columns.count)
            for (index, column) in table.columns.enumerated() {
                values.append(try value(cells, index, column, table: table))
            }
            batch.append(values)
            if batch.count == batchSize {
                try await sink(RegisterRows(table: table, rows: batch))
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try await sink(RegisterRows(table: table, rows: batch)) }
    }

    /// A row's value of `column`, decoded by its kind.
    private static func value(
        _ cells: PostgresRandomAccessRow, _ index: Int, _ column: RegisterColumn, table: RegisterTable
    ) throws -> RegisterValue {
        let decoded: RegisterValue?
        switch column.kind {
        case .integer: decoded = cell(cells, index, as: Int64?.self).map { $0.map(RegisterValue.integer) ?? .null }
        case .text: decoded = cell(cells, index, as: String?.self).map { $0.map(RegisterValue.text) ?? .null }
        case .blob:
            decoded = cell(cells, index, as: ByteBuffer?.self).map {
                $0.map { RegisterValue.blob(Array($0.readableBytesView)) } ?? .null
            }
        case .boolean:
            decoded = cell(cells, index, as: Bool?.self).map { $0.map { RegisterValue.integer($0 ? 1 : 0) } ?? .null }
        }
        guard let value = decoded else {
            throw StoreError.failed(
                operation: "read the register to copy it",
                reason: "a value of \(table.name).\(column.name) has an unexpected type")
        }
        return value
    }
}

extension PostgresStore: BackupStorage {
    /// Copies the register into a portable SQLite register at `destination` (one snapshot; writers go on meanwhile),
    /// verifies the copy against the snapshot's head and puts it in place with its anchor beside it, through the
    /// writer the store was opened with (``BackupStorage/backup(to:replacing:workflows:)``). The key file is not part
    /// of the backup; the result says where it is.
    public func backup(to destination: String, replacing: Bool, workflows: WorkflowCatalog?) async throws
        -> BackupMade
    {
        guard let copyWriter else {
            throw BackupError.cannotWrite(
                path: destination, reason: "this PostgreSQL register was opened without a writer of register files")
        }
        let key = FileManager.default.fileExists(atPath: keyFile) ? keyFile : nil
        return try await copyWriter.writeRegister(
            copying: self, to: destination, replacing: replacing, workflows: workflows, identityKeyLocation: key)
    }
}
