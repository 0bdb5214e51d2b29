import DSRCore
import DSRStore
import Foundation
import Testing

/// Importing into and exporting from a register: all or nothing, re-imports, round trips, and the hash chain.
struct ImportTests {
    static let today = CivilDate(year: 2026, month: 11, day: 21) ?? CivilDate(daysSinceEpoch: 0)

    /// The result of an import: its summary and the issues it reported.
    struct Outcome {
        var summary: ImportSummary
        var issues: [ImportIssue]
    }

    /// Imports bytes, fed in chunks of `chunk` bytes.
    static func run(
        _ store: SQLiteStore, _ bytes: [UInt8], chunk: Int = 64,
        options: RequestImporter.Options = .init()
    ) async throws -> Outcome {
        let importer = RequestImporter(storage: store, workflows: try WorkflowCatalog.builtIn())
        let source = ChunkSource(bytes: bytes, chunk: chunk)
        var issues: [ImportIssue] = []
        let summary = try await importer.run(
            options: options, actor: "importer", now: Fixture.now, today: today, read: { source.next() },
            report: { progress in
                if case .issue(let issue) = progress { issues.append(issue) }
            })
        return Outcome(summary: summary, issues: issues)
    }

    static func run(_ store: SQLiteStore, _ text: String, options: RequestImporter.Options = .init()) async throws
        -> Outcome
    {
        try await run(store, Array(text.utf8), options: options)
    }

    /// A register's requests in export form.
    static func export(_ store: SQLiteStore, separator: Character = ",") async throws -> String {
        var lines = [RequestExport.csvHeader(separator: separator)]
        for try await request in store.exportedRequests(RequestQuery(includeClosed: true), pageSize: 2) {
            lines.append(
                RequestExport.csvLine(
                    request.record, acknowledgedOn: request.acknowledgedOn,
                    separator: separator))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A file as Finnish Excel writes it: byte-order mark, semicolons, CR LF, Finnish headers and dates, and a
    /// quoted address with a line break.
    static let finnishFile =
        "\u{FEFF}viite;laji;saapunut;nimi;sähköposti;osoite;kieli;kanava;tila;kuitattu;suljettu;lopputulos\r\n"
        + "A-1;tarkastuspyyntö;5.10.2026;Matti Meikäläinen;matti@example.fi;\"Kotikatu 1\r\n00100 Helsinki\";fi;posti;;;;\r\n"
        + "A-2;poistopyyntö;1.9.2026;Maija Mäki;;;sv;sähköposti;;2.9.2026;30.9.2026;toteutettu\r\n"
        + "A-3;kielto;2.1.2025;Juha Järvi;;;fi;verkkolomake;evätty;;5.1.2025;\r\n"
        + "A-4;siirtopyyntö;3.11.2026;Anna Aho;;;en;email;in-progress;;;\r\n"

    @Test func aFinnishExcelFileIsImportedWithItsHistoryAndTheChainHolds() async throws {
        // Given an empty register
        let store = try SQLiteStore.inMemory()

        // When the file is imported
        let result = try await Self.run(store, Self.finnishFile)

        // Then every row is a request, numbered by year of receipt in file order
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(result.summary.imported == 4)
        #expect(result.summary.closed == 2)
        #expect(result.summary.stored)
        let all = try await store.records(RequestQuery(includeClosed: true))
        #expect(Set(all.map(\.caseNumber.description)) == ["2026-0001", "2026-0002", "2025-0001", "2026-0003"])
        let first = try #require(try await store.record(CaseNumber(year: 2026, sequence: 1)))
        #expect(first.subject.address == "Kotikatu 1\n00100 Helsinki")
        #expect(first.channel == .post)
        #expect(first.reference == "A-1")
        #expect(first.deadline == CivilDate(year: 2026, month: 11, day: 5))
        // And the closed ones carry their events on the days given
        let erasure = try await store.events(of: CaseNumber(year: 2026, sequence: 2))
        #expect(erasure.map(\.name) == ["register", "acknowledge", "close-imported"])
        #expect(erasure.map(\.on.description) == ["2026-09-01", "2026-09-02", "2026-09-30"])
        let objection = try #require(try await store.record(CaseNumber(year: 2025, sequence: 1)))
        #expect(objection.outcome == .refused)
        #expect(objection.closedOn == CivilDate(year: 2025, month: 1, day: 5))
        #expect(
            try await store.records(RequestQuery(overdueAsOf: Self.today)).map(\.caseNumber.description) == [
                "2026-0001"
            ])
        // And the register verifies, state and chain
        let report = try store.verifyChain()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.eventsChecked == 1 + 3 + 2 + 2)
    }

