import DSRCore
import DSRStore
import Foundation
import Testing

/// `dsr backup` and `dsr restore`: consistent private copies made while others write, verified before anything is
/// replaced, and never overwriting a register unasked.
struct BackupRestoreTests {
    private func workflows() throws -> WorkflowCatalog { try WorkflowCatalog.builtIn() }

    @Test func backupIsPrivateVerifiedAndTheSame() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)
        try History.build(store)
        let backup = folder.file("backups/2026-11-21.sqlite")

        let report = try store.backup(to: backup, replacing: false, workflows: try workflows())

        #expect(report.isIntact)
        #expect(try permissions(backup) == 0o600)
        #expect(report.headHash == (try store.verifyChain().headHash))
        #expect(try folder.listing("backups") == ["2026-11-21.sqlite", "2026-11-21.sqlite.anchor"])
        // And the backup's anchor is kept beside it, privately
        let anchor = try String(contentsOfFile: backup + ".anchor", encoding: .utf8)
        #expect(anchor == "\(try #require(report.anchor))\n")
        #expect(try permissions(backup + ".anchor") == 0o600)
        let copy = try SQLiteStore(path: backup, create: false)
        #expect(try copy.records(RequestQuery(includeClosed: true)) == store.records(RequestQuery(includeClosed: true)))
    }

    @Test func backupNeverOverwritesUnasked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)
        try History.build(store)
        let backup = folder.file("backup.sqlite")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: backup))

        #expect(throws: BackupError.destinationExists(path: backup, isRegister: false)) {
            try store.backup(to: backup, replacing: false, workflows: nil)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == Data("keep me".utf8))
        #expect(try store.backup(to: backup, replacing: true, workflows: nil).isIntact)
    }

    @Test func backupsTakenWhileOthersWriteAreConsistent() throws {
        // Given a register that three writers fill while backups are taken
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        _ = try SQLiteStore(path: path, create: true)
        let received = try Fixture.day(2026, 3, 2)
        let failures = Collector<String>()
        let reports = Collector<Int>()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            do {
                let store = try SQLiteStore(path: path, create: false)
                if worker == 0 {
                    for index in 0..<4 {
                        let report = try store.backup(
                            to: folder.file("backup-\(index).sqlite"), replacing: false,
                            workflows: try workflows())
                        if !report.isIntact { failures.add("backup \(index): \(report.problems)") }
                        reports.add(report.requestsChecked)
                    }
                } else {
                    let service = try Fixture.service(store)
                    for _ in 0..<25 { try Fixture.register(service, received: received) }
                }
            } catch {
                failures.add(String(describing: error))
            }
        }

        // Then every backup verified, each a snapshot of some moment, and nothing was lost
        #expect(failures.values.isEmpty, "\(failures.values)")
        #expect(reports.values.count == 4)
        #expect(reports.values.allSatisfy { $0 <= 75 })
        #expect(try SQLiteStore(path: path, create: false).verifyChain().requestsChecked == 75)
    }

    @Test func restoreRefusesToReplaceARegisterUnasked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (backup, register) = try makeBackupAndRegister(in: folder)
        let before = try FileSnapshot(register)

        let error = try #require(throws: BackupError.self) {
            try SQLiteStore.restore(
                from: backup, to: register, replacing: false, workflows: try workflows(),
                now: Fixture.now)
        }
        #expect(error == .destinationExists(path: register, isRegister: true))
        #expect(error.category == .cannotCreate)
        #expect(try FileSnapshot(register) == before)
    }

    @Test func restoreReplacesAndKeepsTheReplacedRegister() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (backup, register) = try makeBackupAndRegister(in: folder)
        let backupHead = try SQLiteStore(path: backup, create: false).verifyChain().headHash
        let before = try FileSnapshot(register)

        let outcome = try SQLiteStore.restore(
            from: backup, to: register, replacing: true, workflows: try workflows(),
            now: Fixture.now)

        #expect(outcome.report.isIntact)
        #expect(outcome.report.headHash == backupHead)
        let kept = try #require(outcome.replacedRegisterKeptAt)
        #expect(kept == register + ".replaced-20260302T090000Z")
        #expect(try FileSnapshot(kept) == before)
        #expect(try permissions(register) == 0o600)
        let restored = try SQLiteStore(path: register, create: false)
        #expect(try restored.verifyChain().headHash == backupHead)
        #expect(try restored.records(RequestQuery(includeClosed: true)).count == 6)
    }

    @Test func restoreOfABackupThatDoesNotVerifyChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (backup, register) = try makeBackupAndRegister(in: folder)
        try SQLiteStore(path: backup, create: false).tamperForTesting("UPDATE event SET actor = 'x' WHERE sequence = 3")
        let before = try FileSnapshot(register)
        let listing = try folder.listing()

        let error = try #require(throws: BackupError.self) {
            try SQLiteStore.restore(
                from: backup, to: register, replacing: true, workflows: try workflows(),
                now: Fixture.now)
        }
        guard case .sourceDoesNotVerify(let path, _, let first) = error else {
            Issue.record("expected sourceDoesNotVerify, got \(error)")
            return
        }
        #expect(path == backup)
        #expect(first.contains("event 3"))
        #expect(try FileSnapshot(register) == before)
        let after = try folder.listing()
        #expect(after == listing, "\(after)")
    }

    @Test func restoreIntoAnEmptyPlaceMakesAPrivateRegister() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (backup, _) = try makeBackupAndRegister(in: folder)
        let target = folder.file("new/register.sqlite")

        let outcome = try SQLiteStore.restore(
            from: backup, to: target, replacing: false, workflows: try workflows(),
            now: Fixture.now)

        #expect(outcome.replacedRegisterKeptAt == nil)
        #expect(try permissions(target) == 0o600)
        #expect(try folder.listing("new") == ["register.sqlite"])
    }

    @Test func restoreOfSomethingElseIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let notABackup = folder.file("notes.txt")
        try Data("case;name\n".utf8).write(to: URL(fileURLWithPath: notABackup))
        let before = try FileSnapshot(notABackup)

        #expect(throws: StoreError.notARegister(path: notABackup)) {
            try SQLiteStore.restore(
                from: notABackup, to: folder.file("register.sqlite"), replacing: false,
                workflows: nil, now: Fixture.now)
        }
        #expect(throws: BackupError.sourceMissing(path: folder.file("none.sqlite"))) {
            try SQLiteStore.restore(
                from: folder.file("none.sqlite"), to: folder.file("register.sqlite"),
                replacing: false, workflows: nil, now: Fixture.now)
        }
        #expect(try FileSnapshot(notABackup) == before)
        #expect(try folder.listing() == ["notes.txt"])
    }

    /// A backup of the history, and a register that went on after it (one more request).
    private func makeBackupAndRegister(in folder: TemporaryFolder) throws -> (backup: String, register: String) {
        let register = folder.file("register.sqlite")
        let store = try SQLiteStore(path: register, create: true)
        try History.build(store)
        let backup = folder.file("backup.sqlite")
        _ = try store.backup(to: backup, replacing: false, workflows: nil)
        try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2))
        try store.checkpoint()
        return (backup, register)
    }
}
