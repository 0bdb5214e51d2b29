import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``AuditStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct AuditStorageContract {
    /// The storage the suite needs: requests and their events, and the audit.
    private typealias AuditParts = any RequestEventStorage & AuditStorage

    /// Registers `count` access requests straight through the storage, as the service does, each with a name
    /// (personal data kept beside the chain).
    private static func register(_ storage: AuditParts, count: Int) async throws -> [CaseNumber] {
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let now = try Fixture.today().now
        var cases: [CaseNumber] = []
        for index in 0..<count {
            let draft = Fixture.draft(received: try Fixture.day(2026, 2, 2), name: "Henkilö \(index)")
            let record = try await storage.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                    actor: Fixture.actor, now: now)
            }
            cases.append(record.caseNumber)
        }
        return cases
    }

    @Test(arguments: StoreBackend.all(for: .auditStorage))
    func anEmptyRegisterIsIntactWithTheEmptyHead(backend: StoreBackend) async throws {
        try await backend.withStorage(as: AuditParts.self) { storage in
            // Given an empty register, then its head is the empty anchor, it verifies and its log is empty
            #expect(try await storage.chainAnchor() == ChainAnchor.empty)
            let report = try await storage.verifyChain(
                replaying: try WorkflowCatalog.builtIn(),
                anchors: [ChainAnchor.empty], checkingIdentityKey: true)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.eventsChecked == 0)
            #expect(report.anchor == ChainAnchor.empty)
            #expect(
                try await storage.auditTrailEntries(
                    of: nil, includingPersonalData: true, after: 0, through: 10,
                    limit: 10
                ).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.all(for: .auditStorage))
    func theHeadIsTheLastEventAndAnIntactRegisterContainsIt(backend: StoreBackend) async throws {
        try await backend.withStorage(as: AuditParts.self) { storage in
            // Given three registered requests
            let cases = try await Self.register(storage, count: 3)

            // Then the head names the third event, and the register verifies, replayed, containing that head
            let head = try await storage.chainAnchor()
            #expect(head.events == 3)
            let report = try await storage.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [head],
                checkingIdentityKey: true)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.anchor == head)
            #expect(report.eventsChecked == 3)
            #expect(report.requestsChecked == cases.count)
            #expect(report.requestsReplayed == cases.count)
            #expect(report.personalDataChecked == 3)
            #expect(report.anchorsChecked == 1)
        }
    }

    @Test(arguments: StoreBackend.all(for: .auditStorage))
    func anAnchorTheRegisterDoesNotContainIsAProblemAtItsEvent(backend: StoreBackend) async throws {
        try await backend.withStorage(as: AuditParts.self) { storage in
            // Given a register of two events, and anchors of another history and of a longer one
            _ = try await Self.register(storage, count: 2)
            let head = try await storage.chainAnchor()
            let rewritten = try #require(ChainAnchor(events: 2, headHash: String(repeating: "ab", count: 32)))
            let longer = try #require(ChainAnchor(events: 5, headHash: head.headHash))

            // When it is verified against them
            let report = try await storage.verifyChain(
                replaying: nil, anchors: [longer, rewritten],
                checkingIdentityKey: false)

            // Then each is a problem at the event it names, nothing else is, and the head is still the register's
            #expect(report.problems.map(\.kind) == [.anchorNotContained, .anchorNotContained])
            #expect(report.problems.map(\.sequence) == [2, 5])
            #expect(report.firstBreak?.kind == .anchorNotContained)
            #expect(report.anchor == head)
        }
    }

    @Test(arguments: StoreBackend.all(for: .auditStorage))
    func theLogIsReadInPagesExactlyAsChained(backend: StoreBackend) async throws {
        try await backend.withStorage(as: AuditParts.self) { storage in
            // Given five registered requests
            let cases = try await Self.register(storage, count: 5)

            // When the log is read two events at a time up to event 4
            var entries: [AuditTrailEntry] = []
            var after: Int64 = 0
            while true {
                let page = try await storage.auditTrailEntries(
                    of: nil, includingPersonalData: false, after: after,
                    through: 4, limit: 2)
                #expect(page.count <= 2)
                guard let last = page.last else { break }
                entries += page
                after = last.sequence
            }

            // Then it gives events 1 to 4 in order, each linked to the one before, without personal data
            #expect(entries.map(\.sequence) == [1, 2, 3, 4])
            #expect(entries.first?.previousHash == String(repeating: "0", count: 64))
            for (earlier, later) in zip(entries, entries.dropFirst()) { #expect(later.previousHash == earlier.hash) }
            #expect(entries.allSatisfy { $0.personalData == nil && !$0.personalDataRemoved && $0.format == 2 })
            #expect(entries.map(\.caseNumber) == cases.prefix(4).map { $0.description as String? })
            #expect(
                entries.last?.hash
                    == (try await storage.auditTrailEntries(
                        of: cases[3], includingPersonalData: false, after: 0, through: 5, limit: 10
                    ).first?.hash))

            // And one case's log holds its event only, with its personal data when asked for
            let one = try await storage.auditTrailEntries(
                of: cases[2], includingPersonalData: true, after: 0,
                through: 5, limit: 10)
            #expect(one.map(\.sequence) == [3])
            #expect(one.first?.personalData?.contains("Henkilö 2") == true)
            #expect(one.first?.data.contains("Henkilö 2") == false)
        }
    }
}