    @Test func anyInvalidRowMeansNothingIsWrittenAndEveryProblemIsListed() async throws {
        // Given a register with one request registered by hand
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        let headBefore = try store.verifyChain().headHash

        // When a file with two bad rows among good ones is imported
        let file =
            "kind,received,name,email\naccess,2026-10-01,A,\nnonsense,2026-10-02,B,b@x.fi\n"
            + "erasure,2026-10-03,C,\naccess,2026-99-01,,d\n"
        let result = try await Self.run(store, file)

        // Then every problem is listed by line and column
        #expect(
            result.issues.map(\.description) == [
                "line 3, column kind: is not a request kind; use access, rectification, erasure, restriction, portability "
                    + "or objection, or a Finnish name such as tarkastuspyyntö",
                "line 5, column received: is not a real date; write it as YYYY-MM-DD (2026-11-05) or D.M.YYYY (5.11.2026)",
                "line 5, column name: is empty; every row needs the data subject's name",
                "line 5, column email: is not an e-mail address (name@example.fi)",
            ])
        #expect(result.summary.invalid == 2)
        #expect(result.summary.failure == .invalidRows(count: 2, valid: 2))
        // And nothing was written: no request, no event, no case number used
        #expect(!result.summary.stored)
        #expect(try await store.records(RequestQuery(includeClosed: true)).count == 1)
        #expect(try store.verifyChain().headHash == headBefore)
        let next = try Fixture.register(service, received: try Fixture.day(2026, 10, 1), today: Self.today)
        #expect(next.caseNumber == CaseNumber(year: 2026, sequence: 2))
    }

    @Test func skipInvalidWritesTheValidRowsAndListsTheRest() async throws {
        let store = try SQLiteStore.inMemory()
        let file = "kind,received,name\naccess,2026-10-01,A\nnonsense,2026-10-02,B\nerasure,2026-10-03,C\n"
        let result = try await Self.run(store, file, options: .init(skipInvalid: true))
        #expect(result.issues.map(\.line) == [3])
        #expect(result.summary.imported == 2)
        #expect(result.summary.invalid == 1)
        #expect(result.summary.failure == nil)
        #expect(
            try await store.records(RequestQuery()).map(\.caseNumber.description).sorted() == [
                "2026-0001", "2026-0002",
            ])
        #expect(try store.verifyChain().isIntact)
    }

    @Test func importingTheSameFileAgainAddsNothing() async throws {
        // Given a register into which a file (rows with and without references) was imported
        let store = try SQLiteStore.inMemory()
        let file =
            Self.finnishFile
            + "A-5;tarkastus;4.11.2026;Sama Henkilö;;;;;;;;\r\n;tarkastus;4.11.2026;Sama Henkilö;;;;;;;;\r\n"
            + ";tarkastus;4.11.2026;Toinen Henkilö;;;;;;;;\r\n"
        let first = try await Self.run(store, file)
        #expect(first.summary.imported == 7)
        let before = try await Self.export(store)

        // When it is imported again
        let second = try await Self.run(store, file)

        // Then nothing is added and the register is unchanged
        #expect(second.summary.imported == 0)
        #expect(second.summary.alreadyPresent == 7)
        #expect(try await Self.export(store) == before)
    }

    @Test func aRepeatedRowWithinAFileIsOneRequest() async throws {
        let store = try SQLiteStore.inMemory()
        let result = try await Self.run(store, "kind,received,name\naccess,2026-10-01,A\naccess,2026-10-01,A\n")
        #expect(result.summary.imported == 1)
        #expect(result.summary.alreadyPresent == 1)
    }

    @Test func rowsAfterOneAlreadyPresentGetTheNextNumbers() async throws {
        // Given a register with one imported request (the reading thread prepares rows under the numbers they get
        // if none is skipped)
        let store = try SQLiteStore.inMemory()
        _ = try await Self.run(store, "reference,kind,received,name\nR-1,access,2026-10-01,A\n")

        // When a file repeats it before new rows of the same year
        let result = try await Self.run(
            store,
            "reference,kind,received,name,closed,outcome\nR-1,access,2026-10-01,A,,\n"
                + "R-2,erasure,2026-10-02,B,2026-10-05,completed\nR-3,access,2025-10-03,C,,\n"
                + "R-4,access,2026-10-04,D,,\n")

        // Then the new rows are numbered on from the register, and their stored states agree with the chain
        #expect(result.summary.alreadyPresent == 1)
        #expect(result.summary.imported == 3)
        let numbers = try await store.records(RequestQuery(includeClosed: true)).map {
            "\($0.reference ?? "")=\($0.caseNumber)"
        }
        #expect(Set(numbers) == ["R-1=2026-0001", "R-2=2026-0002", "R-3=2025-0001", "R-4=2026-0003"])
        #expect(try store.verifyChain().isIntact)
    }

    @Test func aDryRunWritesNothingButTellsWhatWouldHappen() async throws {
        let store = try SQLiteStore.inMemory()
        let result = try await Self.run(store, Self.finnishFile, options: .init(dryRun: true))
        #expect(result.summary.imported == 4)
        #expect(result.summary.firstCase == CaseNumber(year: 2026, sequence: 1))
        #expect(!result.summary.stored)
        #expect(try await store.records(RequestQuery(includeClosed: true)).isEmpty)
        #expect(try store.verifyChain().eventsChecked == 0)
    }

    @Test(arguments: [",", ";"] as [Character])
    func exportThenImportIntoAnEmptyRegisterRoundTrips(separator: Character) async throws {
        // Given a register with imported requests and requests registered and handled by hand
        let original = try SQLiteStore.inMemory()
        _ = try await Self.run(original, Self.finnishFile)
        let service = try Fixture.service(original)
        let registered = try Fixture.register(
            service, .rectification, received: try Fixture.day(2026, 10, 1),
            today: Self.today)
        try Fixture.apply(service, "acknowledge", to: registered.caseNumber, on: try Fixture.day(2026, 10, 2))
        try Fixture.apply(
            service, "extend", to: registered.caseNumber, on: try Fixture.day(2026, 10, 20), reason: "Many systems.")
        let withdrawn = try Fixture.register(
            service, .access, received: try Fixture.day(2026, 10, 3), today: Self.today)
        try Fixture.apply(service, "withdraw", to: withdrawn.caseNumber, on: try Fixture.day(2026, 10, 4))

        // When it is exported and the export imported into an empty register
        let exported = try await Self.export(original, separator: separator)
        let copy = try SQLiteStore.inMemory()
        let result = try await Self.run(copy, Array(exported.utf8), chunk: 17)

        // Then the copy exports the same file, and holds the same requests under the same case numbers
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(try await Self.export(copy, separator: separator) == exported)
        let originals = try await original.records(RequestQuery(includeClosed: true))
        let copies = try await copy.records(RequestQuery(includeClosed: true))
        #expect(copies.map(\.caseNumber) == originals.map(\.caseNumber))
        #expect(copies.map(\.deadline) == originals.map(\.deadline))
        #expect(copies.map(\.state) == originals.map(\.state))
        #expect(copies.map(\.subject) == originals.map(\.subject))
        #expect(copies.map(\.reference) == originals.map(\.reference))
        #expect(try copy.verifyChain().isIntact)
        // And importing the export again, into the copy or into the original (whose requests registered by hand
        // have no import key), adds nothing
        #expect(try await Self.run(copy, Array(exported.utf8)).summary.alreadyPresent == originals.count)
        #expect(try await Self.run(original, Array(exported.utf8)).summary.alreadyPresent == originals.count)
    }

    @Test func jsonLinesImportLikeCSV() async throws {
        let store = try SQLiteStore.inMemory()
        let file =
            "{\"laji\":\"tarkastus\",\"saapunut\":\"5.10.2026\",\"nimi\":\"A\",\"viite\":\"J-1\"}\n"
            + "{\"kind\":\"erasure\",\"received\":\"2026-09-01\",\"name\":\"B\",\"closed\":\"2026-09-05\",\"outcome\":\"withdrawn\"}\n"
        let result = try await Self.run(store, file)
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(result.summary.imported == 2)
        #expect(try await store.record(CaseNumber(year: 2026, sequence: 2))?.outcome == .withdrawn)
    }

    @Test func aBadHeaderStopsTheImportBeforeAnyRow() async throws {
        let store = try SQLiteStore.inMemory()
        await #expect(throws: ImportError.invalidHeader([.unknown("colour", position: 4, closest: nil)])) {
            try await Self.run(store, "kind,received,name,colour\naccess,2026-10-01,A,red\n")
        }
        await #expect(throws: ImportError.emptyFile) { try await Self.run(store, "") }
        #expect(try await store.records(RequestQuery(includeClosed: true)).isEmpty)
    }

    @Test func importedAndRegisteredRequestsShareOneChain() async throws {
        // Given requests registered before and after an import
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        try Fixture.register(service, received: try Fixture.day(2026, 9, 1), today: Self.today)
        _ = try await Self.run(store, Self.finnishFile)
        let after = try Fixture.register(service, received: try Fixture.day(2026, 11, 20), today: Self.today)

        // Then case numbers continue and the chain verifies from the first event to the last
        #expect(after.caseNumber == CaseNumber(year: 2026, sequence: 5))
        let report = try store.verifyChain()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.requestsChecked == 6)
    }

    @Test func aFailureInsideSQLiteStopsTheImportWithoutPersonalDataAndWritesNothing() async throws {
        // Given a register whose schema refuses erasure requests (standing in for any failure inside SQLite)
        let store = try SQLiteStore.inMemory()
        try store.executeForTesting(
            """
            CREATE TRIGGER test_refuseErasure BEFORE INSERT ON request WHEN NEW.kind = 'erasure'
            BEGIN SELECT RAISE(ABORT, 'test refuses erasures'); END
            """)

        // When a file with an erasure request among others is imported
        let error = try await #require(throws: StoreError.self) {
            try await Self.run(
                store,
                "kind,received,name,email\naccess,2026-10-01,Salainen Henkilö,salainen@example.fi\n"
                    + "erasure,2026-10-02,Salainen Henkilö,salainen@example.fi\n")
        }

        // Then the import stops with SQLite's reason, names no person, and writes nothing
        #expect(error.errorDescription?.contains("test refuses erasures") == true, "\(error)")
        #expect(error.errorDescription?.contains("Salainen") == false)
        #expect(error.errorDescription?.contains("2026-0002") == true)
        #expect(try await store.records(RequestQuery(includeClosed: true)).isEmpty)
        #expect(try store.verifyChain().eventsChecked == 0)
    }

    @Test func theReferenceIsUniqueInTheRegister() async throws {
        // Given an imported request with reference A-1
        let store = try SQLiteStore.inMemory()
        _ = try await Self.run(store, Self.finnishFile)

        // When SQL tries to give another request the same reference, SQLite refuses
        #expect(throws: StoreError.self) {
            try store.tamperForTesting("UPDATE request SET reference = 'A-1' WHERE reference = 'A-2'")
        }
    }
}

