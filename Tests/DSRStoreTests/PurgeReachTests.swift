import DSRCore
import DSRStore
import Foundation
import Testing

/// What `dsr purge` reaches: a purge beside a long reader is not reported done, and a purged request's reference
/// and import key leave only keyed tags behind.
struct PurgeReachTests {
    private static let name = "Åsa Öhman-Törnqvist"
    private static let reference = "Sähköposti Åsa Öhman 2026-01"

    /// A register file with one closed request that carries a name and a reference, and its key.
    private func makeRegister(in folder: TemporaryFolder) throws -> (SQLiteStore, IdentityCodeKey, CaseNumber) {
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        let key = try IdentityCodeKey.create(forRegister: path)
        try store.recordKeyFingerprint(
            of: key, reason: .created, actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 1, 2))
        let service = try Fixture.service(store)
        var draft = Fixture.draft(
            received: try Fixture.day(2026, 1, 5),
            subject: DataSubject(name: Self.name, email: "asa.ohman@example.fi"))
        draft.reference = Self.reference
        let record = try service.register(
            draft, actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 1, 5))
        try Fixture.apply(service, "withdraw", to: record.caseNumber, on: try Fixture.day(2026, 1, 9))
        try store.checkpoint()
        return (store, key, record.caseNumber)
    }

    private func purge(
        _ store: SQLiteStore, _ caseNumber: CaseNumber, key: IdentityCodeKey?,
        keepReference: Bool = false
    ) throws {
        let cutoff = try Fixture.day(2026, 3, 1)
        _ = try store.purgePersonalData(of: caseNumber, key: key) { current in
            RequestRules.purge(
                current, closedBefore: cutoff, keepReference: keepReference, actor: Fixture.actor,
                now: Fixture.now, today: try Fixture.day(2026, 11, 21))
        }
    }

    /// The bytes of the register file and its log, lowercased and folded (å→a, ö→o) as well as raw.
    private func registerTexts(_ path: String) -> [String] {
        var bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        bytes += FileManager.default.contents(atPath: path + "-wal").map { [UInt8]($0) } ?? []
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        return [text, text.folding(options: .diacriticInsensitive, locale: nil)]
    }

    private func traces(of value: String) -> [String] {
        let lower = value.lowercased()
        return [lower, lower.folding(options: .diacriticInsensitive, locale: nil)]
    }

    @Test func purgeBesideALongReaderIsNotReportedDoneUntilTheLogIsEmptied() throws {
        // Given a register with a closed request, and another connection holding a long read transaction
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (store, key, caseNumber) = try makeRegister(in: folder)
        let path = folder.file("register.sqlite")
        let reader = try SQLiteStore(path: path, create: false)
        let readerInside = DispatchSemaphore(value: 0)
        let purgeTried = DispatchSemaphore(value: 0)
        let readerDone = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? reader.withReadTransactionForTesting { count in
                _ = try count()
                readerInside.signal()
                purgeTried.wait()
            }
            readerDone.signal()
        }
        thread.start()
        readerInside.wait()

        // When the request is purged, the checkpoint cannot empty the log: the purge is not reported done
        try purge(store, caseNumber, key: key)
        #expect(throws: CheckpointIncomplete(path: path)) { try store.checkpoint(waitingUpTo: 1) }
        #expect(CheckpointIncomplete(path: path).category == .temporaryFailure)

        // And once the reader is gone, running the checkpoint again completes it: neither the file nor its log holds
        // the name or the reference, in any case or with its accents folded
        purgeTried.signal()
        readerDone.wait()
        try store.checkpoint(waitingUpTo: 1)
        let texts = registerTexts(path)
        for value in [Self.name, "Åsa Öhman", Self.reference, "asa.ohman@example.fi"] {
            for trace in traces(of: value) {
                #expect(!texts.contains { $0.contains(trace) }, "\(trace)")
            }
        }
        #expect((try store.verifyChain(replaying: try WorkflowCatalog.builtIn())).isIntact)
    }

    @Test func purgeRemovesTheReferenceAndKeepsOnlyItsKeyedTag() throws {
        // Given a closed request with a reference
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (store, key, caseNumber) = try makeRegister(in: folder)

        // When it is purged
        try purge(store, caseNumber, key: key)

        // Then the record and its row no longer hold the reference, the chain still verifies and replays
        let record = try #require(try store.record(caseNumber))
        #expect(record.reference == nil)
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.requestsReplayed == 1)
        // And the registration event's public form in the chain withholds it
        #expect(try store.events(of: caseNumber).allSatisfy { !$0.data.contains(Self.reference) })
    }

    @Test func keepReferencesKeepsTheReferenceAndTheReplayAgrees() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (store, key, caseNumber) = try makeRegister(in: folder)
        try purge(store, caseNumber, key: key, keepReference: true)
        #expect(try store.record(caseNumber)?.reference == Self.reference)
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
    }

    @Test func aTagNeededWithoutAKeyStopsThePurge() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (store, _, caseNumber) = try makeRegister(in: folder)
        #expect(throws: StoreError.self) { try purge(store, caseNumber, key: nil) }
        #expect(try store.record(caseNumber)?.personalDataRemovedOn == nil)
    }
}
