import DSRCases
import DSRCore
import Foundation
import Testing

/// The service's attachments (issue 15, and issue 14's `case set --enclose`): storing, listing, reading back,
/// sealing, the deletion of identity evidence once the identity is confirmed, and purge.
struct AttachmentServiceTests {
    /// A service and one request of `kind` received on 2 February 2026; today is 2 March.
    private static func registered(_ storage: any CaseStorage, kind: RequestKind = .access) async throws
        -> (CaseService, CaseNumber)
    {
        let service = try Fixture.service(storage)
        var draft = Fixture.draft(received: try Fixture.day(2026, 2, 2))
        draft.kind = kind
        let record = try await service.register(
            RegisterRequest(draft: draft), actor: Fixture.actor, today: try Fixture.today()
        ).record
        return (service, record.caseNumber)
    }

    /// Records a workflow event.
    private static func event(_ service: CaseService, _ caseNumber: CaseNumber, _ name: String, on day: CivilDate)
        async throws
    {
        _ = try await service.record(
            RecordEvent(caseNumber: caseNumber, event: EventID(name), input: EventInput(on: day)),
            actor: Fixture.actor, today: try Fixture.today())
    }

    /// Attaches bytes.
    @discardableResult
    private static func attach(
        _ service: CaseService, _ caseNumber: CaseNumber, _ text: String, label: String? = nil,
        sensitive: Bool = false, limit: AttachmentLimit = .standard
    ) async throws -> AttachmentSummary {
        try await service.attach(
            AttachFile(
                caseNumber: caseNumber, content: Data(text.utf8), fileName: "/home/officer/Maija pyyntö.pdf",
                label: label, sensitive: sensitive, limit: limit),
            actor: Fixture.actor, today: try Fixture.today())
    }

