import DSRCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// File operations for backups and restores: private new files, syncs, and moving a register aside with its
/// write-ahead log.
enum PrivateFile {
    /// The suffixes of the files SQLite keeps beside a database.
    static let companions = ["-wal", "-shm", "-journal"]

    /// Creates an empty file with mode 0600 under a fresh temporary name in the folder of `near` (made, with mode
    /// 0700, if missing), and returns its path.
    static func makeTemporary(near path: String, purpose: String) throws(BackupError) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(path: path, reason: "its folder cannot be created")
        }
        let temporary = folder + "/." + url.lastPathComponent + "." + UUID().uuidString + "." + purpose
        let descriptor = createExclusively(temporary)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: describe(errno)) }
        fchmod(descriptor, 0o600)
        close(descriptor)
        return temporary
    }

    /// Removes a file and SQLite's companions of it, ignoring what is not there.
    static func remove(_ path: String) {
        for suffix in [""] + companions { unlink(path + suffix) }
    }

    /// The SQLite companions of `path` that exist now.
    static func existingCompanions(of path: String) -> Set<String> {
        Set(companions.filter { FileManager.default.fileExists(atPath: path + $0) })
    }

    /// Removes the `-wal` and `-shm` files a read-only SQLite connection left beside `path`, if they were not there
    /// before (`existing`) and the log is empty, so that reading a backup leaves its folder as it was.
    static func removeLeftovers(of path: String, existing: Set<String>) {
        var info = stat()
        let logEmpty = stat(path + "-wal", &info) != 0 || info.st_size == 0
        guard logEmpty else { return }
        for suffix in ["-wal", "-shm"] where !existing.contains(suffix) { unlink(path + suffix) }
    }

    /// Flushes a file's contents to disk.
    static func sync(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Flushes a folder's entries to disk.
    static func syncFolder(of path: String) {
        sync(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    /// Links `temporary` into place at `path` if nothing is there, else renames it over `path` when `replacing`.
    static func place(_ temporary: String, at path: String, replacing: Bool) throws(BackupError) {
        if link(temporary, path) == 0 {
            unlink(temporary)
        } else if errno == EEXIST && replacing {
            guard rename(temporary, path) == 0 else { throw .cannotWrite(path: path, reason: describe(errno)) }
        } else if errno == EEXIST {
            throw .destinationExists(path: path, isRegister: false)
        } else {
            throw .cannotWrite(path: path, reason: describe(errno))
        }
        chmod(path, 0o600)
        syncFolder(of: path)
    }

    /// Puts `temporary` at `path` in one atomic rename, so `path` always holds a whole file, the old or the new.
    ///
    /// With `aside`, the old file is first hard-linked there (or copied, where the file system has no hard links),
    /// and its SQLite companions are moved there too, so the kept register keeps its write-ahead log. Companions
    /// left at `path` — stray ones included — are moved aside or removed before the rename, so that a stale log can
    /// never be applied to the new file.
    static func replace(_ path: String, with temporary: String, keepingOldAt aside: String?) throws(BackupError) {
        if let aside, FileManager.default.fileExists(atPath: path) {
            if link(path, aside) != 0 {
                do {
                    try FileManager.default.copyItem(atPath: path, toPath: aside)
                } catch {
                    throw .cannotWrite(path: aside, reason: "the register it replaces cannot be kept there")
                }
            }
        }
        for suffix in companions where FileManager.default.fileExists(atPath: path + suffix) {
            let target = (aside ?? path + ".stale") + suffix
            guard rename(path + suffix, target) == 0 else {
                throw .cannotWrite(path: path + suffix, reason: "it cannot be moved aside (\(describe(errno)))")
            }
            if aside == nil { unlink(target) }
        }
        guard rename(temporary, path) == 0 else { throw .cannotWrite(path: path, reason: describe(errno)) }
        chmod(path, 0o600)
        syncFolder(of: path)
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// Creates a new file with mode 0600, failing if anything is at `path`; returns its descriptor or -1.
private func createExclusively(_ path: String) -> Int32 {
    open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
}