/// Bytes handed out in chunks, as a file is read, to the import's reading task.
///
/// `@unchecked Sendable` because the import calls `next()` from one task at a time, each call awaited before the next.
final class ChunkSource: @unchecked Sendable {
    private let bytes: [UInt8]
    private let chunk: Int
    private var offset = 0

    init(bytes: [UInt8], chunk: Int) {
        self.bytes = bytes
        self.chunk = chunk
    }

    /// The next chunk, or `nil` at the end (called by one thread at a time).
    func next() -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        defer { offset += chunk }
        return Array(bytes[offset..<min(bytes.count, offset + chunk)])
    }
}

/// Import keys are the SHA-256 of their digest input, as `dsr audit verify` recomputes them, and stay the same
/// from one dsr to the next (keys stored by earlier imports must still be found).
struct ImportKeyDigestTests {
    @Test func aKeyIsTheSHA256OfItsDigestInputAndDoesNotChange() throws {
        let draft = RequestDraft(
            kind: .access, subject: DataSubject(name: "Maija Meikäläinen", email: "maija@example.fi"),
            received: try Fixture.day(2026, 10, 1), channel: .email)
        let record = try RequestRules.initialRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 1), draft: draft,
            workflow: try WorkflowCatalog.builtIn()[.access], calculator: DeadlineCalculator())
        var input: [UInt8] = []
        ImportKey.writeDigestInput(of: record, into: &input)
        #expect(ImportKey.of(draft) == SQLiteStore.sha256ForTesting(input))
        #expect(ImportKey.of(record) == ImportKey.of(draft))
        // The key of this draft as dsr has always made it (plain-Swift SHA-256 before swift-crypto's).
        #expect(ImportKey.of(draft) == "220557debfc58db4a7dadac17c90baee47c705ef78ceceac3fb933c8eaf5fbae")
    }
}