    /// Checks the whole register against its hash chain.
    private static func expectVerifies(_ service: CaseService) async throws {
        let report = try await service.verifyAudit(VerifyAudit(checkIdentityKey: false))
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test func anAttachmentIsNumberedListedAndReadBackCheckedAgainstTheChain() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let first = try await Self.attach(service, caseNumber, "allekirjoitettu", label: "Signed-Request")
            let second = try await Self.attach(service, caseNumber, "liite")

            #expect(first.number.description == "\(caseNumber)/A1")
            #expect(first.label == "signed-request")
            #expect(first.name == "Maija pyyntö.pdf")
            #expect(first.sha256 == AttachmentData.sha256Hex(Data("allekirjoitettu".utf8)))
            #expect(second.number.sequence == 2 && second.label == "document" && !second.sensitive)
            #expect(try await service.attachments(of: caseNumber) == [first, second])
            let copy = try await service.attachment(GetAttachment(number: first.number))
            #expect(copy.content == Data("allekirjoitettu".utf8))

            // The chain's public form withholds the display name
            let show = try await service.show(ShowCase(caseNumber: caseNumber, asOf: try Fixture.today().date))
            #expect(show.attachments == [first, second])
            #expect(show.text().contains("A1  signed-request"))
            try await Self.expectVerifies(service)
            await #expect(
                throws: AttachmentError.unknownAttachment(AttachmentNumber(caseNumber: caseNumber, sequence: 3))
            ) {
                _ = try await service.attachment(
                    GetAttachment(number: AttachmentNumber(caseNumber: caseNumber, sequence: 3)))
            }
        }
    }

    @Test func aFileOverTheLimitAnEmptyFileOrABadLabelIsRefusedAndNothingIsStored() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let limit = try AttachmentLimit(megabytes: 1)
            let big = String(repeating: "x", count: (1 << 20) + 1)
            await #expect(throws: AttachmentError.tooLarge(size: (1 << 20) + 1, limit: 1 << 20)) {
                try await Self.attach(service, caseNumber, big, limit: limit)
            }
            await #expect(throws: AttachmentError.empty) { try await Self.attach(service, caseNumber, "") }
            await #expect(throws: AttachmentError.invalidLabel) {
                try await Self.attach(service, caseNumber, "x", label: "Maija Meikäläinen")
            }
            #expect(throws: AttachmentError.invalidLimit) { _ = try AttachmentLimit(megabytes: 0) }
            await #expect(throws: StoreError.unknownCase(CaseNumber(year: 2026, sequence: 9))) {
                try await Self.attach(service, CaseNumber(year: 2026, sequence: 9), "x")
            }
            #expect(try await service.attachments(of: caseNumber).isEmpty)
            #expect(try await storage.events(of: caseNumber).map(\.name) == ["register"])
        }
    }

    @Test func identityEvidenceIsSealedAndDeletedWhenTheIdentityIsConfirmed() async throws {
        try await StoreBackend.file.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            _ = try await service.initialiseIdentityKey(actor: Fixture.actor, today: today)
            let request = try await Self.attach(service, caseNumber, "pyyntö")
            try await Self.event(service, caseNumber, "request-identity", on: try Fixture.day(2026, 2, 3))
            let identity = try await Self.attach(service, caseNumber, "ajokortti", label: "identity")
            #expect(identity.sensitive)
            #expect(
                try await service.attachment(GetAttachment(number: identity.number)).content
                    == Data("ajokortti".utf8))

            // When the identity is confirmed, the copy goes; the fact, the date and the actor stay
            try await Self.event(service, caseNumber, "receive-identity", on: try Fixture.day(2026, 2, 10))
            let listed = try await service.attachments(of: caseNumber)
            #expect(listed.map(\.isDeleted) == [false, true])
            #expect(listed[1].deletionReason == .identityConfirmed)
            #expect(listed[1].sha256 == identity.sha256)
            #expect(listed[1].addedOn == today.date && listed[1].actor == Fixture.actor)
            await #expect(throws: AttachmentError.deleted(identity.number, on: today.date, reason: .identityConfirmed))
            {
                _ = try await service.attachment(GetAttachment(number: identity.number))
            }
            #expect(try await service.attachment(GetAttachment(number: request.number)).content == Data("pyyntö".utf8))

            // Identity evidence given after the confirmation is not kept
            await #expect(throws: AttachmentError.identityAlreadyConfirmed(caseNumber)) {
                try await Self.attach(service, caseNumber, "passi", label: "identity")
            }
            let report = try await service.verifyAudit(VerifyAudit())
            #expect(report.problems.isEmpty, "\(report.problems)")
        }
    }

    @Test func sealedAttachmentsNeedTheRegistersKey() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            await #expect(throws: (any Error).self) {
                try await Self.attach(service, caseNumber, "passi", label: "identity")
            }
            await #expect(throws: (any Error).self) {
                try await Self.attach(service, caseNumber, "pyyntö", sensitive: true)
            }
            #expect(try await service.attachments(of: caseNumber).isEmpty)
        }
    }

    @Test func theDataCopyBelongsToAnAccessRequestAndIsListedForTheAnswer() async throws {
        try await StoreBackend.file.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            _ = try await service.initialiseIdentityKey(actor: Fixture.actor, today: try Fixture.today())
            try await Self.attach(service, caseNumber, "pyyntö")
            let copy = try await Self.attach(service, caseNumber, "kopio", label: AttachmentLabel.dataCopy.value)
            #expect(copy.sensitive && copy.isDataCopy)
            #expect(try await service.dataCopies(of: caseNumber) == [copy])

            let (_, erasure) = try await Self.registered(storage, kind: .erasure)
            await #expect(throws: AttachmentError.notAnAccessRequest(erasure, kind: .erasure)) {
                try await Self.attach(service, erasure, "kopio", label: "data-copy")
            }
        }
    }

    @Test func purgeDeletesTheBytesAndKeepsTheHash() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            let attached = try await Self.attach(service, caseNumber, "Maija Meikäläinen, pyyntö")
            try await Self.event(service, caseNumber, "withdraw", on: try Fixture.day(2026, 2, 20))
            let run = try await service.purge(
                PurgeClosedCases(closedBefore: today.date), actor: Fixture.actor, today: today)
            for try await _ in run.outcomes {}

            let listed = try await service.attachments(of: caseNumber)
            #expect(listed.count == 1)
            #expect(listed[0].sha256 == attached.sha256 && listed[0].deletionReason == .purge)
            #expect(listed[0].name == PersonalData.withheld)
            await #expect(throws: AttachmentError.deleted(attached.number, on: today.date, reason: .purge)) {
                _ = try await service.attachment(GetAttachment(number: attached.number))
            }
            await #expect(throws: CaseWorkError.personalDataRemoved(caseNumber)) {
                try await Self.attach(service, caseNumber, "x")
            }
            let history = try await storage.events(of: caseNumber).map(\.data).joined()
            #expect(!history.contains("pyyntö.pdf"))
            try await Self.expectVerifies(service)
        }
    }
}
