import DSRCore
import Foundation
import Synchronization
import Testing

@testable import DSRPostgres

/// Imports into a PostgreSQL register through the real importer: many batches in one transaction, lookups answered
/// from the register (re-imports find their rows present, a reference of someone else is a conflict), case numbers
/// gapless and the chain intact. Runs when `DSR_TEST_POSTGRES_URL` is set.
struct PostgresImportTests {
    static let today = CivilDate(year: 2026, month: 11, day: 21) ?? CivilDate(daysSinceEpoch: 0)
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// Feeds bytes in chunks.
    final class Source: Sendable {
        private let chunks: [[UInt8]]
        private let next = Mutex(0)

        init(_ text: String, chunk: Int = 4096) {
            let bytes = Array(text.utf8)
            chunks = stride(from: 0, to: bytes.count, by: chunk).map { Array(bytes[$0..<min($0 + chunk, bytes.count)]) }
        }

        func read() -> [UInt8]? {
            next.withLock { index in
                defer { index += 1 }
                return index < chunks.count ? chunks[index] : nil
            }
        }
    }

    /// Imports `text` and returns the summary and the issues reported.
    static func run(_ store: PostgresStore, _ text: String) async throws -> (ImportSummary, [ImportIssue]) {
        let importer = RequestImporter(storage: store, workflows: try WorkflowCatalog.builtIn())
        let source = Source(text)
        var issues: [ImportIssue] = []
        let summary = try await importer.run(
            options: .init(), actor: "importer", now: now, today: today, read: { source.read() },
            report: { progress in
                if case .issue(let issue) = progress { issues.append(issue) }
            })
        return (summary, issues)
    }

    /// A file of `count` requests received in 2026; every third has no reference.
    static func file(_ count: Int) -> String {
        var lines = ["kind,received,name,reference"]
        for index in 1...count {
            lines.append("access,2026-10-\(10 + index % 10),Henkilö \(index),\(index % 3 == 0 ? "" : "R-\(index)")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func aLargeImportIsStoredGaplessAndAgainFindsEveryRowPresent() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            // Given one request registered by hand
            let draft = RequestDraft(
                kind: .access, subject: DataSubject(name: "Käsin Kirjattu"), received: Self.today, reference: "HAND-1")
            _ = try await store.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: draft, caseNumber: caseNumber, workflow: try WorkflowCatalog.builtIn()[.access],
                    calculator: DeadlineCalculator(), actor: "test-officer", now: Self.now)
            }

            // When a file of 2,500 requests is imported
            let (summary, issues) = try await Self.run(store, Self.file(2_500))

            // Then all are stored, numbered on from the one registered, gapless
            #expect(issues.isEmpty, "\(issues)")
            #expect(summary.imported == 2_500 && summary.stored)
            let numbers = try await store.records(RequestQuery(includeClosed: true)).map(\.caseNumber.sequence)
            #expect(numbers.sorted() == Array(1...2_501))
            #expect(try await store.record(CaseNumber(year: 2026, sequence: 2))?.reference == "R-1")
            let found = try await store.search(SearchQuery(text: "R-2500")).map(\.caseNumber.sequence)
            #expect(found == [2_501])

            // And the chain verifies, its head written once at the end
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.eventsChecked == 2_501 && report.requestsChecked == 2_501)

            // When the same file is imported again, every row is present (by reference, or by its import key)
            let (again, againIssues) = try await Self.run(store, Self.file(2_500))
            #expect(againIssues.isEmpty)
            #expect(again.imported == 0 && again.alreadyPresent == 2_500)

