import DSRCore
import Foundation
import GRDB

extension SQLiteStore: RegisterCopySource {
    /// Reads every table of ``RegisterTable/all`` in one read transaction (one snapshot: in WAL mode it never blocks
    /// writers) and hands the rows to `sink` in batches, at most a few batches ahead of it, so that memory stays
    /// bounded however large the register (``RegisterCopySource/copyContents(batchSize:into:)``).
    public func copyContents(batchSize: Int, into sink: @Sendable (RegisterRows) async throws -> Void) async throws
        -> ChainAnchor
    {
        let gate = CopyGate(slots: 4)
        defer { gate.close() }
        let writer = self.writer
        let size = max(1, batchSize)
        let items = StoreExecutor.stream { (yield: (CopyItem) -> Void) in
            try writer.read { db in
                yield(.head(try Self.head(db)))
                for table in RegisterTable.all {
                    let columns = table.columns.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
                    let order = table.key.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                    let cursor = try Row.fetchCursor(
                        db, sql: "SELECT \(columns) FROM \(table.name.quotedDatabaseIdentifier) ORDER BY \(order)")
                    var rows: [[RegisterValue]] = []
                    rows.reserveCapacity(size)
                    while let row = try cursor.next() {
                        rows.append((0..<table.columns.count).map { Self.registerValue(row[$0] as DatabaseValue) })
                        if rows.count == size {
                            try gate.take()
                            yield(.rows(RegisterRows(table: table, rows: rows)))
                            rows.removeAll(keepingCapacity: true)
                        }
                    }
                    if !rows.isEmpty {
                        try gate.take()
                        yield(.rows(RegisterRows(table: table, rows: rows)))
                    }
                }
            }
        }
        var head: ChainAnchor?
        var reader = items.makeAsyncIterator()
        while true {
            // The reader's failures are the register's; what `sink` throws goes to the caller unchanged.
            let item: CopyItem?
            do {
                item = try await reader.next()
            } catch {
                throw error as? StoreError ?? Self.storeError(error, operation: "read the register to copy it")
            }
            guard let item else { break }
            switch item {
            case .head(let anchor): head = anchor
            case .rows(let rows):
                try await sink(rows)
                gate.give()
            }
        }
        return head ?? .empty
    }

    /// The head of the chain as the transaction sees it.
    private static func head(_ db: Database) throws -> ChainAnchor {
        guard let row = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM event ORDER BY sequence DESC LIMIT 1")
        else { return .empty }
        let sequence: Int64 = row[0]
        let hash: String = row[1]
        guard let anchor = ChainAnchor(events: sequence, headHash: hash) else {
            throw StoreError.failed(
                operation: "read the register to copy it", reason: "the head event \(sequence) has no valid hash")
        }
        return anchor
    }

    /// A stored value as the copy carries it.
    private static func registerValue(_ value: DatabaseValue) -> RegisterValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .text(String(number))
        case .string(let text): .text(text)
        case .blob(let data): .blob(Array(data))
        }
    }
}

/// What the reading side of ``SQLiteStore/copyContents(batchSize:into:)`` hands on.
private enum CopyItem: Sendable {
    /// The head in the snapshot.
    case head(ChainAnchor)
    /// A batch of rows.
    case rows(RegisterRows)
}
