import DSRCore
import DSRStore
import Foundation
import Testing

/// `dsr purge`: the personal data of closed requests goes, the statistics and a verifiable history stay, and personal
/// data cannot be removed or changed any other way without the audit finding it.
struct PurgeTests {
    private let cutoff = CivilDate(year: 2026, month: 3, day: 1)

    /// Purges the requests closed before 1 March 2026 and returns the outcomes.
    @discardableResult
    private func purgeClosed(_ store: SQLiteStore) throws -> [PurgeOutcome] {
        let cutoff = try #require(cutoff)
        let closed = try store.records(RequestQuery(includeClosed: true)).filter { ($0.closedOn ?? cutoff) < cutoff }
        return try closed.map { record in
            try store.purgePersonalData(of: record.caseNumber) { current in
                RequestRules.purge(
                    current, closedBefore: cutoff, actor: Fixture.actor, now: Fixture.now,
                    today: try Fixture.day(2026, 11, 21))
            }
        }
    }

    @Test func purgeRemovesPersonalDataAndTheHistoryStillVerifies() throws {
        // Given a register with five closed requests and one open one
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)
        let before = try store.records(RequestQuery(includeClosed: true))

        // When the closed ones are purged
        let outcomes = try purgeClosed(store)

        // Then five requests lost their personal data, each with a purge event
        #expect(outcomes.count == 5)
        #expect(outcomes.allSatisfy { $0.legacyEvents == 0 && $0.eventsPurged >= 1 })
        for caseNumber in cases.prefix(5) {
            let record = try #require(try store.record(caseNumber))
            #expect(record.subject.name == PersonalData.removed)
            #expect(record.personalDataRemovedOn == (try Fixture.day(2026, 11, 21)))
            let events = try store.events(of: caseNumber)
            #expect(events.last?.name == "purge")
            let text = "\(record)" + events.map(\.data).joined()
            for personal in History.closedCasesPersonalData { #expect(!text.contains(personal), "\(personal)") }
        }
        // And kind, dates, states, grounds and outcomes are as they were
        let after = try store.records(RequestQuery(includeClosed: true))
        #expect(after.map(\.state) == before.map(\.state))
        #expect(after.map(\.deadline) == before.map(\.deadline))
        #expect(after.map(\.outcome) == before.map(\.outcome))
        #expect(after.map { $0.refusal?.grounds } == before.map { $0.refusal?.grounds })
        // And the open request keeps its personal data
        let open = try #require(try store.record(cases[5]))
        #expect(open.subject.name == "Fanni Avoin")
        // And the whole register still verifies, every case replayed through its workflow
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.requestsReplayed == 6)
        #expect(report.personalDataPurged == outcomes.map(\.eventsPurged).reduce(0, +))
    }

    @Test func purgedFileKeepsNoTraceOfThePersonalData() throws {
        // Given a register file with the history, written through to the file
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        try History.build(store)
        try store.checkpoint()
        let bytesBefore = try fileBytes(path)
        #expect(History.closedCasesPersonalData.allSatisfy { contains(bytesBefore, $0) })

        // When the closed requests are purged and the log is written into the file
        try purgeClosed(store)
        try store.checkpoint()

        // Then no byte of the file (or of a log) still holds their personal data; the open request's is there
        let bytes = try fileBytes(path) + ((try? fileBytes(path + "-wal")) ?? [])
        for personal in History.closedCasesPersonalData { #expect(!contains(bytes, personal), "\(personal)") }
        #expect(History.openCasePersonalData.allSatisfy { contains(bytes, $0) })
    }

    @Test(arguments: ["DELETE FROM eventPersonal WHERE sequence = 2", "UPDATE eventPersonal SET data = '{}'"])
    func sqliteRefusesToRemoveOrChangePersonalDataWithoutAPurge(sql: String) throws {
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        let error = try #require(throws: StoreError.self) { try store.executeForTesting(sql) }
        #expect(error.errorDescription?.contains("dsr purge") == true)
    }

    @Test func personalDataDeletedBehindDsrsBackIsFound() throws {
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)
        try store.tamperForTesting("DELETE FROM eventPersonal WHERE sequence = 2")

        let report = try store.verifyChain()
        let problem = try #require(report.firstBreak)
        #expect(problem.kind == .personalDataMissing)
        #expect(problem.sequence == 2)
        #expect(problem.caseNumber == cases[0])
    }

    @Test func changedPersonalDataIsFound() throws {
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)
        try store.tamperForTesting("UPDATE eventPersonal SET data = replace(data, 'Bertta', 'Berta')")

        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .personalDataMismatch)
        #expect(problem.caseNumber == cases[1])
    }

    @Test(arguments: [1, 999])
    func insertedPersonalDataIsFound(sequence: Int) throws {
        // Given personal data slipped in for the controller-profile event (1), which has none, or for no event
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        try store.tamperForTesting("INSERT INTO eventPersonal (sequence, salt, data) VALUES (\(sequence), 'x', '{}')")

        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .unexpectedPersonalData)
        #expect(problem.sequence == Int64(sequence))
    }

    @Test func purgeEventCannotBeForgedToHideADeletion() throws {
        // Given the personal data of the open case deleted, with a purge event of *another* case appended later
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)
        let openEvents = try store.events(of: cases[5])
        let first = try #require(openEvents.first?.sequence)
        try purgeClosed(store)
        try store.tamperForTesting("DELETE FROM eventPersonal WHERE sequence = \(first)")

        // Then the deletion is still found: only a purge of the same case explains missing personal data
        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .personalDataMissing)
        #expect(problem.caseNumber == cases[5])
    }

    private func fileBytes(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func contains(_ haystack: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle
        }
    }
}
