import DSRCore
import DSRStore
import Foundation
import Testing

/// Issued letters in the register: numbering, the chained letter-issued event, byte-for-byte copies, and the rules
/// SQLite enforces on the letter tables.
struct IssuedLetterStoreTests {
    /// A letter as DSRLetters would write it: a text and an HTML form whose bytes depend on the number and body.
    static func letter(
        _ number: LetterNumber, body: String = "Pyyntönne evätään.", profileVersion: Int?,
        date: CivilDate
    ) -> IssuedLetter {
        let files = [LetterFormat.text, .html].map { format in
            let bytes = Array("\(format.rawValue)\n\(body)\n\(number)\n".utf8)
            return IssuedLetter.File(format: format, sha256: SQLiteStore.sha256ForTesting(bytes), content: bytes)
        }
        return IssuedLetter(
            number: number, type: .refusal, language: .fi, date: date, profileVersion: profileVersion,
            format: .text, bodySHA256: SQLiteStore.sha256ForTesting(Array(body.utf8)), files: files)
    }

    /// A register with a refused access request (2026-0001) and a controller profile.
    private func refusedCase() throws -> (SQLiteStore, StoreWriter, CaseNumber) {
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        _ = try service.setControllerProfile(
            ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5"),
            actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 3, 2),
            source: "test")
        let record = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        try Fixture.apply(
            service, "refuse", to: record.caseNumber, on: try Fixture.day(2026, 3, 20),
            reason: "Neljäs pyyntö.", grounds: ["art12-5-excessive"])
        return (store, service, record.caseNumber)
    }

    /// Issues the fixture letter with a body.
    @discardableResult
    private func issue(_ service: StoreWriter, _ caseNumber: CaseNumber, body: String = "Pyyntönne evätään.")
        throws -> LetterIssue
    {
        let date = try Fixture.day(2026, 3, 20)
        return try service.issueLetter(caseNumber, actor: Fixture.actor, now: Fixture.now, today: date) { context in
            Self.letter(context.number, body: body, profileVersion: context.profileVersion, date: date)
        }
    }

    @Test func issuingStoresTheLetterWithAChainedEventAndLeavesTheRequestAsItWas() throws {
        // Given a refused request
        let (store, service, caseNumber) = try refusedCase()
        let before = try #require(try store.record(caseNumber))
        let eventsBefore = try store.events(of: caseNumber).count

        // When a letter is issued
        let result = try issue(service, caseNumber)

        // Then it is letter L1, recorded by one letter-issued event whose data lists the files' hashes
        guard case .issued(let letter) = result else {
            Issue.record("expected a new letter, got \(result)")
            return
        }
        #expect(letter.number.description == "2026-0001/L1")
        #expect(letter.profileVersion == 1)
        let events = try store.events(of: caseNumber)
        #expect(events.count == eventsBefore + 1)
        let event = try #require(events.last)
        #expect(event.name == "letter-issued")
        #expect(event.data == letter.eventData())
        #expect(event.stateAfter == before.state)
        #expect(!event.data.contains("Pyyntönne"), "the event holds hashes, not the letter's text")
        // And the request is unchanged, the chain verifies, and the letter reads back byte for byte
        #expect(try store.record(caseNumber) == before)
        #expect(try store.verifyChain().problems.isEmpty)
        let stored = try #require(try store.issuedLetters(of: caseNumber).first)
        #expect(stored.files == letter.files)
        #expect(stored.actor == Fixture.actor)
        #expect(stored.issuedOn == (try Fixture.day(2026, 3, 20)))
        #expect(stored.eventSequence == event.sequence)
        let html = try #require(letter.file(.html))
        #expect(try store.issuedLetters(withFileSHA256: html.sha256).map(\.number) == [letter.number])
        #expect(try store.issuedLetters(withFileSHA256: String(repeating: "0", count: 64)).isEmpty)
        #expect(try store.issuedLetterProblems().isEmpty)
    }

    @Test func issuingTheSameContentAgainRecordsNothing() throws {
        // Given a letter issued once
        let (store, service, caseNumber) = try refusedCase()
        try issue(service, caseNumber)
        let events = try store.events(of: caseNumber).count

        // When the same letter is issued again
        let again = try issue(service, caseNumber)

        // Then the first letter is returned and nothing is recorded
        guard case .alreadyIssued(let letter) = again else {
            Issue.record("expected the earlier letter")
            return
        }
        #expect(letter.number.sequence == 1)
        #expect(letter.file(.text)?.content != nil)
        #expect(try store.events(of: caseNumber).count == events)
        #expect(try store.issuedLetters(of: caseNumber).count == 1)
    }

    @Test func reissuingAfterTheProfileChangedGivesTheNextNumberAndKeepsTheOldLetter() throws {
        // Given a letter issued under profile version 1
        let (store, service, caseNumber) = try refusedCase()
        guard case .issued(let first) = try issue(service, caseNumber) else {
            Issue.record("not issued")
            return
        }

        // When the profile changes and the letter is issued again, even with the same text
        _ = try service.setControllerProfile(
            ControllerProfile(
                name: "Esimerkki Oy", businessID: "2747637-5",
                phone: "09 123 4567"),
            actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 3, 20),
            source: "test")
        guard case .issued(let second) = try issue(service, caseNumber) else {
            Issue.record("not reissued")
            return
        }

        // Then it is L2 under version 2, and L1 is kept byte for byte
        #expect(second.number.sequence == 2)
        #expect(second.profileVersion == 2)
        let letters = try store.issuedLetters(of: caseNumber)
        #expect(letters.map(\.number.sequence) == [1, 2])
        #expect(letters[0].files == first.files)
        #expect(try service.issuedLetter(first.number).files == first.files)
        #expect(try store.verifyChain().problems.isEmpty)
    }

    @Test func eachCaseNumbersItsOwnLetters() throws {
        let (store, service, caseNumber) = try refusedCase()
        let other = try Fixture.register(service, received: try Fixture.day(2026, 3, 3))
        try issue(service, caseNumber)
        try issue(service, caseNumber, body: "Toinen kirje.")
        guard case .issued(let letter) = try issue(service, other.caseNumber) else {
            Issue.record("not issued")
            return
        }
        #expect(letter.number.description == "2026-0002/L1")
        #expect(try store.issuedLetters(of: caseNumber).map(\.number.sequence) == [1, 2])
    }

    @Test func aFailedOrMisnumberedLetterStoresNothing() throws {
        // Given a refused request
        let (store, service, caseNumber) = try refusedCase()
        let events = try store.events(of: caseNumber).count
        let date = try Fixture.day(2026, 3, 20)
        struct WriterFailed: Error {}

        // When the writer fails, or numbers the letter itself
        #expect(throws: WriterFailed.self) {
            try service.issueLetter(caseNumber, actor: Fixture.actor, now: Fixture.now, today: date) { _ in
                throw WriterFailed()
            }
        }
        let wrong = LetterNumber(caseNumber: caseNumber, sequence: 7)
        #expect(
            throws: IssuedLetterError.numberMismatch(
                expected: LetterNumber(caseNumber: caseNumber, sequence: 1),
                got: wrong)
        ) {
            try service.issueLetter(caseNumber, actor: Fixture.actor, now: Fixture.now, today: date) { _ in
                Self.letter(wrong, profileVersion: 1, date: date)
            }
        }

        // Then nothing was stored
        #expect(try store.events(of: caseNumber).count == events)
        #expect(try store.issuedLetters(of: caseNumber).isEmpty)
    }

    @Test func whatHappensBeforeRecordingDecidesWhetherTheLetterIsRecorded() throws {
        // Given a refused request
        let (store, service, caseNumber) = try refusedCase()
        let events = try store.events(of: caseNumber).count
        let date = try Fixture.day(2026, 3, 20)
        struct FileNotWritten: Error {}

        // When the step before recording (the tool writes the letter's file there) fails, nothing is stored
        #expect(throws: FileNotWritten.self) {
            try service.issueLetter(
                caseNumber, actor: Fixture.actor, now: Fixture.now, today: date,
                beforeRecording: { _ in throw FileNotWritten() },
                write: { context in Self.letter(context.number, profileVersion: context.profileVersion, date: date) })
        }
        #expect(try store.events(of: caseNumber).count == events)
        #expect(try store.issuedLetters(of: caseNumber).isEmpty)

        // And when it succeeds, it saw exactly the letter that is then recorded, once, and not for a reissue
        var seen: [IssuedLetter] = []
        for _ in 0..<2 {
            _ = try service.issueLetter(
                caseNumber, actor: Fixture.actor, now: Fixture.now, today: date,
                beforeRecording: { seen.append($0) },
                write: { context in Self.letter(context.number, profileVersion: context.profileVersion, date: date) })
        }
        let stored = try store.issuedLetters(of: caseNumber)
        #expect(stored.count == 1)
        #expect(seen.count == 1)
        #expect(seen.first?.files == stored.first?.files)
        #expect(try store.events(of: caseNumber).count == events + 1)
    }

    @Test func anUnknownCaseOrLetterIsReported() throws {
        let (_, service, _) = try refusedCase()
        let missing = CaseNumber(year: 2026, sequence: 99)
        #expect(throws: StoreError.unknownCase(missing)) { try issue(service, missing) }
        let number = LetterNumber(caseNumber: CaseNumber(year: 2026, sequence: 1), sequence: 5)
        #expect(throws: IssuedLetterError.unknownLetter(number)) { try service.issuedLetter(number) }
    }

    @Test(arguments: [
        "UPDATE letter SET type = 'acknowledgement'",
        "DELETE FROM letter",
        "UPDATE letterFile SET content = X'41'",
        "UPDATE letterFile SET sha256 = 'x'",
        "DELETE FROM letterFile",
        "INSERT INTO letter VALUES (2026, 1, 2, 'refusal', 'fi', '2026-03-20', 1, 'text', 'x', 1)",
        "INSERT INTO letterFile VALUES (2026, 1, 1, 'pdf', 'x', X'00')",
    ])
    func issuedLettersCannotBeChanged(sql: String) throws {
        // Given an issued letter
        let (store, service, caseNumber) = try refusedCase()
        try issue(service, caseNumber)
        let before = try store.issuedLetters(of: caseNumber)

        // When SQL tries to change, delete or add to it, SQLite refuses
        #expect(throws: StoreError.self) { try store.executeForTesting(sql) }
        #expect(try store.issuedLetters(of: caseNumber) == before)
    }

    @Test func aFilesContentCanOnlyBeErased() throws {
        // Given an issued letter
        let (store, service, caseNumber) = try refusedCase()
        guard case .issued(let letter) = try issue(service, caseNumber) else {
            Issue.record("not issued")
            return
        }

        // When its text form is erased (as the removal of personal data will)
        try store.executeForTesting("UPDATE letterFile SET content = NULL WHERE format = 'text'")

        // Then the form is gone, its hash stays, and the letter still agrees with its event
        let stored = try #require(try store.issuedLetters(of: caseNumber).first)
        #expect(stored.file(.text)?.content == nil)
        #expect(stored.file(.text)?.sha256 == letter.file(.text)?.sha256)
        #expect(try store.issuedLetterProblems().isEmpty)
    }

    @Test func aCopyChangedBehindDsrsBackNoLongerMatchesItsEvent() throws {
        // Given an issued letter
        let (store, service, caseNumber) = try refusedCase()
        guard case .issued(let letter) = try issue(service, caseNumber) else {
            Issue.record("not issued")
            return
        }

        // When someone replaces its text form and hash behind dsr's back
        let forged = Array("Pyyntönne hyväksytään.\n".utf8)
        let hash = SQLiteStore.sha256ForTesting(forged)
        try store.tamperForTesting(
            "UPDATE letterFile SET content = X'\(forged.map { String(format: "%02X", $0) }.joined())', "
                + "sha256 = '\(hash)' WHERE format = 'text'")

        // Then a look-up of the forged file is refused, and the check names the letter
        #expect(throws: IssuedLetterError.recordChanged(letter.number)) {
            try store.issuedLetters(withFileSHA256: hash)
        }
        #expect(try store.issuedLetterProblems() == [letter.number])
    }

    @Test func aRegisterOfTheSchemaBeforeLettersGainsTheLetterTables() throws {
        // Given a register file as the schema before letters (version 2) left it
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try SQLiteStore.createRegisterForTesting(at: path, upTo: "v2")

        // When this dsr opens it
        let store = try SQLiteStore(path: path, create: false)

        // Then it is migrated, and a letter can be issued
        #expect(try store.pragmaForTesting("user_version") == String(SQLiteStore.schemaVersion))
        let service = try Fixture.service(store)
        try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        let caseNumber = CaseNumber(year: 2026, sequence: 1)
        guard case .issued(let letter) = try issue(service, caseNumber) else {
            Issue.record("not issued")
            return
        }
        #expect(letter.number.sequence == 1)
        #expect(try store.verifyChain().problems.isEmpty)
    }
}
