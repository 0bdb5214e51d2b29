import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a register file looked like on disk when a dsr process last left it, and when the file was last read whole
/// and found sound.
///
/// dsr checks a register file with SQLite's `quick_check` before a process first changes it, so that a damaged file
/// is never written to. That check reads every page: 2.3 s at a million requests. The stamp, kept beside the register
/// in `REGISTER.checked`, lets the next process skip it when nothing but dsr has touched the file since and the last
/// full check is less than a day old (``maximumAge``): a dsr process that changed the register, after it closed its
/// connection (SQLite then copies the write-ahead log into the file and deletes the log), records the file's state
/// (device, inode, size, modification and status-change times to the nanosecond) with the time of the last full
/// check; the next process compares the stamp with the file and runs the full check if anything differs.
///
/// Anything else that writes the file changes its modification time, and its status-change time, which no program
/// can set back (`touch` and `utimensat` set it to the current time): a copy, a restore, an edit with the `sqlite3`
/// tool, a partial overwrite, a truncation. A write-ahead log with content (another process working, or one that
/// crashed) also forces the full check. What the file's state cannot show is damage without a write, the storage
/// medium itself losing bits: SQLite refuses a damaged page it reads (`SQLITE_CORRUPT`, nothing written), the full
/// check still runs at least once a day, and `dsr audit verify` always runs it. `docs/storage.md` explains the trade.
struct IntegrityStamp: Equatable {
    /// The file's state on disk.
    var file: FileState
    /// When the file was last read whole and found sound (by `quick_check`), in seconds since 1970.
    var checkedAt: Int64

    /// How long a full check is trusted: a day, in seconds. After that the next change runs it again, even if only
    /// dsr wrote the file since.
    static let maximumAge: Int64 = 86_400

    /// A file's identity and the times `stat` gives for it.
    struct FileState: Equatable {
        /// The file system's device number.
        var device: UInt64
        /// The file's inode number.
        var inode: UInt64
        /// The file's size in bytes.
        var size: Int64
        /// The last modification time.
        var modified: Timestamp
        /// The last status change (written, renamed, linked, permissions).
        var changed: Timestamp
    }

    /// A time to the nanosecond, as `stat` gives it.
    struct Timestamp: Equatable {
        /// Seconds since 1970-01-01T00:00:00Z.
        var seconds: Int64
        /// Nanoseconds within the second.
        var nanoseconds: Int64
    }

    /// The first word of a stamp file, naming its format.
    static let tag = "dsr-integrity-stamp-v1"

    /// Where the stamp of the register at `registerPath` is kept.
    static func path(forRegister registerPath: String) -> String {
        registerPath + ".checked"
    }

    /// The state of the register file as it is now, or `nil` if it cannot be taken or must not be trusted: no regular
    /// file, or a write-ahead log or rollback journal with content beside it (another process is writing, or one
    /// stopped half-way).
    static func fileState(ofRegister registerPath: String) -> FileState? {
        for companion in ["-wal", "-journal"] {
            var info = stat()
            if stat(registerPath + companion, &info) == 0 {
                guard info.st_size == 0 else { return nil }
            } else if errno != ENOENT {
                return nil
            }
        }
        var info = stat()
        guard stat(registerPath, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        #if canImport(Darwin)
            let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
            let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return FileState(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Timestamp(seconds: Int64(modified.tv_sec), nanoseconds: Int64(modified.tv_nsec)),
            changed: Timestamp(seconds: Int64(changed.tv_sec), nanoseconds: Int64(changed.tv_nsec)))
    }

    /// The stamp recorded beside the register, or `nil` if there is none or it cannot be read.
    static func recorded(forRegister registerPath: String) -> IntegrityStamp? {
        guard let data = FileManager.default.contents(atPath: path(forRegister: registerPath)),
            data.count < 512
        else { return nil }
        return IntegrityStamp(line: String(decoding: data, as: UTF8.self))
    }

    /// The recorded stamp, if the register file is exactly as a dsr process that had found it sound left it and its
    /// full check is less than ``maximumAge`` old at `now` (seconds since 1970); otherwise `nil`.
    static func trusted(forRegister registerPath: String, now: Int64) -> IntegrityStamp? {
        guard let recorded = recorded(forRegister: registerPath),
            recorded.checkedAt <= now, now - recorded.checkedAt < maximumAge,
            fileState(ofRegister: registerPath) == recorded.file
        else { return nil }
        return recorded
    }

    /// Records this stamp beside the register: written to a temporary file with mode 0600 and renamed into place, so
    /// a reader sees the old stamp or the new one. Failing to record it only means the next process runs the full
    /// check, so failures are ignored.
    func record(forRegister registerPath: String) {
        let target = Self.path(forRegister: registerPath)
        let temporary = target + ".\(getpid()).tmp"
        let bytes = Array((line + "\n").utf8)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        let written = bytes.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        close(descriptor)
        guard written == bytes.count, rename(temporary, target) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// The stamp as one line of text: the tag and eight numbers.
    var line: String {
        [
            Self.tag, "\(file.device)", "\(file.inode)", "\(file.size)", "\(file.modified.seconds)",
            "\(file.modified.nanoseconds)", "\(file.changed.seconds)", "\(file.changed.nanoseconds)", "\(checkedAt)",
        ]
        .joined(separator: " ")
    }

    /// Reads a stamp's line; `nil` for anything else.
    init?(line: String) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count == 9, words[0] == Self.tag,
            let device = UInt64(words[1]), let inode = UInt64(words[2]), let size = Int64(words[3]),
            let modifiedSeconds = Int64(words[4]), let modifiedNanoseconds = Int64(words[5]),
            let changedSeconds = Int64(words[6]), let changedNanoseconds = Int64(words[7]),
            let checkedAt = Int64(words[8])
        else { return nil }
        self.init(
            file: FileState(
                device: device, inode: inode, size: size,
                modified: Timestamp(seconds: modifiedSeconds, nanoseconds: modifiedNanoseconds),
                changed: Timestamp(seconds: changedSeconds, nanoseconds: changedNanoseconds)),
            checkedAt: checkedAt)
    }

    /// A stamp of a file's state and the time of its last full check.
    init(file: FileState, checkedAt: Int64) {
        self.file = file
        self.checkedAt = checkedAt
    }
}
