import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``BackupStorage`` (and the ``RegisterRestoring`` of its backend) must keep, run against every
/// backend of ``StoreBackend/all``.
struct BackupStorageContract {
    /// A fresh folder for backups, removed after `body`.
    private static func withFolder(_ body: (URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder)
    }

    @Test(arguments: StoreBackend.all(for: .backupStorage))
    func aBackupIsVerifiedKeptWithItsAnchorAndNeverReplacedUnasked(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            try await Self.withFolder { folder in
                // Given a register with one request
                let service = try Fixture.service(storage)
                _ = try await service.register(
                    RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))),
                    actor: Fixture.actor, today: try Fixture.today())
                let head = try await storage.chainAnchor()
                let destination = folder.appendingPathComponent("backup.sqlite").path

                // When it is backed up
                let made = try await storage.backup(
                    to: destination, replacing: false,
                    workflows: try WorkflowCatalog.builtIn())

                // Then the copy verifies with the register's head, and its anchor line is kept beside it
                #expect(made.report.isIntact, "\(made.report.problems)")
                #expect(made.report.anchor == head)
                let anchorLocation = try #require(made.anchorLocation)
                #expect(try ChainAnchor.read(from: anchorLocation) == [head])

                // And a second backup to the same place is refused unless it may replace the first
                await #expect(throws: BackupError.destinationExists(path: destination, isRegister: false)) {
                    _ = try await storage.backup(to: destination, replacing: false, workflows: nil)
                }
                #expect(try await storage.backup(to: destination, replacing: true, workflows: nil).report.isIntact)
            }
        }
    }

    @Test(arguments: StoreBackend.all(for: .backupStorage))
    func aRestoredBackupHoldsTheRegistersHistory(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            try await Self.withFolder { folder in
                // Given a backup of a register with two requests
                let service = try Fixture.service(storage)
                for _ in 0..<2 {
                    _ = try await service.register(
                        RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))),
                        actor: Fixture.actor, today: try Fixture.today())
                }
                let backup = folder.appendingPathComponent("backup.sqlite").path
                _ = try await storage.backup(to: backup, replacing: false, workflows: nil)
                let place = StoreBackend.registerPlace(folder.appendingPathComponent("restored.sqlite").path)

                // When it is restored where no register is
                let outcome = try await place.restore(
                    from: backup, replacing: false,
                    workflows: try WorkflowCatalog.builtIn(), now: try Fixture.today().now)

                // Then a new register holds the same head, verified, and nothing was kept aside
                #expect(outcome.createdRegister)
                #expect(outcome.report.isIntact, "\(outcome.report.problems)")
                #expect(outcome.report.anchor == (try await storage.chainAnchor()))
                #expect(outcome.report.requestsChecked == 2)
                #expect(outcome.replacedRegisterKeptAt == nil)

                // And restoring again over it is refused unless asked, then keeps the one replaced
                await #expect(throws: BackupError.self) {
                    _ = try await place.restore(from: backup, replacing: false, workflows: nil, now: Date())
                }
                let again = try await place.restore(
                    from: backup, replacing: true, workflows: nil,
                    now: try Fixture.today().now)
                #expect(!again.createdRegister)
                let kept = try #require(again.replacedRegisterKeptAt)
                #expect(FileManager.default.fileExists(atPath: kept))
            }
        }
    }
}
