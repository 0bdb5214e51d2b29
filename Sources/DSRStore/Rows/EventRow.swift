import DSRCore
import Foundation
import GRDB

/// A row of the append-only `event` table, in the form it is stored and hashed.
struct EventRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "event"

    /// The position in the register's log, from 1.
    var sequence: Int64?
    /// The case's year, or `nil` for a register-wide entry.
    var caseYear: Int?
    /// The case's sequence number, or `nil` for a register-wide entry.
    var caseSequence: Int?
    /// The event's name.
    var name: String
    /// The day of the event, `YYYY-MM-DD`.
    var on: String
    /// When it was recorded, `YYYY-MM-DDTHH:MM:SSZ`.
    var recordedAt: String
    /// Who recorded it.
    var actor: String
    /// The workflow version the request follows (0 for register-wide entries).
    var workflowVersion: Int
    /// The state after the event.
    var stateAfter: String?
    /// The event's data as canonical JSON.
    var data: String
    /// The hex SHA-256 of the current-state JSON written with the event.
    var stateHash: String?
    /// The previous event's hash, or the genesis hash.
    var previousHash: String
    /// This event's hash (see ``EventChain``).
    var hash: String
    /// The chain format the hash follows: 1 (before schema version 2, `data` in full) or 2 (`data` in its public
    /// form, the full data committed to by ``personalHash``).
    var format: Int
    /// In format 2, the salted SHA-256 of the full data kept in `eventPersonal`; `nil` if the event has no
    /// personal data.
    var personalHash: String?

    /// Builds the row of an entry, chained after `previous`, and computes its hash.
    ///
    /// The row is in format 2. If the entry has a public form of its data, the row keeps that form and commits to
    /// the full data through `personal`, which the caller stores in `eventPersonal`. `recordedAt`, if given, is the
    /// entry's time as ``UTCTimestamp/string(from:)`` writes it (an import writes many events of the same time).
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the entry's time cannot be recorded.
    init(
        _ entry: EventEntry, sequence: Int64, previousHash: String, stateJSON: String?,
        personal: EventPersonalRow? = nil, recordedAt recordedAtText: String? = nil, operation: String
    ) throws(StoreError) {
        guard let recordedAt = recordedAtText ?? UTCTimestamp.string(from: entry.recordedAt) else {
            throw .failed(operation: operation, reason: "the time to record is out of range")
        }
        self.sequence = sequence
        self.caseYear = entry.caseNumber?.year
        self.caseSequence = entry.caseNumber?.sequence
        self.name = entry.name
        self.on = entry.on.description
        self.recordedAt = recordedAt
        self.actor = entry.actor
        self.workflowVersion = entry.workflowVersion
        self.stateAfter = entry.stateAfter?.rawValue
        self.data = personal == nil ? entry.data : (entry.publicData ?? entry.data)
        self.stateHash = stateJSON.map(EventChain.sha256Hex)
        self.previousHash = previousHash
        self.format = 2
        self.personalHash = personal.map(\.commitment)
        self.hash = ""
        self.hash = EventChain.hash(of: self)
    }

    /// Takes the sequence number SQLite stored.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        sequence = inserted.rowID
    }

    /// The case the row belongs to, if any.
    var caseNumber: CaseNumber? {
        guard let caseYear, let caseSequence else { return nil }
        return CaseNumber(year: caseYear, sequence: caseSequence)
    }

    /// The entry the row stores, or `nil` if a field cannot be read back.
    ///
    /// Its data is the full data if `personalData` (from `eventPersonal`) is given, otherwise what the row keeps:
    /// the public form once a purge removed the personal data.
    func entry(personalData: String? = nil) -> EventEntry? {
        guard let day = CivilDate(parsing: on), let time = UTCTimestamp.date(from: recordedAt) else { return nil }
        return EventEntry(
            stored: sequence, caseNumber: caseNumber, name: name, on: day, recordedAt: time, actor: actor,
            workflowVersion: workflowVersion, stateAfter: stateAfter.map(StateID.init(rawValue:)), keptData: data,
            personalData: personalData, hasPersonalCommitment: personalHash != nil, previousHash: previousHash,
            hash: hash)
    }

    /// The entry the row stores with the data it keeps, or `nil` if a field cannot be read back.
    var entry: EventEntry? { entry() }
}

extension EventRow {
    /// Appends an entry at the end of the log, chained to the last event, and returns its sequence number.
    ///
    /// Must run inside the write transaction that also stores the state the entry describes.
    /// - Parameters:
    ///   - entry: The entry to append.
    ///   - stateJSON: The JSON of the current-state row written with the entry, whose hash the event records.
    ///   - operation: What the caller is doing, for error messages.
    ///
    /// An entry with a public form of its data keeps its full data in `eventPersonal`, under a fresh salt, and the
    /// chain commits to it through the salted hash.
    static func append(_ entry: EventEntry, stateJSON: String?, operation: String, in db: Database) throws -> Int64 {
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM event ORDER BY sequence DESC LIMIT 1")
        let lastSequence = last.flatMap { Int64.fromDatabaseValue($0["sequence"]) } ?? 0
        let previousHash = last.flatMap { String.fromDatabaseValue($0["hash"]) } ?? RegisterSchema.genesisHash
        let sequence = lastSequence + 1
        let personal = entry.publicData.map { _ in EventPersonalRow(sequence: sequence, data: entry.data) }
        var row = try EventRow(
            entry, sequence: sequence, previousHash: previousHash, stateJSON: stateJSON,
            personal: personal, operation: operation)
        try row.insert(db)
        try personal?.insert(db)
        return sequence
    }
}
