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
        let rows = try await connection.query("SELECT sequence, hash FROM chain_head FOR UPDATE", logger: logger)
        for try await (sequence, hash) in rows.decode((Int64, String).self) {
            return ChainWriter(sequence: sequence, hash: hash, lockedSequence: sequence)
        }
        throw StoreError.damaged(operation: "extend the hash chain", finding: "the head of the hash chain is missing")
    }

    /// Writes the head back if events were appended.
    func writeHead(on connection: PostgresConnection, logger: Logger) async throws {
        guard sequence != lockedSequence else { return }
        try await connection.query(
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
        guard let recordedAt = ChainHashing.timestamp(entry.recordedAt) else {
            throw StoreError.failed(operation: operation, reason: "the time to record is out of range")
        }
        let next = sequence + 1
        let personal = entry.publicData.map { _ in (salt: ChainHashing.newSalt(), data: entry.data) }
        let data = personal == nil ? entry.data : (entry.publicData ?? entry.data)
        let personalHash = personal.map { ChainHashing.personalCommitment(salt: $0.salt, data: $0.data) }
        let stateHash = stateJSON.map(ChainHashing.sha256Hex)
        let caseYear = entry.caseNumber?.year
        let caseSequence = entry.caseNumber?.sequence
        let on = entry.on.description
        let stateAfter = entry.stateAfter?.rawValue
        let eventHash = ChainHashing.eventHash(
            sequence: next, caseYear: caseYear, caseSequence: caseSequence, name: entry.name, on: on,
            recordedAt: recordedAt, actor: entry.actor, workflowVersion: entry.workflowVersion,
            stateAfter: stateAfter, data: data, stateHash: stateHash, previousHash: hash, personalHash: personalHash)
        try await connection.query(
            """
            INSERT INTO event (sequence, case_year, case_sequence, name, on_day, recorded_at, actor, workflow_version,
                state_after, data, state_hash, previous_hash, hash, format, personal_hash)
            VALUES (\(next), \(caseYear), \(caseSequence), \(entry.name), \(on), \(recordedAt), \(entry.actor),
                \(entry.workflowVersion), \(stateAfter), \(data), \(stateHash), \(hash), \(eventHash), 2,
                \(personalHash))
            """, logger: logger)
        if let personal {
            try await connection.query(
                "INSERT INTO event_personal (sequence, salt, data) VALUES (\(next), \(personal.salt), \(personal.data))",
                logger: logger)
        }
        sequence = next
        hash = eventHash
        return next
    }
}
