import DSRCore
import DSRStore
import Foundation

/// The requests of one import's transaction on PostgreSQL (``PostgresImportSession``), worked on in memory.
///
/// ``RequestBatch`` is synchronous and postgres-nio is not, so the batch answers its lookups from what it knows: the
/// case counters and purged tags, read once under the import's lock, and the references, import keys and cases read
/// on demand. A lookup it cannot answer yet is a *miss*: it answers as if nothing were stored and notes the question;
/// the session then throws the run away, reads every missed answer in one statement per kind, and runs the same work
/// again, until a run has no miss. The rows a run adds wait in ``pending`` for the session to copy them into their
/// tables; case numbers, sequence numbers and hashes are given here, in order, from the head the session locked,
/// and the database's triggers check each row as it is stored.
///
/// Used by one task at a time (the session's), never shared.
final class PostgresRequestBatch: RequestBatch {
    /// The case that holds a reference, as ``owner(ofReference:)`` answers.
    struct Owner: Sendable {
        var caseNumber: CaseNumber
        var name: String
        var isPurged: Bool
    }

    /// One request to store, with its events and its search row (``PostgresImportRows`` writes them for COPY).
    struct PendingRequest: Sendable {
        /// The request's row.
        struct Row: Sendable {
            var caseYear: Int
            var caseSequence: Int
            /// The list columns, from the record.
            var columns: RequestColumns
            var lastEventSequence: Int64
            var record: String
            var importKey: String?
        }
        var events: [PostgresEventRow]
        var request: Row
        /// Its text in the search index (``PostgresSearchText``).
        var search: String
    }

    /// What the session must read before the work can run again.
    struct Misses: Sendable {
        var references: Set<String> = []
        var importKeys: Set<String> = []
        var cases: Set<CaseNumber> = []
        var isEmpty: Bool { references.isEmpty && importKeys.isEmpty && cases.isEmpty }

        /// No question yet.
        init() {}

        /// The references, import keys and cases of `pending`'s requests.
        init(adding pending: [PendingRequest]) {
            for item in pending {
                if let reference = item.request.columns.reference { references.insert(reference) }
                if let importKey = item.request.importKey { importKeys.insert(importKey) }
                cases.insert(CaseNumber(year: item.request.caseYear, sequence: item.request.caseSequence))
            }
        }

        /// Whether a question here is about a reference, import key or case in `other`.
        func overlaps(_ other: Misses) -> Bool {
            !references.isDisjoint(with: other.references) || !importKeys.isDisjoint(with: other.importKeys)
                || !cases.isDisjoint(with: other.cases)
        }
    }

    private let operation: String
    /// The register's identity-code key, with which purged references and import keys were tagged.
    private let key: IdentityCodeKey?
    /// Every purged tag of the register.
    private let purgedTags: Set<String>

    /// The last case number given in each year, and the head of the chain, as stored or pending.
    private(set) var counters: [Int: Int]
    private(set) var lastSequence: Int64
    private(set) var lastHash: String

    /// Answers read from the register (`nil`: read, and nothing holds it).
    private var owners: [String: Owner?] = [:]
    private var keyed: [String: [(caseNumber: CaseNumber, reference: String?)]] = [:]
    private var records: [CaseNumber: RequestRecord?] = [:]

    /// What the current run added, seen by its own lookups.
    private var addedOwners: [String: Owner] = [:]
    private var addedKeys: [String: [(caseNumber: CaseNumber, reference: String?)]] = [:]
    private var addedRecords: [CaseNumber: RequestRecord] = [:]
    /// The rows the current run added, in order.
    private(set) var pending: [PendingRequest] = []
    /// The salts of the events' personal data.
    private var salts = SaltSource()
    /// The lookups of the current run that could not be answered.
    private(set) var misses = Misses()
    /// Counters and head at the start of the current run.
    private var start: (counters: [Int: Int], sequence: Int64, hash: String)

    /// A batch from the state read under the import's lock.
    init(
        operation: String, key: IdentityCodeKey?, purgedTags: Set<String>, counters: [Int: Int], lastSequence: Int64,
        lastHash: String
    ) {
        self.operation = operation
        self.key = key
        self.purgedTags = purgedTags
        self.counters = counters
        self.lastSequence = lastSequence
        self.lastHash = lastHash
        start = (counters, lastSequence, lastHash)
    }

    func owner(ofReference reference: String) throws -> (caseNumber: CaseNumber, name: String, isPurged: Bool)? {
        if let added = addedOwners[reference] { return (added.caseNumber, added.name, added.isPurged) }
        guard let known = owners[reference] else {
            misses.references.insert(reference)
            return nil
        }
        return known.map { ($0.caseNumber, $0.name, $0.isPurged) }
    }

    func cases(withImportKey key: String) throws -> [(caseNumber: CaseNumber, reference: String?)] {
        let added = addedKeys[key] ?? []
        guard let known = keyed[key] else {
            misses.importKeys.insert(key)
            return added
        }
        return known + added
    }

