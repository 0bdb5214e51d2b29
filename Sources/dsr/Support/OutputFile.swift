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

/// A file dsr writes (`--output FILE`): built under a temporary name in the target's folder with mode 0600 (it may
/// hold personal data), synced, and only then put at the target in one step, so that the target holds the old file
/// or the whole new one, never a part; a failure removes the temporary file.
///
/// Without `--force` the file is hard-linked into place, which fails if anything appeared at the target meanwhile;
/// with `--force` it is renamed over the regular file there. The target is checked (``OutputTarget/check()``) when
/// the file is made and again when it is put in place.
///
/// `@unchecked Sendable` because a letter being issued is written from inside the register's transaction, which runs
/// on the store's executor (``CaseService/issueLetter(_:actor:today:beforeRecording:)``): the command hands the file
/// over only while it awaits that call, and touches it again only after the call returned, so no two threads ever
/// use it at once.
final class OutputFile: @unchecked Sendable {
    /// Where the file goes.
    let target: OutputTarget
    /// The temporary file beside the target.
    private let temporary: String
    /// The temporary file's descriptor while it is open.
    private var descriptor: Int32
    /// Whether the file is synced and closed, ready to be put in place.
    private(set) var isSynced = false
    /// Whether the file is at the target.
    private var placed = false

    /// Checks the target and creates the temporary file.
    /// - Throws: ``OutputFileError`` (exit 73) if the target may not be written or the folder takes no new file.
    init(_ target: OutputTarget) throws(OutputFileError) {
        try target.check()
        let url = URL(fileURLWithPath: target.path)
        let folder = url.deletingLastPathComponent().path
        temporary = folder + "/." + url.lastPathComponent + "." + UUID().uuidString + ".dsr-output"
        descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw .cannotCreate(path: target.path, reason: DescriptorWriter.describe(errno))
        }
        fchmod(descriptor, 0o600)
        self.target = target
    }

    deinit {
        discard()
    }

    /// Adds bytes to the file.
    /// - Throws: ``OutputFileError/cannotWrite(path:reason:)`` (exit 74); the file is then removed.
    func write(_ bytes: some Collection<UInt8>) throws(OutputFileError) {
        guard descriptor >= 0, !isSynced else {
            throw .cannotWrite(path: target.path, reason: "the file was already finished")
        }
        let code = DescriptorWriter.writeAll(bytes, to: descriptor)
        guard code == 0 else {
            discard()
            throw .cannotWrite(path: target.path, reason: DescriptorWriter.describe(code))
        }
    }

    /// Flushes the file to disk and closes it; it is then ready to be put in place.
    /// - Throws: ``OutputFileError/cannotWrite(path:reason:)`` (exit 74); the file is then removed.
    func sync() throws(OutputFileError) {
        guard !isSynced else { return }
        guard descriptor >= 0 else { throw .cannotWrite(path: target.path, reason: "the file was removed") }
        let synced = fsync(descriptor) == 0 ? 0 : errno
        let closed = close(descriptor) == 0 ? 0 : errno
        descriptor = -1
        guard synced == 0 && closed == 0 else {
            discard()
            throw .cannotWrite(path: target.path, reason: DescriptorWriter.describe(synced != 0 ? synced : closed))
        }
        isSynced = true
    }

    /// Syncs the file if needed and puts it at the target.
    /// - Throws: ``OutputFileError`` if the target may no longer be written or the file cannot be put there; the
    ///   temporary file is then removed and the target left as it was.
    func place() throws(OutputFileError) {
        try sync()
        do throws(OutputFileError) {
            try target.check()
            try putInPlace()
        } catch {
            discard()
            throw error
        }
        placed = true
        Self.syncFolder(of: target.path)
    }

    /// Writes, syncs and places `bytes` at `target` in one call.
    static func write(_ bytes: some Collection<UInt8>, to target: OutputTarget) throws(OutputFileError) {
        let file = try OutputFile(target)
        try file.write(bytes)
        try file.place()
    }

    /// Removes the temporary file, unless it was put in place.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if !placed { unlink(temporary) }
    }

    /// Links the file at the target (no `--force`) or renames it over the target (`--force`).
    private func putInPlace() throws(OutputFileError) {
        if target.force {
            guard rename(temporary, target.path) == 0 else {
                throw .cannotCreate(path: target.path, reason: DescriptorWriter.describe(errno))
            }
            return
        }
        if link(temporary, target.path) == 0 {
            unlink(temporary)
            return
        }
        let code = errno
        if code == EEXIST { throw .exists(path: target.path) }
        // A file system without hard links: rename, after making sure the target is still free.
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS else {
            throw .cannotCreate(path: target.path, reason: DescriptorWriter.describe(code))
        }
        var info = stat()
        guard lstat(target.path, &info) != 0 && errno == ENOENT else { throw .exists(path: target.path) }
        guard rename(temporary, target.path) == 0 else {
            throw .cannotCreate(path: target.path, reason: DescriptorWriter.describe(errno))
        }
    }

    /// Flushes the folder's entries to disk, so that the new name survives a crash.
    private static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
