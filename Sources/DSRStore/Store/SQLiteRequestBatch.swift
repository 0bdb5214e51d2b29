import DSRCore
import Foundation
import GRDB

/// The requests of one import's transaction (``SQLiteImportSession``): case numbers, the event log's head and the
/// prepared statements stay in hand from one request to the next, so a large import costs what its rows cost.
///
/// Everything goes through the same tables, triggers and foreign keys as a single registration: SQLite still checks
/// that each event takes the next sequence number and the head's hash, that each request names its newest event
/// and an allocated case number, and that counters rise by one. Only the reads that those checks make anyway are
/// not repeated here.
///
/// Valid only inside the transaction it was made for; after it throws a ``StoreError`` it must not be used again.
final class SQLiteRequestBatch: RequestBatch {
    private let db: Database
    private let operation: String
    /// The last case number given in each year seen so far.
    private var counters: [Int: Int] = [:]
    /// Whether any request has an import key (if none does, lookups by key need not ask SQLite).
    private var hasImportKeys: Bool
    /// The import keys this batch wrote, if no request had one before it: a key it rules out is nowhere in the
    /// register, and its lookup need not ask SQLite.
    private var writtenImportKeys: SeenTexts?
    /// The references this batch wrote, if no request had one before it, for the same purpose.
    private var writtenReferences: SeenTexts?
    /// The event log's head.
    private var lastSequence: Int64
    private var lastHash: String
    private let insertEvent: BatchStatement
    private let insertRequest: BatchStatement
    private let insertPersonal: BatchStatement
    /// Adds a request's search texts to the import's pending table (``SearchIndex/pendingTable``).
    private let insertPending: BatchStatement
    /// Random bytes for the salts of personal data, drawn from the system in blocks.
    private var salts = SaltSource()
    /// The time of the last event written, with its text (``UTCTimestamp/string(from:)``): the events of an import
    /// are mostly of one time, which is then written once.
    private var lastRecordedAt: (time: Date, text: String?)?
    private let findImportKey: Statement
    private let findCase: Statement
    private let findCounter: Statement
    private let startCounter: BatchStatement
    private let advanceCounter: BatchStatement

    /// The register's identity-code key, with which purged references and import keys were tagged.
    private let key: IdentityCodeKey?
    /// Whether any purged request left a tag (if none did, lookups need not ask SQLite).
    private let hasPurgedTags: Bool
    private let findPurgedTag: Statement

