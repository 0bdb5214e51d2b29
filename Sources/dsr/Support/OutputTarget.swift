import DSRCore
import Foundation

#if canImport(Glibc)
    // With --static-swift-stdlib, `stat` and its fields come through CoreFoundation's module map (MemberImportVisibility).
    import CoreFoundation
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path dsr is told to write a file to (`--output FILE`, `dsr backup FILE`), and the rules for it.
///
/// Nothing that exists is replaced without `--force`; the register's own files are never replaced; and only a
/// regular file is ever replaced, never a symbolic link (whose target would be written), a FIFO, a device, a socket
/// or a folder.
struct OutputTarget {
    /// The path as given.
    let path: String
    /// Whether an existing regular file may be replaced (`--force`).
    let force: Bool
    /// The files dsr never writes over, with what each is.
    let protected: [(path: String, what: String)]

    /// A target; `register` is the path of the register the command works on, whose files are protected.
    init(path: String, force: Bool, register: String) {
        self.path = path
        self.force = force
        protected = Self.protectedFiles(ofRegister: register)
    }

    /// The register's files, as given and with symbolic links resolved (SQLite keeps its log beside the real file).
    static func protectedFiles(ofRegister register: String) -> [(path: String, what: String)] {
        var bases = [register]
        if let resolved = realpath(register, nil) {
            bases.append(String(cString: resolved))
            free(resolved)
        }
        return bases.flatMap { base in
            GlobalOptions.ownFiles(ofRegister: base).map { (path: $0.path, what: describe($0.role)) }
        }
    }

    /// What a register's file is, in the messages.
    static func describe(_ role: RegisterOwnFile.Role) -> String {
        switch role {
        case .register: "the register"
        case .writeAheadLog: "the register's write-ahead log"
        case .sharedMemory: "the register's shared-memory index"
        case .rollbackJournal: "the register's rollback journal"
        case .identityKey: "the register's identity-code key file"
        case .integrityStamp: "the register's integrity stamp"
        }
    }

    /// Checks that the path may be written now.
    /// - Throws: ``OutputFileError/protected(path:what:)`` for one of the register's files (with or without
    ///   `--force`), ``OutputFileError/notRegularFile(path:kind:)`` for anything but a regular file,
    ///   ``OutputFileError/exists(path:)`` for an existing file without `--force`, and
    ///   ``OutputFileError/cannotCreate(path:reason:)`` if the path cannot be looked at.
    func check() throws(OutputFileError) {
        var info = stat()
        let exists = lstat(path, &info) == 0
        let lookup = exists ? 0 : errno
        if let what = protectedWhat(existing: exists ? info : nil) { throw .protected(path: path, what: what) }
        guard exists else {
            if lookup == ENOENT { return }
            throw .cannotCreate(path: path, reason: DescriptorWriter.describe(lookup))
        }
        if let kind = Self.kind(of: info.st_mode) { throw .notRegularFile(path: path, kind: kind) }
        if !force { throw .exists(path: path) }
    }

    /// What the path is among the register's files, compared by name (folders resolved) and, for an existing file,
    /// by device and inode (a hard link to the register is the register).
    private func protectedWhat(existing info: stat?) -> String? {
        let target = Self.canonical(path)
        for file in protected {
            if Self.canonical(file.path) == target { return file.what }
            var other = stat()
            if let info, stat(file.path, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino {
                return file.what
            }
        }
        return nil
    }

    /// What a file of this mode is, or `nil` for a regular file.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// The absolute path with its folder's symbolic links, `.` and `..` resolved (the last part kept as it is).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return url.path }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return (base == "/" ? "" : base) + "/" + url.lastPathComponent
    }
}