    func wasPurged(reference: String?, importKey: String) throws -> Bool {
        guard !purgedTags.isEmpty else { return false }
        guard let key else {
            throw StoreError.failed(
                operation: operation,
                reason: "requests purged earlier can be recognised only with the register's identity-code key, and "
                    + "there is none")
        }
        if let reference, purgedTags.contains(key.purgedTag(.reference, of: reference)) { return true }
        return purgedTags.contains(key.purgedTag(.importKey, of: importKey))
    }

    func record(_ caseNumber: CaseNumber) throws -> RequestRecord? {
        if let added = addedRecords[caseNumber] { return added }
        guard let known = records[caseNumber] else {
            misses.cases.insert(caseNumber)
            return nil
        }
        return known
    }

    func caseCounters() throws -> [Int: Int] {
        counters
    }

    func insert(year: Int, importKey: String?, _ make: (CaseNumber) throws -> [HistoryStep]) throws -> RequestRecord {
        let caseNumber = CaseNumber(year: year, sequence: (counters[year] ?? 0) + 1)
        // The caller builds the history before anything is noted, so a row it rejects leaves no trace.
        let history = try make(caseNumber)
        guard let final = history.last?.record else {
            throw StoreError.failed(operation: operation, reason: "a request must come with its registration")
        }
        for step in history {
            try PostgresStore.check(step.record, step.entry, against: caseNumber, operation: operation)
        }
        counters[year] = caseNumber.sequence
        if misses.isEmpty {
            var events: [PostgresEventRow] = []
            events.reserveCapacity(history.count)
            var finalJSON = ""
            var previousHash = lastHash
            for (index, step) in history.enumerated() {
                let json = step.recordJSON ?? CanonicalJSON.encode(step.record)
                let row = try PostgresEventRow(
                    step.entry, sequence: lastSequence + 1 + Int64(index), previousHash: previousHash,
                    stateJSON: json, operation: operation, newSalt: { salts.next() })
                previousHash = row.hash
                events.append(row)
                finalJSON = json
            }
            lastSequence += Int64(events.count)
            lastHash = previousHash
            pending.append(
                PendingRequest(
                    events: events,
                    request: PendingRequest.Row(
                        caseYear: year, caseSequence: caseNumber.sequence, columns: RequestColumns(final),
                        lastEventSequence: lastSequence, record: finalJSON, importKey: importKey),
                    search: PostgresSearchText.indexed(final)))
        } else {
            // The run has missed a lookup, so it will be thrown away and run again once the answers are read: its
            // rows are never stored, and only what later lookups of the run ask (numbers, owners, records) is kept.
            lastSequence += Int64(history.count)
        }
        if let reference = final.reference {
            addedOwners[reference] = Owner(
                caseNumber: caseNumber, name: final.subject.name, isPurged: final.personalDataRemovedOn != nil)
        }
        if let importKey { addedKeys[importKey, default: []].append((caseNumber, final.reference)) }
        addedRecords[caseNumber] = final
        return final
    }

    /// Starts a run of the work: nothing added, no miss.
    func beginRun() {
        start = (counters, lastSequence, lastHash)
        addedOwners = [:]
        addedKeys = [:]
        addedRecords = [:]
        pending = []
        misses = Misses()
    }

    /// Throws the current run away: counters and head go back to where it started.
    func discardRun() {
        (counters, lastSequence, lastHash) = start
        beginRun()
    }

    /// Keeps the current run, whose rows are now stored: its additions become known answers.
    func keepRun() {
        for (reference, owner) in addedOwners { owners[reference] = owner }
        for (importKey, cases) in addedKeys where keyed[importKey] != nil { keyed[importKey]? += cases }
        // A case looked up before it was added is read again when asked for (the register now holds it).
        for caseNumber in addedRecords.keys { records[caseNumber] = nil }
        // Answers read for earlier batches are kept while they are few; a large import reads them again.
        if owners.count + keyed.count + records.count > Self.knownAnswersLimit {
            owners = [:]
            keyed = [:]
            records = [:]
        }
        beginRun()
    }

    /// How many answers the batch keeps between runs at most.
    static let knownAnswersLimit = 200_000

    /// Notes answers the session read for missed lookups (every key asked for gets an answer, `nil` or empty if the
    /// register holds nothing for it).
    func learn(
        owners found: [String: Owner], importKeys foundKeys: [String: [(caseNumber: CaseNumber, reference: String?)]],
        records foundRecords: [CaseNumber: RequestRecord], for asked: Misses
    ) {
        for reference in asked.references { owners[reference] = .some(found[reference]) }
        for importKey in asked.importKeys { keyed[importKey] = foundKeys[importKey] ?? [] }
        for caseNumber in asked.cases { records[caseNumber] = .some(foundRecords[caseNumber]) }
    }
}
