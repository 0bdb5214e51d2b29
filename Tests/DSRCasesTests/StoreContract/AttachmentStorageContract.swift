import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``AttachmentStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct AttachmentStorageContract {
    /// The storage the suite needs: requests and their events, attachments, the audit and the key.
    private typealias AttachmentParts = any RequestEventStorage & AttachmentStorage & AuditStorage & IdentityKeyStorage

    /// Registers a request straight through the storage and returns it.
    private static func insert(_ storage: AttachmentParts) async throws -> RequestRecord {
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let draft = Fixture.draft(received: try Fixture.day(2026, 2, 2))
        let now = try Fixture.today().now
        return try await storage.insert(year: 2026) { caseNumber in
            try RequestRules.registration(
                of: draft, caseNumber: caseNumber, workflow: workflow,
                calculator: DeadlineCalculator(), actor: Fixture.actor, now: now)
        }
    }

    /// The `attachment-added` entry of `bytes` under `number`, its display name withheld in the public form.
    private static func added(
        _ bytes: Data, number: AttachmentNumber, on record: RequestRecord, sealed: Bool = false, sha256: String? = nil
    ) throws -> EventEntry {
        let data = AttachmentData(
            number: number.sequence, label: "signed-request", name: "pyyntö.pdf", size: bytes.count,
            sha256: sha256 ?? AttachmentData.sha256Hex(bytes), sensitive: sealed)
        var entry = EventEntry(
            caseNumber: record.caseNumber, name: SystemEvent.attachmentAdded.rawValue, on: try Fixture.day(2026, 2, 3),
            recordedAt: try Fixture.today().now, actor: Fixture.actor, workflowVersion: record.workflowVersion,
            stateAfter: record.state, data: EventEntry.canonicalJSON(data))
        entry.publicData = EventEntry.canonicalJSON(data.replacingPersonalData(with: PersonalData.withheld))
        return entry
    }

    /// The `attachment-deleted` entry of an attachment.
    private static func deleted(_ number: AttachmentNumber, on record: RequestRecord) throws -> EventEntry {
        EventEntry(
            caseNumber: record.caseNumber, name: SystemEvent.attachmentDeleted.rawValue,
            on: try Fixture.day(2026, 2, 4), recordedAt: try Fixture.today().now, actor: Fixture.actor,
            workflowVersion: record.workflowVersion, stateAfter: record.state,
            data: EventEntry.canonicalJSON(AttachmentDeletedData(number: number.sequence, reason: .identityConfirmed)))
    }

    /// Stores `bytes` as the case's next attachment and returns its number.
    private static func add(
        _ storage: AttachmentParts, _ record: RequestRecord, _ bytes: Data, sealed: Bool = false
    ) async throws -> AttachmentNumber {
        try await storage.addAttachment(
            record.caseNumber, content: bytes, sealed: sealed, actor: Fixture.actor, today: try Fixture.today()
        ) { _, _, number in (try Self.added(bytes, number: number, on: record, sealed: sealed), number) }
    }

    @Test(arguments: StoreBackend.all(for: .attachmentStorage))
    func attachmentsAreNumberedPerCaseAndComeBackAsStored(backend: StoreBackend) async throws {
        try await backend.withStorage(as: AttachmentParts.self) { storage in
            let first = try await Self.insert(storage)
            let second = try await Self.insert(storage)
            let one = Data("allekirjoitettu pyyntö".utf8)
            let two = Data([0, 1, 2, 255])

            #expect(try await Self.add(storage, first, one).description == "2026-0001/A1")
            #expect(try await Self.add(storage, first, two).description == "2026-0001/A2")
            #expect(try await Self.add(storage, second, two).description == "2026-0002/A1")

            // The make step sees the request and its history, and the history then holds the event
            let seen = try await storage.addAttachment(
                first.caseNumber, content: one, sealed: false, actor: Fixture.actor, today: try Fixture.today()
            ) { record, history, number in
                (try Self.added(one, number: number, on: first), (record, history.map(\.name), number.sequence))
            }
            #expect(seen.0 == first)
            #expect(seen.1 == ["register", "attachment-added", "attachment-added"])
            #expect(seen.2 == 3)
            #expect(
                try await storage.attachmentContent(AttachmentNumber(caseNumber: first.caseNumber, sequence: 1))
                    == .kept(one))
            #expect(
                try await storage.attachmentContent(AttachmentNumber(caseNumber: first.caseNumber, sequence: 2))
                    == .kept(two))
            #expect(
                try await storage.attachmentContent(AttachmentNumber(caseNumber: first.caseNumber, sequence: 9))
                    == nil)
            // The request itself is unchanged: an attachment is an annotation
            #expect(try await storage.record(first.caseNumber) == first)
            let report = try await storage.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.problems.isEmpty, "\(report.problems)")
        }
    }

    @Test(arguments: StoreBackend.all(for: .attachmentStorage))
    func anEntryThatDoesNotRecordTheBytesOrAFailedMakeStoresNothing(backend: StoreBackend) async throws {
        struct Refused: Error {}
        try await backend.withStorage(as: AttachmentParts.self) { storage in
            let record = try await Self.insert(storage)
            let bytes = Data("pyyntö".utf8)
            let today = try Fixture.today()
            await #expect(throws: StoreError.self) {
                _ = try await storage.addAttachment(
                    record.caseNumber, content: bytes, sealed: false, actor: Fixture.actor, today: today
                ) { _, _, number in
                    (try Self.added(bytes, number: number, on: record, sha256: String(repeating: "0", count: 64)), 0)
                }
            }
            await #expect(throws: Refused.self) {
                _ = try await storage.addAttachment(
                    record.caseNumber, content: bytes, sealed: false, actor: Fixture.actor, today: today
                ) { _, _, _ -> (EventEntry, Int) in throw Refused() }
            }
            await #expect(throws: StoreError.unknownCase(CaseNumber(year: 2026, sequence: 9))) {
                _ = try await storage.addAttachment(
                    CaseNumber(year: 2026, sequence: 9), content: bytes, sealed: false, actor: Fixture.actor,
                    today: today
                ) { _, _, number in (try Self.added(bytes, number: number, on: record), 0) }
            }
            #expect(try await storage.events(of: record.caseNumber).map(\.name) == ["register"])
            #expect(
                try await storage.attachmentContent(AttachmentNumber(caseNumber: record.caseNumber, sequence: 1))
                    == nil)
        }
    }

    @Test(arguments: StoreBackend.all(for: .attachmentStorage))
    func deletingErasesTheBytesWithItsEventAndOnlyKeptOnes(backend: StoreBackend) async throws {
        try await backend.withStorage(as: AttachmentParts.self) { storage in
            let record = try await Self.insert(storage)
            let first = try await Self.add(storage, record, Data("henkilökortti".utf8))
            let second = try await Self.add(storage, record, Data("pyyntö".utf8))

            let offered = try await storage.deleteAttachments(of: record.caseNumber) { _, _, kept in
                ([AttachmentDeletion(number: first, entry: try Self.deleted(first, on: record))], kept)
            }
            #expect(offered == [first, second])
            #expect(try await storage.attachmentContent(first) == .deleted)
            #expect(try await storage.attachmentContent(second) == .kept(Data("pyyntö".utf8)))
            #expect(try await storage.events(of: record.caseNumber).last?.name == "attachment-deleted")

            // A second deletion of the same attachment is refused, and records nothing
            let count = try await storage.events(of: record.caseNumber).count
            await #expect(throws: StoreError.self) {
                try await storage.deleteAttachments(of: record.caseNumber) { _, _, _ in
                    ([AttachmentDeletion(number: first, entry: try Self.deleted(first, on: record))], ())
                }
            }
            #expect(try await storage.events(of: record.caseNumber).count == count)
            let report = try await storage.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.problems.isEmpty, "\(report.problems)")
        }
    }

    @Test(arguments: StoreBackend.all(for: .attachmentStorage))
    func sealedBytesNeedTheRegistersKeyAndOpenAgainAfterARotation(backend: StoreBackend) async throws {
        try await backend.withStorage(as: AttachmentParts.self) { storage in
            let record = try await Self.insert(storage)
            let bytes = Data("passi".utf8)
            let today = try Fixture.today()
            guard (try? await storage.initialiseIdentityKey(actor: Fixture.actor, today: today)) != nil else {
                // A register that cannot have a key refuses to seal, and stores nothing
                await #expect(throws: (any Error).self) { _ = try await Self.add(storage, record, bytes, sealed: true) }
                #expect(try await storage.events(of: record.caseNumber).map(\.name) == ["register"])
                return
            }
            let number = try await Self.add(storage, record, bytes, sealed: true)
            #expect(try await storage.attachmentContent(number) == .kept(bytes))
            _ = try await storage.rotateIdentityKey(actor: Fixture.actor, today: today)
            #expect(try await storage.attachmentContent(number) == .kept(bytes))
            let report = try await storage.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: true)
            #expect(report.problems.isEmpty, "\(report.problems)")
        }
    }
}
