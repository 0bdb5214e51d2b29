import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A workbook's bytes in a file of their own, which only this process can read (mode 0600, created anew), removed
/// when the value is dropped.
///
/// ZIPFoundation's in-memory archive traps on an entry offset past the end of the data (a damaged or hostile
/// file), while its file-backed archive reads short and reports an error; so the reader always opens a file.
final class PrivateTemporaryFile {
    /// The file's location.
    let url: URL

    /// Writes `data` to a new file in the temporary folder.
    /// - Throws: ``SheetError/cannotRead`` if the file cannot be made or written.
    init(_ data: Data) throws(SheetError) {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let path = folder + "/dsr-workbook-" + UUID().uuidString + ".xlsx"
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw .cannotRead }
        url = URL(fileURLWithPath: path)
        let written = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return buffer.isEmpty }
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written else {
            unlink(path)
            throw .cannotRead
        }
    }

    deinit {
        unlink(url.path)
    }
}
