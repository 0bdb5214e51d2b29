import DSRCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The register's file on disk: recognising a dsr register before SQLite touches it, and creating one so that the
/// path never holds a half-made register.
struct RegisterFile {
    /// What is at the path.
    enum Status: Equatable {
        /// Nothing.
        case missing
        /// A dsr register of the given schema version (from its file header).
        case register(schemaVersion: Int)
    }

    /// The file's path.
    let path: String

    /// The 16 bytes every SQLite 3 database file starts with.
    private static let sqliteMagic = Array("SQLite format 3\0".utf8)

    /// Looks at what is at the path by reading the SQLite header bytes only, without opening it with SQLite.
    ///
    /// - Throws: ``StoreError/notARegister(path:)`` for anything but a complete dsr register (random bytes, another
    ///   program's SQLite database, an empty or truncated file), ``StoreError/newerSchema(path:found:)`` for a
    ///   register of a newer dsr, and ``StoreError/cannotOpen(path:reason:)`` if the file cannot be read.
    func inspect() throws(StoreError) -> Status {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { return .missing }
            throw .cannotOpen(path: path, reason: Self.describe(code))
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw .cannotOpen(path: path, reason: "it is a folder, not a file") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegister(path: path) }

        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: Self.describe(errno)) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        var filled = 0
        while filled < header.count {
            let count = header.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        // While a write-ahead log exists, another process may be checkpointing: the header can then already count pages
        // that are still being copied into the file, so the truncation check applies only without a log.
        var logInfo = stat()
        let logPresent = stat(path + "-wal", &logInfo) == 0 && logInfo.st_size > 0
        return try Self.status(
            ofHeader: Array(header[0..<filled]), fileSize: UInt64(info.st_size), path: path,
            checkTruncation: !logPresent)
    }

    /// Reads the parts of an SQLite header that tell a complete dsr register from anything else.
    ///
    /// See <https://www.sqlite.org/fileformat.html#the_database_header>: page size at offset 16, change counter at
    /// 24, size in pages at 28, `user_version` at 60, `application_id` at 68, version-valid-for at 92.
    static func status(ofHeader header: [UInt8], fileSize: UInt64, path: String, checkTruncation: Bool = true)
        throws(StoreError) -> Status
    {
        guard header.count == 100, Array(header[0..<16]) == sqliteMagic else { throw .notARegister(path: path) }
        func integer(at offset: Int, width: Int) -> UInt32 {
            header[offset..<offset + width].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let rawPageSize = integer(at: 16, width: 2)
        let pageSize = UInt64(rawPageSize == 1 ? 65_536 : rawPageSize)
        guard pageSize >= 512, pageSize <= 65_536, pageSize & (pageSize - 1) == 0,
            fileSize >= pageSize, fileSize % pageSize == 0
        else { throw .notARegister(path: path) }
        let pages = UInt64(integer(at: 28, width: 4))
        if checkTruncation, integer(at: 92, width: 4) == integer(at: 24, width: 4), pages * pageSize > fileSize {
            throw .notARegister(path: path)  // truncated
        }
        guard Int32(bitPattern: integer(at: 68, width: 4)) == RegisterSchema.applicationID else {
            throw .notARegister(path: path)
        }
        let version = Int(Int32(bitPattern: integer(at: 60, width: 4)))
        if version > RegisterSchema.version { throw .newerSchema(path: path, found: "version \(version)") }
        guard version >= 1 else { throw .notARegister(path: path) }
        return .register(schemaVersion: version)
    }

    /// Whether this process can write the register, and if not, why and how SQLite can still read it.
    enum Access: Equatable {
        /// The file and its folder can be written.
        case readWrite
        /// The register can only be read. `immutable` when its folder cannot be written either and no write-ahead
        /// log is pending: SQLite then cannot create the `-shm` file WAL readers need, and reads the file as
        /// immutable (which assumes nobody changes it meanwhile).
        case readOnly(reason: String, immutable: Bool)

        /// The name to give SQLite: the path, or a `file:` URI with `immutable=1`.
        func sqlitePath(for path: String) -> String {
            guard case .readOnly(_, true) = self else { return path }
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return "file:\(encoded)?immutable=1"
        }
    }

    /// Finds out whether the register can be written: the file, and its folder, where SQLite keeps the write-ahead
    /// log (`-wal`) and its index (`-shm`). Root passes permission checks, but not a read-only file system.
    func access() -> Access {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let fileCode = writeAccessError(path)
        let folderCode = writeAccessError(folder)
        if fileCode == 0 && folderCode == 0 { return .readWrite }
        let reason: String
        if fileCode == EROFS || folderCode == EROFS {
            reason = "it is on a read-only file system"
        } else if fileCode != 0 {
            reason = "this user cannot write the file (\(Self.describe(fileCode)))"
        } else {
            reason =
                "this user cannot write its folder \(folder), where SQLite keeps the register's -wal and -shm files"
        }
        var logInfo = stat()
        let logPending = stat(path + "-wal", &logInfo) == 0 && logInfo.st_size > 0
        return .readOnly(reason: reason, immutable: folderCode != 0 && !logPending)
    }

    /// The file's permission bits if users other than its owner may read or write it, else `nil`.
    func exposedMode() -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let mode = Int(info.st_mode) & 0o777
        return mode & 0o077 == 0 ? nil : mode
    }

    /// Creates the register: its missing folders (mode 0700), then a new file (mode 0600) under a temporary name in
    /// the same folder, which `build` fills, and finally links it into place only if nothing is at the path yet.
    ///
    /// - Parameter build: Makes the register in the file at the path it is given.
    /// - Returns: `false` if another process created the register first (it is then left as it is).
    func create(_ build: (String) throws -> Void) throws(StoreError) -> Bool {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        try makeFolders(folder)
        let temporary = folder + "/." + url.lastPathComponent + "." + UUID().uuidString + ".dsr-creating"
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
        }
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: Self.describe(errno)) }
        fchmod(descriptor, 0o600)
        close(descriptor)

        do {
            try build(temporary)
        } catch let error as StoreError {
            throw error
        } catch {
            throw SQLiteStore.openingError(error, path: path)
        }

        let created: Bool
        if link(temporary, path) == 0 {
            created = true
        } else if errno == EEXIST {
            created = false
        } else if FileManager.default.fileExists(atPath: path) {
            created = false
        } else if rename(temporary, path) == 0 {
            // The file system has no hard links; the small window between the check and the rename is accepted.
            created = true
        } else {
            throw .cannotOpen(path: path, reason: Self.describe(errno))
        }
        Self.synchronize(folder: folder)
        return created
    }

    /// Creates the missing folders of a path with mode 0700, leaving existing ones as they are.
    private func makeFolders(_ folder: String) throws(StoreError) {
        var missing: [String] = []
        var current = folder
        while true {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: current, isDirectory: &isFolder) {
                guard isFolder.boolValue else { throw .cannotOpen(path: path, reason: "\(current) is not a folder") }
                break
            }
            missing.append(current)
            let parent = URL(fileURLWithPath: current).deletingLastPathComponent().path
            guard parent != current else { break }
            current = parent
        }
        for created in missing.reversed() {
            if mkdir(created, 0o700) == 0 {
                chmod(created, 0o700)  // exactly 0700, whatever the umask
            } else if errno != EEXIST {
                throw .cannotOpen(path: path, reason: Self.describe(errno))
            }
        }
    }

    /// Flushes a folder's entries to disk, so that a newly linked register survives a crash.
    private static func synchronize(folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The system's text for an `errno` value, for example `Permission denied`.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// 0 if this process may write `path`, else the `errno` that says why not.
private func writeAccessError(_ path: String) -> Int32 {
    access(path, W_OK) == 0 ? 0 : errno
}