    /// Prepares a batch inside the transaction that `db` is in; `key` is the register's identity-code key.
    init(db: Database, operation: String, key: IdentityCodeKey?) throws(StoreError) {
        self.db = db
        self.operation = operation
        self.key = key
        do {
            hasPurgedTags = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM purgedTag)") ?? true
            findPurgedTag = try db.makeStatement(sql: "SELECT EXISTS (SELECT 1 FROM purgedTag WHERE tag IN (?, ?))")
            let head = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM event ORDER BY sequence DESC LIMIT 1")
            lastSequence = head.flatMap { Int64.fromDatabaseValue($0["sequence"]) } ?? 0
            lastHash = head.flatMap { String.fromDatabaseValue($0["hash"]) } ?? RegisterSchema.genesisHash
            hasImportKeys =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM request WHERE importKey IS NOT NULL)") ?? true
            writtenImportKeys = hasImportKeys ? nil : SeenTexts()
            let hasReferences =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM request WHERE reference IS NOT NULL)") ?? true
            writtenReferences = hasReferences ? nil : SeenTexts()
            insertEvent = BatchStatement(
                try db.makeStatement(
                    sql: """
                        INSERT INTO event (sequence, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion,
                                           stateAfter, data, stateHash, previousHash, hash, format, personalHash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """), in: db)
            insertPersonal = BatchStatement(
                try db.makeStatement(sql: "INSERT INTO eventPersonal (sequence, salt, data) VALUES (?, ?, ?)"), in: db)
            insertRequest = BatchStatement(
                try db.makeStatement(
                    sql: """
                        INSERT INTO request (caseYear, caseSequence, kind, state, clock, workflowVersion, received, deadline,
                                             closedOn, isOpen, outcome, lastEventSequence, record, reference, channel,
                                             language, isExtended, importKey)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """), in: db)
            insertPending = BatchStatement(try db.makeStatement(sql: SearchIndex.insertPendingSQL), in: db)
            findImportKey = try db.makeStatement(
                sql: "SELECT caseYear, caseSequence, reference FROM request WHERE importKey = ?")
            findCase = try db.makeStatement(sql: "SELECT record FROM request WHERE caseYear = ? AND caseSequence = ?")
            findCounter = try db.makeStatement(sql: #"SELECT "last" FROM caseCounter WHERE year = ?"#)
            startCounter = BatchStatement(
                try db.makeStatement(sql: #"INSERT INTO caseCounter (year, "last") VALUES (?, 1)"#), in: db)
            advanceCounter = BatchStatement(
                try db.makeStatement(sql: #"UPDATE caseCounter SET "last" = ? WHERE year = ?"#), in: db)
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }

    func owner(ofReference reference: String) throws -> (caseNumber: CaseNumber, name: String, isPurged: Bool)? {
        if let writtenReferences, !writtenReferences.mayContain(reference) { return nil }
        do {
            // Read from the record's JSON by SQLite, without decoding the record: a file imported again asks this
            // for every row.
            let statement = try db.cachedStatement(
                sql: """
                    SELECT caseYear, caseSequence, json_extract(record, '$.subject.name'),
                           json_extract(record, '$.personalDataRemovedOn') IS NOT NULL
                    FROM request WHERE reference = ?
                    """)
            guard let row = try Row.fetchOne(statement, arguments: [reference]) else { return nil }
            return (CaseNumber(year: row[0], sequence: row[1]), row[2] ?? "", row[3])
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }

    func cases(withImportKey key: String) throws -> [(caseNumber: CaseNumber, reference: String?)] {
        guard hasImportKeys else { return [] }
        if let writtenImportKeys, !writtenImportKeys.mayContain(key) { return [] }
        do {
            return try Row.fetchAll(findImportKey, arguments: [key]).map { row in
                (CaseNumber(year: row[0], sequence: row[1]), row[2])
            }
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }

    func wasPurged(reference: String?, importKey: String) throws -> Bool {
        guard hasPurgedTags else { return false }
        guard let key else {
            throw StoreError.failed(
                operation: operation,
                reason: "requests purged earlier can be recognised only with the "
                    + "register's identity-code key, and there is none")
        }
        let referenceTag = reference.map { key.purgedTag(.reference, of: $0) } ?? ""
        do {
            return try Bool.fetchOne(
                findPurgedTag, arguments: [referenceTag, key.purgedTag(.importKey, of: importKey)])
                ?? false
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }

    func record(_ caseNumber: CaseNumber) throws -> RequestRecord? {
        let json: String?
        do {
            json = try String.fetchOne(findCase, arguments: [caseNumber.year, caseNumber.sequence])
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
        guard let json else { return nil }
        do {
            return try StoreJSON.decode(RequestRecord.self, from: json)
        } catch {
            throw StoreError.unreadable(operation: operation, what: "the stored state of case \(caseNumber)")
        }
    }

    func caseCounters() throws -> [Int: Int] {
        do {
            var counters: [Int: Int] = [:]
            for row in try Row.fetchAll(db, sql: #"SELECT year, "last" FROM caseCounter"#) {
                counters[row[0]] = row[1]
            }
            return counters.merging(self.counters) { _, inBatch in inBatch }
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }

    func insert(year: Int, importKey: String?, _ make: (CaseNumber) throws -> [HistoryStep]) throws -> RequestRecord {
        let last = try lastCase(of: year)
        let caseNumber = CaseNumber(year: year, sequence: last + 1)
        // The caller builds the history before anything is written, so a row it rejects leaves no trace.
        let history = try make(caseNumber)
        guard let final = history.last?.record else {
            throw StoreError.failed(operation: operation, reason: "a request must come with its registration")
        }
        var rows: [(event: EventRow, personal: EventPersonalRow?)] = []
        rows.reserveCapacity(history.count)
        var finalJSON = ""
        var previousHash = lastHash
        // By index, so that each step is read where it is rather than copied out of the array first.
        for index in history.indices {
            let record = history[index].record
            let entry = history[index].entry
            try Self.check(record, entry, against: caseNumber, operation: operation)
            let json: String
            if let given = history[index].recordJSON {
                json = given
                #if DEBUG
                    // The caller made the JSON ahead (on another thread): it must be the record's own.
                    guard json == (CanonicalJSON.encode(record)) else {
                        throw StoreError.failed(
                            operation: operation, reason: "the JSON given for case \(caseNumber) is not its record's")
                    }
                #endif
            } else {
                json = CanonicalJSON.encode(record)
            }
            // As EventRow.append does: personal data beside the chain, under a salted commitment (format 2).
            let sequence = lastSequence + 1 + Int64(index)
            let personal = entry.publicData.map { _ in
                EventPersonalRow(sequence: sequence, salt: salts.next(), data: entry.data)
            }
            let recordedAt: String?
            if let last = lastRecordedAt, last.time == entry.recordedAt {
                recordedAt = last.text
            } else {
                recordedAt = UTCTimestamp.string(from: entry.recordedAt)
                lastRecordedAt = (entry.recordedAt, recordedAt)
            }
            let row = try EventRow(
                entry, sequence: sequence, previousHash: previousHash, stateJSON: json,
                personal: personal, recordedAt: recordedAt, operation: operation)
            previousHash = row.hash
            rows.append((row, personal))
            finalJSON = json
        }
        do {
            if last == 0 {
                try startCounter.run([.integer(Int64(year))])
            } else {
                try advanceCounter.run([.integer(Int64(last + 1)), .integer(Int64(year))])
            }
            counters[year] = last + 1
            if importKey != nil { hasImportKeys = true }
            for (row, personal) in rows {
                try insertEvent.run([
                    .integer(row.sequence), .integer(row.caseYear.map(Int64.init)),
                    .integer(row.caseSequence.map(Int64.init)), .text(row.name), .text(row.on), .text(row.recordedAt),
                    .text(row.actor), .integer(Int64(row.workflowVersion)), .text(row.stateAfter), .text(row.data),
                    .text(row.stateHash), .text(row.previousHash), .text(row.hash), .integer(Int64(row.format)),
                    .text(row.personalHash),
                ])
                if let personal {
                    try insertPersonal.run([.integer(personal.sequence), .text(personal.salt), .text(personal.data)])
                }
            }
            lastSequence += Int64(rows.count)
            lastHash = previousHash
            let request = RequestRow(final, json: finalJSON, lastEventSequence: lastSequence)
            try insertRequest.run([
                .integer(Int64(request.caseYear)), .integer(Int64(request.caseSequence)), .text(request.kind),
                .text(request.state), .text(request.clock), .integer(Int64(request.workflowVersion)),
                .text(request.received), .text(request.deadline), .text(request.closedOn),
                .integer(request.isOpen ? 1 : 0), .text(request.outcome), .integer(request.lastEventSequence),
                .text(request.record), .text(request.reference), .text(request.channel), .text(request.language),
                .integer(request.isExtended ? 1 : 0), .text(importKey),
            ])
            if let reference = request.reference { writtenReferences?.add(reference) }
            if let importKey { writtenImportKeys?.add(importKey) }
            let document = SearchDocument(final)
            #if DEBUG
                // The index removes a request's row by the texts SQL computes from the stored record: the texts
                // computed here must be the same.
                guard document == (try SearchIndex.document(of: caseNumber, db)) else {
                    throw StoreError.failed(
                        operation: operation, reason: "the search texts of case \(caseNumber) differ from the SQL's")
                }
            #endif
            try insertPending.run([.integer(document.rowid)] + document.texts.map { .text($0) })
        } catch {
            throw SQLiteStore.storeError(error, operation: "\(operation) (case \(caseNumber))")
        }
        return final
    }

    /// The last case number given in `year`, from the register the first time a year is seen.
    private func lastCase(of year: Int) throws(StoreError) -> Int {
        if let last = counters[year] { return last }
        do {
            let last = try Int.fetchOne(findCounter, arguments: [year]) ?? 0
            counters[year] = last
            return last
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }

    /// Checks that a state and its entry describe the case being written, as a single registration does.
    private static func check(
        _ record: RequestRecord, _ entry: EventEntry, against caseNumber: CaseNumber,
        operation: String
    ) throws(StoreError) {
        guard record.caseNumber == caseNumber, entry.caseNumber == caseNumber else {
            throw .failed(operation: operation, reason: "a state or event of case \(caseNumber) names another case")
        }
        guard entry.stateAfter == record.state else {
            throw .failed(operation: operation, reason: "the event's state after does not match the request's state")
        }
    }
}