            // And a row whose reference belongs to someone else stops the import, which stores nothing
            let (conflict, conflictIssues) = try await Self.run(
                store,
                "kind,received,name,reference\naccess,2026-10-10,Uusi Ihminen,NEW-1\n"
                    + "access,2026-10-10,Joku Muu,HAND-1\n")
            #expect(conflict.invalid == 1 && !conflict.stored)
            #expect(conflictIssues.first?.message.contains("2026-0001") == true)
            #expect(try await store.records(RequestQuery(includeClosed: true)).count == 2_501)
            await store.close()
        }
    }
    @Test(.enabled(if: PostgresServer.isGiven))
    func registrationsDuringAnImportWaitForItAndNumbersStayGapless() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let password = PostgresServer.password(location)
            let importing = try await PostgresStore.open(location, password: password, migrating: true)
            let registering = try await PostgresStore.open(location, password: password, migrating: false)
            let workflow = try WorkflowCatalog.builtIn()[.access]

            // When 20 requests are registered one by one from another pool while 1,500 are imported
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    let (summary, issues) = try await Self.run(importing, Self.file(1_500))
                    #expect(issues.isEmpty && summary.imported == 1_500 && summary.stored)
                }
                group.addTask {
                    for index in 1...20 {
                        let draft = RequestDraft(
                            kind: .access, subject: DataSubject(name: "Käsin \(index)"), received: Self.today)
                        _ = try await registering.insert(year: 2026) { caseNumber in
                            try RequestRules.registration(
                                of: draft, caseNumber: caseNumber, workflow: workflow,
                                calculator: DeadlineCalculator(), actor: "test-officer", now: Self.now)
                        }
                    }
                }
                try await group.waitForAll()
            }

            // Then every request is there, numbered gapless, on one unbroken chain
            let numbers = try await importing.records(RequestQuery(includeClosed: true)).map(\.caseNumber.sequence)
            #expect(numbers.sorted() == Array(1...1_520))
            let report = try await importing.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.eventsChecked == 1_520)
            await registering.close()
            await importing.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func textsWithTheCopyFormatsSpecialCharactersAreStoredExactlyAsHashed() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            // When names and notes hold a backslash, COPY's null and end-of-data marks, and notes a tab and line breaks
            let names = ["Back\\slash Nimi", "Tabi Nimi", "Rivi\\N Nimi", "\\. Piste", "Åsa \\\\ Öhman"]
            let notes = ["rivi yksi\nrivi kaksi", "cr\r\nlf", "\\N", "\\.", "tab\tja \\t"]
            var lines = ["kind,received,name,reference,note"]
            for (index, (name, note)) in zip(names, notes).enumerated() {
                lines.append("access,2026-10-10,\"\(name)\",C-\(index),\"\(note)\"")
            }
            let (summary, issues) = try await Self.run(store, lines.joined(separator: "\n") + "\n")
            #expect(issues.isEmpty, "\(issues)")
            #expect(summary.imported == 5 && summary.stored)

            // Then each record reads back as written, and the chain, which hashed those texts, verifies
            for (index, (name, note)) in zip(names, notes).enumerated() {
                let record = try await store.record(CaseNumber(year: 2026, sequence: index + 1))
                #expect(record?.subject.name == name)
                #expect(record?.note == note.replacingOccurrences(of: "\r\n", with: "\n"))
            }
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func aBatchTheDatabaseRefusesEndsTheImportWithNothingStored() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            // Given a rule of the owner's that refuses the search row of case 2026-1700, in a later batch than the first
            let rule = try PostgresServer.psql(
                location,
                """
                CREATE FUNCTION refuse_1700() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.case_sequence = 1700 THEN RAISE EXCEPTION 'case 1700 refused by the owner'; END IF;
                RETURN NEW; END; $$;
                CREATE TRIGGER refuse_1700 BEFORE INSERT ON request_search FOR EACH ROW EXECUTE FUNCTION refuse_1700();
                """)
            #expect(rule.status == 0, "\(rule.stderr)")

            // When 2,500 requests are imported
            await #expect {
                _ = try await Self.run(store, Self.file(2_500))
            } throws: { error in
                // Then the import fails with the database's reason
                guard case .failed(let operation, let reason) = error as? StoreError else { return false }
                return operation == "import requests" && reason.contains("case 1700 refused by the owner")
            }

            // And nothing was stored: the register is as before, and takes a registration at number 1
            #expect(try await store.records(RequestQuery(includeClosed: true)).isEmpty)
            let draft = RequestDraft(kind: .access, subject: DataSubject(name: "Käsin Kirjattu"), received: Self.today)
            let stored = try await store.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: draft, caseNumber: caseNumber, workflow: try WorkflowCatalog.builtIn()[.access],
                    calculator: DeadlineCalculator(), actor: "test-officer", now: Self.now)
            }
            #expect(stored.caseNumber == CaseNumber(year: 2026, sequence: 1))
            let report = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func aRowRepeatedInALaterBatchIsFoundPresent() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            // When a file repeats, after more than a batch of rows, a row without a reference (found by its import
            // key) and a row with one
            let text = Self.file(store.importRowsPerBatch + 50)
            let lines = text.split(separator: "\n")
            let repeated = text + lines[3] + "\n" + lines[1] + "\n"
            let (summary, issues) = try await Self.run(store, repeated)

            // Then both repeats are found present (the later batch's lookups run while the earlier batch is copied)
            #expect(issues.isEmpty, "\(issues)")
            #expect(summary.imported == store.importRowsPerBatch + 50 && summary.alreadyPresent == 2 && summary.stored)
            #expect(try await store.records(RequestQuery(includeClosed: true)).count == store.importRowsPerBatch + 50)
            await store.close()
        }
    }
}
