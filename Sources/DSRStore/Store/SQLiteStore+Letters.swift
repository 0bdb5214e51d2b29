import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Issues a letter: reads the request, the controller profile and the case's issued letters, lets `make` write the
    /// letter under the next number with its `letter-issued` entry, and stores the entry, the letter and its files
    /// in one transaction. The request's stored record is kept byte for byte; only its latest event moves on.
    ///
    /// `make` must not use the store.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case; whatever `make` throws, unchanged;
    ///   ``StoreError`` for a storage failure or a letter or entry that does not fit the case and number.
    public func issueLetter(
        _ caseNumber: CaseNumber,
        _ make: (LetterIssueContext) throws -> (IssuedLetter, EventEntry)?
    ) throws -> IssuedLetter? {
        let operation = "issue a letter for case \(caseNumber)"
        return try write(operation) { db -> IssuedLetter? in
            guard var row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let record = try Self.decodeRecord(row, operation: operation)
            let profileRow = try ControllerProfileRow.fetchOne(
                db, sql: "SELECT * FROM controllerProfile ORDER BY version DESC LIMIT 1")
            let profile = try profileRow.map { row throws(StoreError) in
                do {
                    return try StoreJSON.decode(ControllerProfile.self, from: row.profile)
                } catch {
                    throw StoreError.unreadable(operation: operation, what: "the controller profile")
                }
            }
            let earlier = try Self.letters(of: caseNumber, withContent: false, operation: operation, in: db)
            let number = LetterNumber(caseNumber: caseNumber, sequence: (earlier.last?.number.sequence ?? 0) + 1)
            let copies = AttachmentSummary.dataCopyNames(
                in: try Self.history(of: caseNumber, operation: operation, in: db))
            let context = LetterIssueContext(
                record: record, profile: profile, profileVersion: profileRow?.version.map(Int.init),
                number: number, issued: earlier, dataCopies: copies)
            guard let (letter, entry) = try callerStep({ try make(context) }) else { return nil }
            try Self.check(letter, entry, number: number, state: record.state, operation: operation)
            let sequence = try EventRow.append(entry, stateJSON: row.record, operation: operation, in: db)
            row.lastEventSequence = sequence
            try row.update(db)
            try LetterRow(letter, eventSequence: sequence).insert(db)
            for file in letter.files {
                try LetterFileRow(file, of: number).insert(db)
            }
            var stored = letter
            stored.eventSequence = sequence
            stored.actor = entry.actor
            stored.issuedOn = entry.on
            return stored
        }
    }

    /// The letters issued for a case, oldest first, with their files.
    public func issuedLetters(of caseNumber: CaseNumber) throws(StoreError) -> [IssuedLetter] {
        let operation = "read the letters of case \(caseNumber)"
        return try read(operation) { db in
            try Self.letters(of: caseNumber, withContent: true, operation: operation, in: db)
        }
    }

    /// The issued letters one of whose files has the SHA-256, each checked against its `letter-issued` event: the
    /// event must still give its own hash, and its data must list this letter and its files' hashes.
    /// - Throws: ``IssuedLetterError/recordChanged(_:)`` if a matching letter no longer agrees with its event;
    ///   ``StoreError`` if the register cannot be read.
    public func issuedLetters(withFileSHA256 sha256: String) throws -> [IssuedLetter] {
        let operation = "look up an issued letter"
        let found: [(IssuedLetter, EventRow?)] = try read(operation) { db in
            let keys = try Row.fetchAll(
                db,
                sql: "SELECT DISTINCT caseYear, caseSequence, number FROM letterFile WHERE sha256 = ? "
                    + "ORDER BY caseYear, caseSequence, number", arguments: [sha256])
            var found: [(IssuedLetter, EventRow?)] = []
            for key in keys {
                guard let caseNumber = Self.caseNumber(in: key), let number = Int.fromDatabaseValue(key["number"])
                else {
                    continue
                }
                let letters = try Self.letters(of: caseNumber, withContent: true, operation: operation, in: db)
                guard let letter = letters.first(where: { $0.number.sequence == number }) else { continue }
                found.append((letter, try Self.event(of: letter, in: db)))
            }
            return found
        }
        for (letter, event) in found where !Self.agrees(letter, with: event) {
            throw IssuedLetterError.recordChanged(letter.number)
        }
        return found.map(\.0)
    }

    /// Checks every issued letter against the event that recorded it, as ``issuedLetters(withFileSHA256:)`` checks
    /// the one it finds.
    /// - Returns: The numbers of the letters whose stored copy disagrees with their event (none if all agree).
    public func issuedLetterProblems() throws(StoreError) -> [LetterNumber] {
        let operation = "check the issued letters"
        // One case's letters at a time, with their bytes, so that memory does not grow with the register.
        return try read(operation) { db in
            let cases = try Row.fetchCursor(
                db,
                sql: "SELECT DISTINCT caseYear, caseSequence FROM letter "
                    + "ORDER BY caseYear, caseSequence")
            var problems: [LetterNumber] = []
            while let key = try cases.next() {
                guard let caseNumber = Self.caseNumber(in: key) else { continue }
                for letter in try Self.letters(of: caseNumber, withContent: true, operation: operation, in: db)
                where !Self.agrees(letter, with: try Self.event(of: letter, in: db)) {
                    problems.append(letter.number)
                }
            }
            return problems
        }
    }

    /// Whether a stored letter agrees with its event: the event exists, belongs to the case, is a `letter-issued`
    /// event whose fields still give its hash, its data describes the letter, and each stored file still has the
    /// hash the data gives (an erased file is not checked).
    static func agrees(_ letter: IssuedLetter, with event: EventRow?) -> Bool {
        guard let event, event.caseNumber == letter.number.caseNumber, event.name == SystemEvent.letterIssued.rawValue,
            EventChain.hash(of: event) == event.hash, letter.matches(eventData: event.data)
        else { return false }
        return letter.files.allSatisfy { file in file.content.map { EventChain.sha256Hex($0) == file.sha256 } ?? true }
    }

    /// The letters of a case, oldest first, with who issued them and when.
    static func letters(of caseNumber: CaseNumber, withContent: Bool, operation: String, in db: Database) throws
        -> [IssuedLetter]
    {
        let rows = try LetterRow.fetchAll(
            db, sql: "SELECT * FROM letter WHERE caseYear = ? AND caseSequence = ? ORDER BY number",
            arguments: [caseNumber.year, caseNumber.sequence])
        let columns = withContent ? "*" : "caseYear, caseSequence, number, format, sha256, NULL AS content"
        let files = try LetterFileRow.fetchAll(
            db,
            sql: "SELECT \(columns) FROM letterFile WHERE caseYear = ? AND caseSequence = ? ORDER BY number, format",
            arguments: [caseNumber.year, caseNumber.sequence])
        var letters: [IssuedLetter] = []
        for row in rows {
            let ownFiles = LetterFormat.allCases.compactMap { format in
                files.first { $0.number == row.number && $0.format == format.rawValue }?.file
            }
            guard var letter = row.letter(files: ownFiles) else {
                throw StoreError.unreadable(operation: operation, what: "letter \(row.letterNumber)")
            }
            if let event = try EventRow.fetchOne(db, key: row.eventSequence), let entry = event.entry {
                letter.actor = entry.actor
                letter.issuedOn = entry.on
            }
            letters.append(letter)
        }
        return letters
    }

    /// The event that recorded a letter.
    private static func event(of letter: IssuedLetter, in db: Database) throws -> EventRow? {
        guard let sequence = letter.eventSequence else { return nil }
        return try EventRow.fetchOne(db, key: sequence)
    }

    /// The case number in a row's `caseYear` and `caseSequence` columns, if they can be read.
    private static func caseNumber(in row: Row) -> CaseNumber? {
        guard let year = Int.fromDatabaseValue(row["caseYear"]),
            let sequence = Int.fromDatabaseValue(row["caseSequence"])
        else { return nil }
        return CaseNumber(year: year, sequence: sequence)
    }

    /// Checks that a letter and its entry are the ones the transaction allotted.
    private static func check(
        _ letter: IssuedLetter, _ entry: EventEntry, number: LetterNumber, state: StateID,
        operation: String
    ) throws(StoreError) {
        guard letter.number == number else {
            throw .failed(operation: operation, reason: "the letter is numbered \(letter.number), not \(number)")
        }
        guard entry.caseNumber == number.caseNumber, entry.name == SystemEvent.letterIssued.rawValue,
            entry.stateAfter == state,
            letter.matches(eventData: entry.data)
        else {
            throw .failed(operation: operation, reason: "the event does not record letter \(number) of this case")
        }
        for file in letter.files {
            guard let content = file.content, EventChain.sha256Hex(content) == file.sha256 else {
                throw .failed(
                    operation: operation,
                    reason: "the \(file.format.rawValue) form of letter \(number) does not match its hash")
            }
        }
    }
}
