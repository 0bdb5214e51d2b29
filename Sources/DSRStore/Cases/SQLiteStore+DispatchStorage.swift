import DSRCore
import GRDB

extension SQLiteStore: DispatchStorage {
    /// Records a letter's sending or delivery atomically (``DispatchStorage/recordDispatch(_:_:)``), on the store's
    /// executor: the entry is appended, the request's latest event moves on (its record stays byte for byte), and a
    /// `letterDispatch` row copies the letter, the kind, the day and the channel from the entry.
    public func recordDispatch<Outcome: Sendable>(
        _ letter: LetterNumber,
        _ make: @escaping @Sendable (RequestRecord, LetterDispatchState) throws -> (EventEntry, Outcome)
    ) async throws -> Outcome {
        try await StoreExecutor.run { try self.recordDispatch(letter, make) }
    }

    /// The letters of a case with their dispatch state (``DispatchStorage/dispatchStates(of:)``).
    public func dispatchStates(of caseNumber: CaseNumber) async throws -> [LetterDispatchState] {
        try await StoreExecutor.run {
            try self.readStatement("read the letters of case \(caseNumber)") { db in
                try Self.dispatchStates(
                    where: "l.caseYear = ? AND l.caseSequence = ?",
                    arguments: [caseNumber.year, caseNumber.sequence], in: db)
            }
        }
    }

    /// The letters of some types with their dispatch state (``DispatchStorage/dispatchStates(types:unsentOnly:)``).
    public func dispatchStates(types: Set<LetterType>, unsentOnly: Bool) async throws -> [LetterDispatchState] {
        guard !types.isEmpty else { return [] }
        let names = types.map(\.rawValue).sorted()
        var condition = "l.type IN (\(names.map { _ in "?" }.joined(separator: ", ")))"
        if unsentOnly {
            // Tracked letters only: a range of the letters' unique event index, so that a register whose letters
            // mostly predate dispatch records reads only the newer ones.
            condition +=
                " AND l.eventSequence >= (SELECT firstTrackedEvent FROM dispatchTracking)"
                + " AND NOT EXISTS (SELECT 1 FROM letterDispatch d WHERE d.caseYear = l.caseYear"
                + " AND d.caseSequence = l.caseSequence AND d.number = l.number AND d.kind = 'sent')"
        }
        let selection = condition
        return try await StoreExecutor.run {
            try self.readStatement("read the dispatch of letters") { db in
                try Self.dispatchStates(where: selection, arguments: StatementArguments(names), in: db)
            }
        }
    }

    /// The synchronous form of ``recordDispatch(_:_:)``.
    func recordDispatch<Outcome>(
        _ letter: LetterNumber, _ make: (RequestRecord, LetterDispatchState) throws -> (EventEntry, Outcome)
    ) throws -> Outcome {
        let caseNumber = letter.caseNumber
        let operation = "record the dispatch of letter \(letter)"
        return try write(operation) { db in
            guard var row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let record = try Self.decodeRecord(row, operation: operation)
            let states = try Self.dispatchStates(
                where: "l.caseYear = ? AND l.caseSequence = ? AND l.number = ?",
                arguments: [caseNumber.year, caseNumber.sequence, letter.sequence], in: db)
            guard let state = states.first else { throw CallerFailure(error: DispatchError.notIssued(letter)) }
            let (entry, outcome) = try callerStep { try make(record, state) }
            try Self.check(record, entry, against: caseNumber, operation: operation)
            let kind: String
            switch entry.systemEvent {
            case .letterSent?: kind = "sent"
            case .letterDelivered?: kind = "delivered"
            default:
                throw StoreError.failed(operation: operation, reason: "the event \(entry.name) records no dispatch")
            }
            guard let data = EventEntry.decodeCanonicalJSON(LetterDispatchData.self, from: entry.data),
                data.letter == letter.sequence
            else {
                throw StoreError.failed(operation: operation, reason: "the event does not name letter \(letter)")
            }
            let sequence = try EventRow.append(entry, stateJSON: row.record, operation: operation, in: db)
            row.lastEventSequence = sequence
            try row.update(db)
            try db.execute(
                sql: """
                    INSERT INTO letterDispatch (eventSequence, caseYear, caseSequence, number, kind, "on", via)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    sequence, caseNumber.year, caseNumber.sequence, letter.sequence, kind, entry.on.description,
                    data.via?.rawValue,
                ])
            return outcome
        }
    }

    /// The letters a condition on the `letter` table (aliased `l`) selects, by case and number, each with its
    /// newest sending and delivery.
    static func dispatchStates(where condition: String, arguments: StatementArguments, in db: Database) throws
        -> [LetterDispatchState]
    {
        func newest(_ column: String, _ kind: String) -> String {
            """
            (SELECT d.\(column) FROM letterDispatch d WHERE d.caseYear = l.caseYear AND d.caseSequence = l.caseSequence
             AND d.number = l.number AND d.kind = '\(kind)' ORDER BY d.eventSequence DESC LIMIT 1)
            """
        }
        // A prepared statement kept on the connection: a server reads a case's letters on every page of it. The
        // letters lead (`CROSS JOIN` keeps SQLite from reordering): with statistics of the event log but none of
        // an empty letter table (after an `ANALYZE`), the planner walked every event of the tracked range and looked
        // a letter up for each, 110 ms of `dsr overdue` at 200,000 requests instead of none.
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT l.caseYear, l.caseSequence, l.number, l.type, l.date, e."on" AS issuedOn,
                        l.eventSequence >= (SELECT firstTrackedEvent FROM dispatchTracking) AS tracked,
                        \(newest("\"on\"", "sent")) AS sentOn, \(newest("via", "sent")) AS via,
                        \(newest("\"on\"", "delivered")) AS deliveredOn
                    FROM letter l CROSS JOIN event e ON e.sequence = l.eventSequence
                    WHERE \(condition)
                    ORDER BY l.caseYear, l.caseSequence, l.number
                    """), arguments: arguments)
        return try rows.map { row in
            guard let year = Int.fromDatabaseValue(row["caseYear"]),
                let sequence = Int.fromDatabaseValue(row["caseSequence"]),
                let number = Int.fromDatabaseValue(row["number"]),
                let type = String.fromDatabaseValue(row["type"]).flatMap(LetterType.init(rawValue:)),
                let date = String.fromDatabaseValue(row["date"]).flatMap(CivilDate.init(parsing:)),
                let issuedOn = String.fromDatabaseValue(row["issuedOn"]).flatMap(CivilDate.init(parsing:))
            else { throw StoreError.unreadable(operation: "read the dispatch of letters", what: "a letter") }
            let via: DispatchChannel?? = String.fromDatabaseValue(row["via"]).map(DispatchChannel.init(rawValue:))
            let sentOn: CivilDate?? = String.fromDatabaseValue(row["sentOn"]).map(CivilDate.init(parsing:))
            let deliveredOn: CivilDate?? = String.fromDatabaseValue(row["deliveredOn"]).map(CivilDate.init(parsing:))
            if via == .some(nil) || sentOn == .some(nil) || deliveredOn == .some(nil) {
                throw StoreError.unreadable(
                    operation: "read the dispatch of letters", what: "the dispatch of a letter of case \(year)")
            }
            return LetterDispatchState(
                number: LetterNumber(caseNumber: CaseNumber(year: year, sequence: sequence), sequence: number),
                type: type, date: date, issuedOn: issuedOn, tracked: Bool.fromDatabaseValue(row["tracked"]) ?? false,
                sentOn: sentOn ?? nil, via: via ?? nil, deliveredOn: deliveredOn ?? nil)
        }
    }
}
