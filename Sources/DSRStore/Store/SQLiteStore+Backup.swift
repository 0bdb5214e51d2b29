import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Copies the register to `destination` through SQLite's online backup, while other dsr processes go on
    /// writing, and verifies the copy before it is linked into place with mode 0600.
    ///
    /// The copy is one consistent snapshot: SQLite copies every page inside one read transaction, which in WAL mode
    /// never blocks writers. It is built under a temporary name in the destination's folder, synced, verified, and
    /// only then linked at `destination`, so a crash leaves no half-made backup there.
    /// - Parameters:
    ///   - destination: The backup's path.
    ///   - replacing: Whether to replace a file already at `destination`.
    ///   - workflows: The workflows to replay cases through while verifying, or `nil` for the chain alone.
    ///
    /// The backup's anchor (``ChainAnchor``, its head) is kept beside it in `destination.anchor`
    /// (``anchorPath(forBackup:)``), created with mode 0600, so that a later verification of the register against it can show
    /// that the register still holds everything the backup held.
    /// - Returns: The verification of the copy, with its head hash.
    /// - Throws: ``BackupError`` if `destination` or its anchor file exists (and `replacing` is false), cannot be
    ///   written, or the copy does not verify (it is then kept, without an anchor); ``StoreError`` if SQLite fails.
    public func backup(to destination: String, replacing: Bool, workflows: WorkflowCatalog?) throws -> ChainReport {
        let temporary = try copyForBackup(to: destination, replacing: replacing)
        defer { PrivateFile.remove(temporary) }
        let report = try Self.verifyFile(temporary, workflows: workflows)
        try Self.keepBackup(temporary, at: destination, verified: report, replacing: replacing)
        return report
    }

    /// ``backup(to:replacing:workflows:)`` with the copy's verification run as ``verifyChainOverlapping(replaying:anchors:)``
    /// does, its file check overlapping the walk, each step on the store's executor.
    func backupOverlapping(to destination: String, replacing: Bool, workflows: WorkflowCatalog?) async throws
        -> ChainReport
    {
        let temporary = try await StoreExecutor.run { try self.copyForBackup(to: destination, replacing: replacing) }
        defer { PrivateFile.remove(temporary) }
        let report = try await Self.verifyFileOverlapping(temporary, workflows: workflows)
        try await StoreExecutor.run {
            try Self.keepBackup(temporary, at: destination, verified: report, replacing: replacing)
        }
        return report
    }

    /// The first step of a backup: checks that nothing is in the way, and copies the register to a new temporary
    /// file beside `destination` (the caller removes it), whose path it returns.
    private func copyForBackup(to destination: String, replacing: Bool) throws -> String {
        try Self.checkBackupDestination(destination, replacing: replacing)
        let temporary = try PrivateFile.makeTemporary(near: destination, purpose: "dsr-backup")
        do {
            let copy = try DatabaseQueue(path: temporary, configuration: Self.configuration())
            try writer.backup(to: copy)
            try copy.close()
        } catch {
            PrivateFile.remove(temporary)
            throw Self.storeError(error, operation: "copy the register to \(destination)")
        }
        return temporary
    }

    /// Checks that neither a backup's destination nor its anchor file is there, unless they may be replaced.
    /// - Throws: ``BackupError/destinationExists(path:isRegister:)`` naming the first that is.
    static func checkBackupDestination(_ destination: String, replacing: Bool) throws(BackupError) {
        for path in [destination, anchorPath(forBackup: destination)]
        where !replacing && FileManager.default.fileExists(atPath: path) {
            throw .destinationExists(path: path, isRegister: false)
        }
    }

    /// The last step of a backup: puts the verified copy at `destination`, then its anchor beside it, or throws
    /// (keeping the copy, without an anchor) if it does not verify.
    static func keepBackup(
        _ temporary: String, at destination: String, verified report: ChainReport,
        replacing: Bool
    ) throws {
        PrivateFile.sync(temporary)
        try PrivateFile.place(temporary, at: destination, replacing: replacing)
        if let first = report.firstBreak {
            throw BackupError.copyDoesNotVerify(
                path: destination, problems: report.problems.count,
                first: first.description)
        }
        if let anchor = report.anchor {
            try writeAnchor(anchor, at: anchorPath(forBackup: destination), replacing: replacing)
        }
    }

    /// Where ``backup(to:replacing:workflows:)`` keeps a backup's anchor: `BACKUP.anchor`.
    public static func anchorPath(forBackup backup: String) -> String {
        backup + ".anchor"
    }

    /// Writes an anchor line to a new file with mode 0600: under a temporary name, synced, then linked into place,
    /// so a crash leaves no half-written anchor and nothing already at `path` is replaced unless `replacing`.
    private static func writeAnchor(_ anchor: ChainAnchor, at path: String, replacing: Bool) throws(BackupError) {
        let temporary = try PrivateFile.makeTemporary(near: path, purpose: "dsr-anchor")
        defer { PrivateFile.remove(temporary) }
        guard let handle = FileHandle(forWritingAtPath: temporary) else {
            throw .cannotWrite(path: path, reason: "the anchor file cannot be opened")
        }
        do {
            try handle.write(contentsOf: Data((anchor.description + "\n").utf8))
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            throw .cannotWrite(path: path, reason: "the anchor cannot be written")
        }
        try PrivateFile.place(temporary, at: path, replacing: replacing)
    }

    /// Replaces the register at `destination` with a copy of the backup at `source`, after checking that the copy
    /// verifies: its hash chain, its personal data and (with `workflows`) a replay of every case.
    ///
    /// Nothing at `destination` is touched unless `replacing` is true and the copy verifies. A register that is
    /// replaced is not deleted: it is kept, with its write-ahead log, as `destination.replaced-TIME`. The new file
    /// takes the old one's place in one atomic rename, so whenever the process stops, `destination` holds one
    /// complete register, the old or the new. Other dsr commands must not run on the register meanwhile. The
    /// identity-code key file is not part of a backup and is left as it is.
    /// - Returns: The verification of the restored register and where the replaced one was kept, if any.
    /// - Throws: ``BackupError`` if `source` is missing or does not verify, or `destination` exists and `replacing`
    ///   is false; ``StoreError`` if `source` is not a dsr register or SQLite fails.
    public static func restore(
        from source: String, to destination: String, replacing: Bool,
        workflows: WorkflowCatalog?, now: Date
    ) throws -> RestoreOutcome {
        let copy = try copyForRestore(from: source, to: destination, replacing: replacing)
        defer { copy.cleanUp() }
        let report = try verifyFile(copy.temporary, workflows: workflows)
        return try finishRestore(copy, verified: report, now: now)
    }

    /// ``restore(from:to:replacing:workflows:now:)`` with the backup's verification run as
    /// ``verifyChainOverlapping(replaying:anchors:)`` does, its file check overlapping the walk, each step on the
    /// store's executor.
    static func restoreOverlapping(
        from source: String, to destination: String, replacing: Bool,
        workflows: WorkflowCatalog?, now: Date
    ) async throws -> RestoreOutcome {
        let copy = try await StoreExecutor.run {
            try copyForRestore(from: source, to: destination, replacing: replacing)
        }
        defer { copy.cleanUp() }
        let report = try await verifyFileOverlapping(copy.temporary, workflows: workflows)
        return try await StoreExecutor.run { try finishRestore(copy, verified: report, now: now) }
    }

    /// A backup copied beside the register it is to replace, not yet verified.
    struct RestoreCopy: Sendable {
        /// The backup's path.
        var source: String
        /// The register's path.
        var destination: String
        /// The copy, under a temporary name beside the register.
        var temporary: String
        /// Whether a file is at the register's path.
        var existing: Bool
        /// The SQLite companions the backup had before it was read.
        var sourceCompanions: Set<String>

        /// Removes the copy (if it was not put in place) and what reading the backup left beside it.
        func cleanUp() {
            PrivateFile.remove(temporary)
            PrivateFile.removeLeftovers(of: source, existing: sourceCompanions)
        }
    }

    /// The first step of a restore: checks the backup and the register's path, and copies the backup to a temporary
    /// file beside the register (the caller cleans it up).
    private static func copyForRestore(from source: String, to destination: String, replacing: Bool) throws
        -> RestoreCopy
    {
        let sourceFile = RegisterFile(path: source)
        guard try sourceFile.inspect() != .missing else { throw BackupError.sourceMissing(path: source) }
        let destinationFile = RegisterFile(path: destination)
        let existing = FileManager.default.fileExists(atPath: destination)
        if existing && !replacing {
            let isRegister = (try? destinationFile.inspect()).map { $0 != .missing } ?? false
            throw BackupError.destinationExists(path: destination, isRegister: isRegister)
        }
        let temporary = try PrivateFile.makeTemporary(near: destination, purpose: "dsr-restoring")
        let copy = RestoreCopy(
            source: source, destination: destination, temporary: temporary, existing: existing,
            sourceCompanions: PrivateFile.existingCompanions(of: source))
        do {
            let access = sourceFile.access()
            let from = try DatabaseQueue(
                path: access.sqlitePath(for: source), configuration: configuration(readonly: true))
            let to = try DatabaseQueue(path: temporary, configuration: configuration())
            try from.backup(to: to)
            try to.close()
            try from.close()
        } catch {
            copy.cleanUp()
            throw openingError(error, path: source)
        }
        return copy
    }

    /// The last step of a restore: refuses a copy that does not verify, else puts it in the register's place,
    /// keeping the register it replaces beside it, named with the time `now`.
    private static func finishRestore(_ copy: RestoreCopy, verified report: ChainReport, now: Date) throws
        -> RestoreOutcome
    {
        if let first = report.firstBreak {
            throw BackupError.sourceDoesNotVerify(
                path: copy.source, problems: report.problems.count,
                first: first.description)
        }
        let destination = copy.destination
        PrivateFile.sync(copy.temporary)
        var keptAt: String?
        if copy.existing {
            // Write the old register's log into its file first, so that nothing it holds is lost when the log is
            // moved aside with it; a damaged register may refuse, and its log then goes aside as it is.
            if let old = try? SQLiteStore(path: destination, create: false) {
                try? old.checkpoint()
                try? old.writer.close()
            }
            let stamp = UTCTimestamp.string(from: now)?.filter { $0.isNumber || $0 == "T" || $0 == "Z" } ?? "earlier"
            keptAt = destination + ".replaced-" + stamp
        }
        try PrivateFile.replace(destination, with: copy.temporary, keepingOldAt: keptAt)
        let key = IdentityCodeKey.path(forRegister: destination)
        return RestoreOutcome(
            report: report, replacedRegisterKeptAt: keptAt, createdRegister: !copy.existing,
            identityKeyLocation: key, identityKeyPresent: FileManager.default.fileExists(atPath: key))
    }

    /// Opens a register file, upgrades it if an older dsr wrote it, verifies it and closes it again.
    private static func verifyFile(_ path: String, workflows: WorkflowCatalog?) throws -> ChainReport {
        let store = try SQLiteStore(path: path, create: false)
        let report = try store.verifyChain(replaying: workflows)
        try store.close(path)
        return report
    }

    /// ``verifyFile(_:workflows:)`` with the file check overlapping the walk (``verifyChainOverlapping(replaying:anchors:)``),
    /// and the file also checked against `anchors`.
    static func verifyFileOverlapping(
        _ path: String, workflows: WorkflowCatalog?, anchors: [ChainAnchor] = []
    ) async throws -> ChainReport {
        let store = try await StoreExecutor.run { try SQLiteStore(path: path, create: false) }
        let report = try await store.verifyChainOverlapping(replaying: workflows, anchors: anchors)
        try await StoreExecutor.run { try store.close(path) }
        return report
    }

    /// Writes the log into a verified copy's file and closes its connection.
    private func close(_ path: String) throws {
        try checkpoint()
        do {
            try writer.close()
        } catch {
            throw Self.storeError(error, operation: "close \(path)")
        }
    }

    /// Whether the file at `path` (a register or a backup) can be read or written by users other than its owner,
    /// with its mode, or `nil` if it cannot or does not exist.
    public static func exposedMode(ofFileAt path: String) -> Int? {
        RegisterFile(path: path).exposedMode()
    }
}
