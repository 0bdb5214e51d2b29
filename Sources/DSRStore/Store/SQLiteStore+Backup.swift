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
        let anchorPath = Self.anchorPath(forBackup: destination)
        for path in [destination, anchorPath] where !replacing && FileManager.default.fileExists(atPath: path) {
            throw BackupError.destinationExists(path: path, isRegister: false)
        }
        let temporary = try PrivateFile.makeTemporary(near: destination, purpose: "dsr-backup")
        defer { PrivateFile.remove(temporary) }
        do {
            let copy = try DatabaseQueue(path: temporary, configuration: Self.configuration())
            try writer.backup(to: copy)
            try copy.close()
        } catch {
            throw Self.storeError(error, operation: "copy the register to \(destination)")
        }
        let report = try Self.verifyFile(temporary, workflows: workflows)
        PrivateFile.sync(temporary)
        try PrivateFile.place(temporary, at: destination, replacing: replacing)
        if let first = report.firstBreak {
            throw BackupError.copyDoesNotVerify(path: destination, problems: report.problems.count,
                                                first: first.description)
        }
        if let anchor = report.anchor {
            try Self.writeAnchor(anchor, at: anchorPath, replacing: replacing)
        }
        return report
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
    public static func restore(from source: String, to destination: String, replacing: Bool,
                               workflows: WorkflowCatalog?, now: Date) throws -> RestoreOutcome {
        let sourceFile = RegisterFile(path: source)
        guard try sourceFile.inspect() != .missing else { throw BackupError.sourceMissing(path: source) }
        let destinationFile = RegisterFile(path: destination)
        let existing = FileManager.default.fileExists(atPath: destination)
        if existing && !replacing {
            let isRegister = (try? destinationFile.inspect()).map { $0 != .missing } ?? false
            throw BackupError.destinationExists(path: destination, isRegister: isRegister)
        }
        let temporary = try PrivateFile.makeTemporary(near: destination, purpose: "dsr-restoring")
        defer { PrivateFile.remove(temporary) }
        let companions = PrivateFile.existingCompanions(of: source)
        defer { PrivateFile.removeLeftovers(of: source, existing: companions) }
        do {
            let access = sourceFile.access()
            let from = try DatabaseQueue(path: access.sqlitePath(for: source), configuration: configuration(readonly: true))
            let to = try DatabaseQueue(path: temporary, configuration: configuration())
            try from.backup(to: to)
            try to.close()
            try from.close()
        } catch {
            throw openingError(error, path: source)
        }
        let report = try verifyFile(temporary, workflows: workflows)
        if let first = report.firstBreak {
            throw BackupError.sourceDoesNotVerify(path: source, problems: report.problems.count,
                                                  first: first.description)
        }
        PrivateFile.sync(temporary)
        var keptAt: String?
        if existing {
            // Write the old register's log into its file first, so that nothing it holds is lost when the log is
            // moved aside with it; a damaged register may refuse, and its log then goes aside as it is.
            if let old = try? SQLiteStore(path: destination, create: false) {
                try? old.checkpoint()
                try? old.writer.close()
            }
            let stamp = UTCTimestamp.string(from: now)?.filter { $0.isNumber || $0 == "T" || $0 == "Z" } ?? "earlier"
            keptAt = destination + ".replaced-" + stamp
        }
        try PrivateFile.replace(destination, with: temporary, keepingOldAt: keptAt)
        let key = IdentityCodeKey.path(forRegister: destination)
        return RestoreOutcome(report: report, replacedRegisterKeptAt: keptAt, createdRegister: !existing,
                              identityKeyLocation: key, identityKeyPresent: FileManager.default.fileExists(atPath: key))
    }

    /// Opens a register file, upgrades it if an older dsr wrote it, verifies it and closes it again.
    private static func verifyFile(_ path: String, workflows: WorkflowCatalog?) throws -> ChainReport {
        let store = try SQLiteStore(path: path, create: false)
        let report = try store.verifyChain(replaying: workflows)
        try store.checkpoint()
        do {
            try store.writer.close()
        } catch {
            throw storeError(error, operation: "close \(path)")
        }
        return report
    }

    /// Whether the file at `path` (a register or a backup) can be read or written by users other than its owner,
    /// with its mode, or `nil` if it cannot or does not exist.
    public static func exposedMode(ofFileAt path: String) -> Int? {
        RegisterFile(path: path).exposedMode()
    }
}
