import DSRCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Copies a register's identity-code key file to where another register's key belongs (`dsr migrate`): created new
/// with mode 0600 (its folder 0700 if made), never over a file that is there already; a file there with the same key
/// is taken as it is.
enum KeyFileCopy {
    /// Copies the key at `source` to `destination`, or does nothing if `source` does not exist.
    /// - Returns: Both paths if a key was there to copy.
    /// - Throws: ``IdentityCodeError/keyUnreadable(path:reason:)`` if the key cannot be read or written, or a
    ///   different file is already at `destination` (it is left as it is).
    static func copy(from source: String, to destination: String) throws -> (from: String, to: String)? {
        guard FileManager.default.fileExists(atPath: source) else { return nil }
        guard let key = FileManager.default.contents(atPath: source) else {
            throw IdentityCodeError.keyUnreadable(path: source, reason: "it cannot be read")
        }
        if FileManager.default.fileExists(atPath: destination) {
            guard FileManager.default.contents(atPath: destination) == key else {
                throw IdentityCodeError.keyUnreadable(
                    path: destination,
                    reason: "another key file is already there; it was left as it is. Move it aside, or give the new "
                        + "register's key another place")
            }
            return (source, destination)
        }
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw IdentityCodeError.keyUnreadable(path: destination, reason: "its folder cannot be made")
        }
        let descriptor = open(destination, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw IdentityCodeError.keyUnreadable(path: destination, reason: "it cannot be created")
        }
        let written = key.withUnsafeBytes { bytes in write(descriptor, bytes.baseAddress, bytes.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == key.count, synced else {
            unlink(destination)
            throw IdentityCodeError.keyUnreadable(path: destination, reason: "it cannot be written")
        }
        return (source, destination)
    }
}
