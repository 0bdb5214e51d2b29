import DSRCore
import DSRStore
import Foundation
import Testing

/// The store's side of evidence that cannot be bent: anchors of the chain's head, the checks that cannot be skipped
/// silently, and the columns `dsr audit verify` now checks against the chain.
struct EvidenceAuditTests {
    private func verify(_ store: SQLiteStore, anchors: [ChainAnchor] = []) throws -> ChainReport {
        try store.verifyChain(replaying: try WorkflowCatalog.builtIn(), anchors: anchors)
    }

    // MARK: - Anchors

    @Test func anchorLinesRoundTripAndAnythingElseIsRefused() throws {
        let hash = String(repeating: "3f", count: 32)
        let anchor = try #require(ChainAnchor(events: 12, headHash: hash))
        #expect(anchor.description == "dsr-anchor v1 events=12 head=\(hash)")
        #expect(ChainAnchor(parsing: "  \(anchor)\n") == anchor)
        #expect(ChainAnchor(parsing: "dsr-anchor v1 events=0 head=\(String(repeating: "0", count: 64))") == .empty)
        for bad in [
            "", "dsr-anchor v1 events=12", "dsr-anchor v2 events=12 head=\(hash)",
            "dsr-anchor v1 events=-1 head=\(hash)", "dsr-anchor v1 events=+12 head=\(hash)",
            "dsr-anchor v1 events=12 head=\(hash.uppercased())", "dsr-anchor v1 events=12 head=\(hash)0",
            "dsr-anchor v1 events=0 head=\(hash)", "dsr-anchor v1 events=12 head=\(String(repeating: "0", count: 64))",
            "dsr-anchor v1 events=99999999999999999999 head=\(hash)", "dsr-anchor v1 head=\(hash) events=12",
            "dsr-anchor v1 events=12 head=\(hash) extra",
        ] {
            #expect(ChainAnchor(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func aRegisterContainsItsOwnEarlierAnchorsAndNotLaterOnes() throws {
        // Given a register and its anchor
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        let earlier = try store.chainAnchor()
        #expect(earlier == (try verify(store)).anchor)

        // When more is registered, the earlier anchor is still contained
        let service = try Fixture.service(store)
        try Fixture.register(service, received: try Fixture.day(2026, 3, 1))
        let report = try verify(store, anchors: [earlier, .empty])
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.anchorsChecked == 2)

        // Then an anchor beyond the head, or with another hash at a position, is not
        let later = try #require(ChainAnchor(events: earlier.events + 5, headHash: earlier.headHash))
        let rewritten = try #require(ChainAnchor(events: earlier.events, headHash: String(repeating: "e", count: 64)))
        let problems = try verify(store, anchors: [later, rewritten]).problems
        #expect(problems.map(\.kind) == [.anchorNotContained, .anchorNotContained])
        #expect(problems.map(\.sequence) == [earlier.events, earlier.events + 5])
        #expect(problems[0].detail.contains("its hash is not the one the anchor"))
        #expect(problems[1].detail.contains("the register ends at event \(earlier.events + 1)"))
    }

    @Test func anAnchorInAGapOfTheLogIsNotContained() throws {
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        let head = try store.chainAnchor()
        let inGap = try #require(ChainAnchor(events: 3, headHash: String(repeating: "a", count: 64)))
        try store.tamperForTesting("DELETE FROM event WHERE sequence = 3")
        let problems = try verify(store, anchors: [inGap, head]).problems.filter { $0.kind == .anchorNotContained }
        #expect(problems.map(\.sequence) == [3])
        #expect(problems.first?.detail.contains("the register has no such event") == true)
    }

    // MARK: - Checks that cannot run do not pass

    @Test func aSchemaCheckThatCannotRunThrowsInsteadOfFindingNoDifferences() throws {
        #expect(try SQLiteStore.schemaDifferencesForTesting(withoutExpectedSchema: false).isEmpty)
        #expect(throws: StoreError.self) {
            try SQLiteStore.schemaDifferencesForTesting(withoutExpectedSchema: true)
        }
    }

    @Test func aChangedUserVersionIsASchemaDifference() throws {
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        try store.tamperForTesting("PRAGMA user_version = 2")
        let problem = try #require(try verify(store).firstBreak)
        #expect(problem.kind == .schemaChanged)
        #expect(problem.detail.contains("PRAGMA user_version is 2"))
        #expect(problem.detail.contains("set \(SQLiteStore.schemaVersion)"))
    }

    @Test func aChangedMigrationRecordIsASchemaDifference() throws {
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        try store.tamperForTesting("UPDATE grdb_migrations SET identifier = 'v3' WHERE identifier = 'letters'")
        let problems = try verify(store).problems
        #expect(problems.contains { $0.kind == .schemaChanged && $0.detail.contains("grdb_migrations") }, "\(problems)")
    }

    // MARK: - Issued letters' bytes

    @Test func erasedLetterBytesAreAcceptedOnlyAfterAPurgeOfTheCase() throws {
        // Given a refused request with an issued letter
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let received = try Fixture.day(2026, 3, 2)
        let record = try Fixture.register(service, received: received)
        try Fixture.apply(
            service, "refuse", to: record.caseNumber, on: received, reason: "Toistuva",
            grounds: ["art12-5-excessive"])
        _ = try service.issueLetter(record.caseNumber, actor: Fixture.actor, now: Fixture.now, today: received) {
            context in
            IssuedLetterStoreTests.letter(context.number, profileVersion: context.profileVersion, date: received)
        }
        #expect(try verify(store).isIntact)

        // When its bytes are erased without a purge, the audit names the letter, its form and its event
        try store.tamperForTesting("UPDATE letterFile SET content = NULL")
        let problem = try #require(try verify(store).firstBreak)
        #expect(problem.kind == .letterMismatch)
        #expect(problem.caseNumber == record.caseNumber)
        #expect(problem.detail.contains("bytes of letter \(record.caseNumber)/L1 are gone"), "\(problem)")
    }
}
