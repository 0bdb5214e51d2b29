import DSRCases
import DSRCore
import Foundation
import Testing

/// The service's evidence and upkeep use cases (audit verify, anchor and export; backup and restore) against SQLite.
struct AuditServiceTests {
    /// Registers `count` access requests and returns their case numbers.
    private static func register(_ service: CaseService, count: Int) async throws -> [CaseNumber] {
        var cases: [CaseNumber] = []
        for _ in 0..<count {
            let command = RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2)))
            cases.append(
                try await service.register(command, actor: Fixture.actor, today: try Fixture.today()).record
                    .caseNumber)
        }
        return cases
    }

    @Test func anIntactRegisterVerifiesAgainstItsOwnAnchor() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let cases = try await Self.register(service, count: 4)

            // When the register's anchor is taken and the register verified against it
            let anchor = try await service.auditAnchor()
            let report = try await service.verifyAudit(VerifyAudit(anchors: [anchor]))

            // Then every case was replayed through its workflow and nothing is wrong
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.anchor == anchor)
            #expect(report.requestsReplayed == cases.count)
            #expect(report.anchorsChecked == 1)
        }
    }

    @Test func anAnchorOfAnotherHistoryMakesTheVerificationFail() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            _ = try await Self.register(service, count: 2)
            let other = try #require(ChainAnchor(events: 1, headHash: String(repeating: "1", count: 64)))

            let report = try await service.verifyAudit(VerifyAudit(anchors: [other], checkIdentityKey: false))

            #expect(!report.isIntact)
            #expect(report.firstBreak?.kind == .anchorNotContained)
            #expect(report.firstBrokenSequence == 1)
        }
    }

    @Test func theAuditTrailStreamsEveryEventInPagesUpToTheHeadItStartedAt() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            // Given more events than one page holds
            let service = try Fixture.service(storage)
            let cases = try await Self.register(service, count: 600)

            // When the export starts, and another request is registered before it is read
            let trail = try await service.auditTrail(ExportAuditTrail())
            _ = try await Self.register(service, count: 1)
            var sequences: [Int64] = []
            var previous = String(repeating: "0", count: 64)
            var linked = true
            for try await entry in trail {
                sequences.append(entry.sequence)
                linked = linked && entry.previousHash == previous
                previous = entry.hash
            }

            // Then it gives each event once, in order and chained, and stops at the head it started at
            #expect(sequences == Array(1...Int64(cases.count)))
            #expect(linked)
        }
    }

    @Test func theAuditTrailOfACaseHoldsItsEventsAndAnUnknownCaseIsRefused() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let cases = try await Self.register(service, count: 3)

            var entries: [AuditTrailEntry] = []
            for try await entry in try await service.auditTrail(
                ExportAuditTrail(
                    caseNumber: cases[1],
                    includePersonalData: true))
            {
                entries.append(entry)
            }
            #expect(entries.map(\.sequence) == [2])
            #expect(entries.first?.personalData?.contains("Maija") == true)

            let unknown = CaseNumber(year: 2026, sequence: 99)
            await #expect(throws: StoreError.unknownCase(unknown)) {
                _ = try await service.auditTrail(ExportAuditTrail(caseNumber: unknown))
            }
        }
    }

    @Test func aBackupRestoresToTheSameHistory() async throws {
        try await StoreBackend.file.withStorage { storage in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "dsr-service-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let service = try Fixture.service(storage)
            _ = try await Self.register(service, count: 3)
            let backup = folder.appendingPathComponent("backup.sqlite").path

            // When the register is backed up and the backup restored to a new place
            let made = try await service.backup(BackupRegister(destination: backup))
            let target = folder.appendingPathComponent("restored.sqlite").path
            let place = StoreBackend.registerPlace(target)
            let restored = try await CaseService.restore(
                RestoreRegister(source: backup), into: place,
                workflows: service.workflows, now: try Fixture.today().now)

            // Then both verify with the register's head, and the restore made a new register without its key
            #expect(made.report.isIntact, "\(made.report.problems)")
            #expect(made.report.anchor == (try await service.auditAnchor()))
            #expect(restored.report.anchor == made.report.anchor)
            #expect(restored.createdRegister)
            #expect(!restored.identityKeyPresent)

            // And a restore over it is refused unless asked, naming the register in the way
            await #expect(throws: BackupError.destinationExists(path: target, isRegister: true)) {
                _ = try await CaseService.restore(
                    RestoreRegister(source: backup), into: place,
                    workflows: service.workflows, now: try Fixture.today().now)
            }
        }
    }
}
