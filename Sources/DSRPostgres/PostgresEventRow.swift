import DSRCore
import DSRStore
import Foundation

/// One event as a PostgreSQL register stores it, hashed into the chain (format 2, as an SQLite register's): an entry
/// with a public form of its data keeps its full data beside the chain under a fresh salt, and the chain commits to it
/// through the salted hash. Made by ``ChainWriter`` for one event and by an import's batch for many (copied into the
/// tables by ``PostgresImportRows``); its texts are stored exactly as hashed.
struct PostgresEventRow: Sendable {
    var sequence: Int64
    var caseYear: Int?
    var caseSequence: Int?
    var name: String
    var on: String
    var recordedAt: String
    var actor: String
    var workflowVersion: Int
    var stateAfter: String?
    var data: String
    var stateHash: String?
    var previousHash: String
    var hash: String
    var personalHash: String?
    /// The salt of the personal data, if the entry has a public form.
    var salt: String?
    /// The full data kept beside the chain, if the entry has a public form.
    var personalData: String?

    /// The row of `entry` as event `sequence`, linked to `previousHash`, recording the hash of `stateJSON`; the salt
    /// of its personal data, if it has any, from `newSalt`.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the time to record is out of range.
    init(
        _ entry: EventEntry, sequence: Int64, previousHash: String, stateJSON: String?, operation: String,
        newSalt: () -> String = ChainHashing.newSalt
    ) throws {
        guard let recordedAt = ChainHashing.timestamp(entry.recordedAt) else {
            throw StoreError.failed(operation: operation, reason: "the time to record is out of range")
        }
        let personal = entry.publicData.map { _ in (salt: newSalt(), data: entry.data) }
        self.sequence = sequence
        caseYear = entry.caseNumber?.year
        caseSequence = entry.caseNumber?.sequence
        name = entry.name
        on = entry.on.description
        self.recordedAt = recordedAt
        actor = entry.actor
        workflowVersion = entry.workflowVersion
        stateAfter = entry.stateAfter?.rawValue
        data = personal == nil ? entry.data : (entry.publicData ?? entry.data)
        stateHash = stateJSON.map(ChainHashing.sha256Hex)
        self.previousHash = previousHash
        personalHash = personal.map { ChainHashing.personalCommitment(salt: $0.salt, data: $0.data) }
        salt = personal?.salt
        personalData = personal?.data
        hash = ChainHashing.eventHash(
            sequence: sequence, caseYear: caseYear, caseSequence: caseSequence, name: name, on: on,
            recordedAt: recordedAt, actor: actor, workflowVersion: workflowVersion, stateAfter: stateAfter, data: data,
            stateHash: stateHash, previousHash: previousHash, personalHash: personalHash)
    }
}
