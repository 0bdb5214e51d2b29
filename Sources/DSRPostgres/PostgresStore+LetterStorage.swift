import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: LetterStorage {
    /// Issues a letter: reads the request, the controller profile and the case's issued letters, lets `make` write
    /// the letter under the next number with its `letter-issued` entry, and stores the entry, the letter and its
    /// files in one transaction. The request's stored record is kept byte for byte; only its latest event moves on.
    public func issueLetter<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ make:
            @escaping @Sendable (LetterIssueContext) throws
            -> (letter: (IssuedLetter, EventEntry)?, outcome: Outcome)
    ) async throws -> (issued: IssuedLetter?, outcome: Outcome) {
        let operation = "issue a letter for case \(caseNumber)"
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
            var profile: ControllerProfile?
            var profileVersion: Int?
            let profiles = try await connection.guardedQuery(
                "SELECT version, profile FROM controller_profile ORDER BY version DESC LIMIT 1", logger: logger)
            for try await (version, text) in profiles.decode((Int, String).self) {
                do {
                    profile = try Self.decodeJSON(ControllerProfile.self, from: text)
                } catch {
                    throw StoreError.unreadable(operation: operation, what: "the controller profile")
                }
                profileVersion = version
            }
            let earlier = try await letters(of: caseNumber, withContent: false, operation: operation, on: connection)
            let number = LetterNumber(caseNumber: caseNumber, sequence: (earlier.last?.number.sequence ?? 0) + 1)
            let copies = AttachmentSummary.dataCopyNames(
                in: try await history(of: caseNumber, operation: operation, on: connection))
            let context = LetterIssueContext(
                record: record, profile: profile, profileVersion: profileVersion, number: number, issued: earlier,
                dataCopies: copies)
            let made = try make(context)
            guard let (letter, entry) = made.letter else { return (nil, made.outcome) }
            try Self.check(letter, entry, number: number, state: record.state, operation: operation)
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            try await connection.guardedQuery(
                """
                UPDATE request SET last_event_sequence = \(event)
                WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)
                """, logger: logger)
            try await connection.guardedQuery(
                """
                INSERT INTO letter (case_year, case_sequence, number, type, language, date, profile_version, format,
                    body_sha256, event_sequence)
                VALUES (\(caseNumber.year), \(caseNumber.sequence), \(number.sequence), \(letter.type.rawValue),
                    \(letter.language.rawValue), \(letter.date.description), \(letter.profileVersion),
                    \(letter.format.rawValue), \(letter.bodySHA256), \(event))
                """, logger: logger)
            for file in letter.files {
                try await connection.guardedQuery(
                    """
                    INSERT INTO letter_file (case_year, case_sequence, number, format, sha256, content)
                    VALUES (\(caseNumber.year), \(caseNumber.sequence), \(number.sequence), \(file.format.rawValue),
                        \(file.sha256), \(file.content.map { ByteBuffer(bytes: $0) }))
                    """, logger: logger)
            }
            var issued = letter
            issued.eventSequence = event
            issued.actor = entry.actor
            issued.issuedOn = entry.on
            return (issued, made.outcome)
        }
    }

    /// The letters issued for a case, oldest first, with their files.
    public func issuedLetters(of caseNumber: CaseNumber) async throws -> [IssuedLetter] {
        let operation = "read the letters of case \(caseNumber)"
        return try await read(operation) { connection in
            try await self.letters(of: caseNumber, withContent: true, operation: operation, on: connection)
        }
    }

    /// The issued letters one of whose files has the SHA-256, each checked against its `letter-issued` event: the
    /// event must still give its own hash, and its data must list this letter and its files' hashes.
    /// - Throws: ``IssuedLetterError/recordChanged(_:)`` if a matching letter no longer agrees with its event.
    public func issuedLetters(withFileSHA256 sha256: String) async throws -> [IssuedLetter] {
        let operation = "look up an issued letter"
        let found: [(IssuedLetter, Bool)] = try await read(operation) { connection in
            let keys = try await connection.guardedQuery(
                """
                SELECT DISTINCT case_year, case_sequence, number FROM letter_file WHERE sha256 = \(sha256)
                ORDER BY case_year, case_sequence, number
                """, logger: logger)
            var wanted: [(CaseNumber, Int)] = []
            for try await (year, sequence, number) in keys.decode((Int, Int, Int).self) {
                wanted.append((CaseNumber(year: year, sequence: sequence), number))
            }
            var found: [(IssuedLetter, Bool)] = []
            for (caseNumber, number) in wanted {
                let letters = try await self.letters(
                    of: caseNumber, withContent: true, operation: operation, on: connection)
                guard let letter = letters.first(where: { $0.number.sequence == number }) else { continue }
                found.append((letter, try await self.agrees(letter, on: connection)))
            }
            return found
        }
        for (letter, agrees) in found where !agrees {
            throw IssuedLetterError.recordChanged(letter.number)
        }
        return found.map(\.0)
    }

    /// Whether a stored letter agrees with its event: the event exists, belongs to the case, is a `letter-issued`
    /// event whose fields still give its hash, its data describes the letter, and each stored file still has the
    /// hash the data gives (an erased file is not checked).
    func agrees(_ letter: IssuedLetter, on connection: PostgresConnection) async throws -> Bool {
        guard let sequence = letter.eventSequence else { return false }
        let rows = try await connection.guardedQuery(
            """
            SELECT case_year, case_sequence, name, on_day, recorded_at, actor, workflow_version, state_after, data,
                state_hash, previous_hash, hash, format, personal_hash
            FROM event WHERE sequence = \(sequence)
            """, logger: logger)
        var agrees = false
        for try await row in rows {
            let cells = row.makeRandomAccess()
            guard let caseYear = Self.cell(cells, 0, as: Int?.self),
                let caseSequence = Self.cell(cells, 1, as: Int?.self),
                let name = Self.cell(cells, 2, as: String.self), let on = Self.cell(cells, 3, as: String.self),
                let recordedAt = Self.cell(cells, 4, as: String.self), let actor = Self.cell(cells, 5, as: String.self),
                let workflowVersion = Self.cell(cells, 6, as: Int.self),
                let stateAfter = Self.cell(cells, 7, as: String?.self), let data = Self.cell(cells, 8, as: String.self),
                let stateHash = Self.cell(cells, 9, as: String?.self),
                let previousHash = Self.cell(cells, 10, as: String.self),
                let hash = Self.cell(cells, 11, as: String.self),
                let format = Self.cell(cells, 12, as: Int.self),
                let personalHash = Self.cell(cells, 13, as: String?.self)
            else { continue }
            let recomputed = ChainHashing.eventHash(
                sequence: sequence, caseYear: caseYear, caseSequence: caseSequence, name: name, on: on,
                recordedAt: recordedAt, actor: actor, workflowVersion: workflowVersion, stateAfter: stateAfter,
                data: data, stateHash: stateHash, previousHash: previousHash, personalHash: personalHash)
            agrees =
                format == 2 && recomputed == hash && caseYear == letter.number.caseNumber.year
                && caseSequence == letter.number.caseNumber.sequence && name == SystemEvent.letterIssued.rawValue
                && letter.matches(eventData: data)
        }
        return agrees
            && letter.files.allSatisfy { file in
                file.content.map { ChainHashing.sha256Hex(bytes: $0) == file.sha256 } ?? true
            }
    }

    /// The letters of a case, oldest first, with who issued them and when (and their files' bytes if
    /// `withContent`).
    func letters(of caseNumber: CaseNumber, withContent: Bool, operation: String, on connection: PostgresConnection)
        async throws -> [IssuedLetter]
    {
        let files = try await connection.guardedQuery(
            """
            SELECT number, format, sha256, CASE WHEN \(withContent) THEN content END FROM letter_file
            WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence) ORDER BY number, format
            """, logger: logger)
        var filesByLetter: [Int: [IssuedLetter.File]] = [:]
        for try await (number, formatText, sha256, content) in files.decode((Int, String, String, ByteBuffer?).self) {
            guard let format = LetterFormat(rawValue: formatText) else {
                throw StoreError.unreadable(
                    operation: operation, what: "letter \(LetterNumber(caseNumber: caseNumber, sequence: number))")
            }
            let bytes = content.map { Array($0.readableBytesView) }
            filesByLetter[number, default: []].append(IssuedLetter.File(format: format, sha256: sha256, content: bytes))
        }
        let rows = try await connection.guardedQuery(
            """
            SELECT letter.number, letter.type, letter.language, letter.date, letter.profile_version, letter.format,
                letter.body_sha256, letter.event_sequence, event.actor, event.on_day
            FROM letter LEFT JOIN event ON event.sequence = letter.event_sequence
            WHERE letter.case_year = \(caseNumber.year) AND letter.case_sequence = \(caseNumber.sequence)
            ORDER BY letter.number
            """, logger: logger)
        var letters: [IssuedLetter] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let number = (Self.cell(cells, 0, as: Int.self)) ?? 0
            let letterNumber = LetterNumber(caseNumber: caseNumber, sequence: number)
            guard let type = (Self.cell(cells, 1, as: String.self)).flatMap(LetterType.init(rawValue:)),
                let language = (Self.cell(cells, 2, as: String.self)).flatMap(Language.init(rawValue:)),
                let date = (Self.cell(cells, 3, as: String.self)).flatMap(CivilDate.init(parsing:)),
                let profileVersion = Self.cell(cells, 4, as: Int?.self),
                let format = (Self.cell(cells, 5, as: String.self)).flatMap(LetterFormat.init(rawValue:)),
                let bodySHA256 = Self.cell(cells, 6, as: String.self), let event = Self.cell(cells, 7, as: Int64.self)
            else {
                throw StoreError.unreadable(operation: operation, what: "letter \(letterNumber)")
            }
            let own = filesByLetter[number] ?? []
            var letter = IssuedLetter(
                number: letterNumber, type: type, language: language, date: date, profileVersion: profileVersion,
                format: format, bodySHA256: bodySHA256,
                files: LetterFormat.allCases.compactMap { format in own.first { $0.format == format } })
            letter.eventSequence = event
            letter.actor = Self.cell(cells, 8, as: String.self)
            letter.issuedOn = (Self.cell(cells, 9, as: String.self)).flatMap(CivilDate.init(parsing:))
            letters.append(letter)
        }
        return letters
    }

    /// Checks that a letter and its entry are the ones the transaction allotted.
    private static func check(
        _ letter: IssuedLetter, _ entry: EventEntry, number: LetterNumber, state: StateID, operation: String
    ) throws {
        guard letter.number == number else {
            throw StoreError.failed(
                operation: operation, reason: "the letter is numbered \(letter.number), not \(number)")
        }
        guard entry.caseNumber == number.caseNumber, entry.name == SystemEvent.letterIssued.rawValue,
            entry.stateAfter == state, letter.matches(eventData: entry.data)
        else {
            throw StoreError.failed(
                operation: operation, reason: "the event does not record letter \(number) of this case")
        }
        for file in letter.files {
            guard let content = file.content, ChainHashing.sha256Hex(bytes: content) == file.sha256 else {
                throw StoreError.failed(
                    operation: operation,
                    reason: "the \(file.format.rawValue) form of letter \(number) does not match its hash")
            }
        }
    }
}
