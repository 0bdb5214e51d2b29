import DSRCore
import Foundation
import PostgresNIO

extension PostgresStore: DispatchStorage {
    /// Records a letter's sending or delivery atomically (``DispatchStorage/recordDispatch(_:_:)``): the entry is
    /// appended, the request's latest event moves on (its record stays byte for byte), and a `letter_dispatch` row
    /// copies the letter, the kind, the day and the channel from the entry.
    public func recordDispatch<Outcome: Sendable>(
        _ letter: LetterNumber,
        _ make: @escaping @Sendable (RequestRecord, LetterDispatchState) throws -> (EventEntry, Outcome)
    ) async throws -> Outcome {
        let caseNumber = letter.caseNumber
        let operation = "record the dispatch of letter \(letter)"
        return try await write(operation) { connection, chain in
            let stored = try await connection.guardedQuery(
                """
                SELECT record FROM request WHERE case_year = \(caseNumber.year)
                    AND case_sequence = \(caseNumber.sequence)
                """, logger: logger)
            var json: String?
            for try await text in stored.decode(String.self) { json = text }
            guard let json else { throw StoreError.unknownCase(caseNumber) }
            let record = try Self.decodeRecord(json, caseNumber, operation: operation)
            let states = try await dispatchStates(
                Self.dispatchSelection(
                    "l.case_year = $1 AND l.case_sequence = $2 AND l.number = $3",
                    binding: [caseNumber.year, caseNumber.sequence, letter.sequence]),
                on: connection)
            guard let state = states.first else { throw DispatchError.notIssued(letter) }
            let (entry, outcome) = try make(record, state)
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
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            try await connection.guardedQuery(
                """
                UPDATE request SET last_event_sequence = \(event)
                WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)
                """, logger: logger)
            try await connection.guardedQuery(
                """
                INSERT INTO letter_dispatch (event_sequence, case_year, case_sequence, number, kind, on_day, via)
                VALUES (\(event), \(caseNumber.year), \(caseNumber.sequence), \(letter.sequence), \(kind),
                    \(entry.on.description), \(data.via?.rawValue))
                """, logger: logger)
            return outcome
        }
    }

    /// The letters of a case with their dispatch state (``DispatchStorage/dispatchStates(of:)``).
    public func dispatchStates(of caseNumber: CaseNumber) async throws -> [LetterDispatchState] {
        try await read("read the letters of case \(caseNumber)") { connection in
            try await self.dispatchStates(
                Self.dispatchSelection(
                    "l.case_year = $1 AND l.case_sequence = $2", binding: [caseNumber.year, caseNumber.sequence]),
                on: connection)
        }
    }

    /// The letters of some types with their dispatch state (``DispatchStorage/dispatchStates(types:unsentOnly:)``).
    public func dispatchStates(types: Set<LetterType>, unsentOnly: Bool) async throws -> [LetterDispatchState] {
        guard !types.isEmpty else { return [] }
        var condition = "l.type = ANY($1)"
        if unsentOnly {
            condition +=
                " AND l.event_sequence >= (SELECT first_tracked_event FROM dispatch_tracking)"
                + " AND NOT EXISTS (SELECT 1 FROM letter_dispatch d WHERE d.case_year = l.case_year"
                + " AND d.case_sequence = l.case_sequence AND d.number = l.number AND d.kind = 'sent')"
        }
        var bindings = PostgresBindings()
        bindings.append(types.map(\.rawValue).sorted())
        let query = Self.dispatchSelection(condition, bindings: bindings)
        return try await read("read the dispatch of letters") { connection in
            try await self.dispatchStates(query, on: connection)
        }
    }

    /// The query of the letters a condition on `letter` (aliased `l`, values as `$1`…) selects, by case and number,
    /// each with its newest sending and delivery.
    static func dispatchSelection(_ condition: String, binding values: [Int]) -> PostgresQuery {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        return dispatchSelection(condition, bindings: bindings)
    }

    /// ``dispatchSelection(_:binding:)`` with the values bound already.
    static func dispatchSelection(_ condition: String, bindings: PostgresBindings) -> PostgresQuery {
        func newest(_ column: String, _ kind: String) -> String {
            """
            (SELECT d.\(column) FROM letter_dispatch d WHERE d.case_year = l.case_year
             AND d.case_sequence = l.case_sequence AND d.number = l.number AND d.kind = '\(kind)'
             ORDER BY d.event_sequence DESC LIMIT 1)
            """
        }
        return PostgresQuery(
            unsafeSQL: """
                SELECT l.case_year, l.case_sequence, l.number, l.type, l.date, e.on_day,
                    l.event_sequence >= (SELECT first_tracked_event FROM dispatch_tracking),
                    \(newest("on_day", "sent")), \(newest("via", "sent")), \(newest("on_day", "delivered"))
                FROM letter l JOIN event e ON e.sequence = l.event_sequence
                WHERE \(condition)
                ORDER BY l.case_year, l.case_sequence, l.number
                """, binds: bindings)
    }

    /// The dispatch states a ``dispatchSelection(_:bindings:)`` query reads, on the caller's connection.
    func dispatchStates(_ query: PostgresQuery, on connection: PostgresConnection) async throws
        -> [LetterDispatchState]
    {
        let operation = "read the dispatch of letters"
        let rows = try await connection.guardedQuery(query, logger: logger)
        var states: [LetterDispatchState] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            guard let year = Self.cell(cells, 0, as: Int.self), let sequence = Self.cell(cells, 1, as: Int.self),
                let number = Self.cell(cells, 2, as: Int.self),
                let type = Self.cell(cells, 3, as: String.self).flatMap(LetterType.init(rawValue:)),
                let date = Self.cell(cells, 4, as: String.self).flatMap(CivilDate.init(parsing:)),
                let issuedOn = Self.cell(cells, 5, as: String.self).flatMap(CivilDate.init(parsing:)),
                let tracked = Self.cell(cells, 6, as: Bool.self),
                let sentText = Self.cell(cells, 7, as: String?.self),
                let viaText = Self.cell(cells, 8, as: String?.self),
                let deliveredText = Self.cell(cells, 9, as: String?.self)
            else { throw StoreError.unreadable(operation: operation, what: "a letter") }
            let sentOn = sentText.map(CivilDate.init(parsing:))
            let via = viaText.map(DispatchChannel.init(rawValue:))
            let deliveredOn = deliveredText.map(CivilDate.init(parsing:))
            if sentOn == .some(nil) || via == .some(nil) || deliveredOn == .some(nil) {
                throw StoreError.unreadable(operation: operation, what: "the dispatch of a letter of case \(year)")
            }
            states.append(
                LetterDispatchState(
                    number: LetterNumber(caseNumber: CaseNumber(year: year, sequence: sequence), sequence: number),
                    type: type, date: date, issuedOn: issuedOn, tracked: tracked, sentOn: sentOn ?? nil,
                    via: via ?? nil, deliveredOn: deliveredOn ?? nil))
        }
        return states
    }
}
