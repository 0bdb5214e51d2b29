import DSRCore
import DSRStore
import Foundation
import PostgresNIO

/// The head of the hash chain inside one write transaction: locked at its start (`SELECT … FOR UPDATE` on the one
/// `chain_head` row), moved in memory by each event appended, and written back once at its end, so that a
/// transaction appending many events (a bulk import) updates the head row once, not once per event.
struct ChainWriter: Sendable {
    /// The sequence number of the newest event (0 for an empty log).
    private(set) var sequence: Int64
    /// Its hash (the genesis hash for an empty log).
    private(set) var hash: String
    /// The head as it was locked.
    private let lockedSequence: Int64

    /// Locks the head row for the rest of the transaction and reads it.
    static func lock(on connection: PostgresConnection, logger: Logger) async throws -> ChainWriter {
        let rows = try await connection.guardedQuery("SELECT sequence, hash FROM chain_head FOR UPDATE", logger: logger)
        for try await (sequence, hash) in rows.decode((Int64, String).self) {
            return ChainWriter(sequence: sequence, hash: hash, lockedSequence: sequence)
        }
        throw StoreError.damaged(operation: "extend the hash chain", finding: "the head of the hash chain is missing")
    }

    /// Moves the head in memory past events appended by a bulk statement of this transaction (an import's), which
    /// the database's triggers checked one by one as they were inserted.
    mutating func advance(to sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// Writes the head back if events were appended.
    func writeHead(on connection: PostgresConnection, logger: Logger) async throws {
        guard sequence != lockedSequence else { return }
        try await connection.guardedQuery(
            "UPDATE chain_head SET sequence = \(sequence), hash = \(hash)", logger: logger)
    }

    /// Appends an entry at the end of the log, chained to the head, and returns its sequence number.
    ///
    /// An entry with a public form of its data keeps its full data in `event_personal`, under a fresh salt, and the
    /// chain commits to it through the salted hash (format 2, as an SQLite register).
    /// - Parameter stateJSON: The JSON of the current-state row written with the entry, whose hash the event records.
    mutating func append(
        _ entry: EventEntry, stateJSON: String?, operation: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> Int64 {
        let row = try PostgresEventRow(
            entry, sequence: sequence + 1, previousHash: hash, stateJSON: stateJSON, operation: operation)
        try await connection.guardedQuery(
            """
            INSERT INTO event (sequence, case_year, case_sequence, name, on_day, recorded_at, actor, workflow_version,
                state_after, data, state_hash, previous_hash, hash, format, personal_hash)
            VALUES (\(row.sequence), \(row.caseYear), \(row.caseSequence), \(row.name), \(row.on), \(row.recordedAt),
                \(row.actor), \(row.workflowVersion), \(row.stateAfter), \(row.data), \(row.stateHash),
                \(row.previousHash), \(row.hash), 2, \(row.personalHash))
            """, logger: logger)
        if let salt = row.salt, let data = row.personalData {
            try await connection.guardedQuery(
                "INSERT INTO event_personal (sequence, salt, data) VALUES (\(row.sequence), \(salt), \(data))",
                logger: logger)
        }
        sequence = row.sequence
        hash = row.hash
        return row.sequence
    }
}
