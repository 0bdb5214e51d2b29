import DSRCore
import Foundation

#if canImport(Glibc)
    import CoreFoundation
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file to keep with a case (`attach`, `case set --enclose`) within the size limit: a regular file larger
/// than the limit is refused from its size before a byte is read, and the reading stops as soon as it passes the
/// limit (a file that grows meanwhile, a device), so memory never holds more than the limit and one chunk.
enum AttachmentFileReader {
    /// The environment variable that sets the limit in megabytes when no option does.
    static let limitVariable = "DSR_MAX_ATTACHMENT_MB"

    /// The limit: the option's megabytes, else `DSR_MAX_ATTACHMENT_MB`, else 25 MB.
    /// - Throws: ``AttachmentError/invalidLimit`` for a value that is not 1 to 2048 megabytes.
    static func limit(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> AttachmentLimit
    {
        if let option { return try AttachmentLimit(text: option) }
        if let variable = environment[limitVariable], !variable.isEmpty { return try AttachmentLimit(text: variable) }
        return .standard
    }

    /// The file's bytes.
    /// - Throws: ``FileError/missing(path:what:)`` (exit 66) if it is not a readable regular file;
    ///   ``AttachmentError/tooLarge(size:limit:)`` (exit 65) if it is larger than `limit`;
    ///   ``AttachmentError/empty`` if it is empty.
    static func contents(of path: String, limit: AttachmentLimit) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError.missing(path: path, what: "readable file") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw FileError.missing(path: path, what: "readable regular file")
        }
        let size = Int(info.st_size)
        if size > limit.bytes { throw AttachmentError.tooLarge(size: size, limit: limit.bytes) }
        var content = Data()
        content.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError.missing(path: path, what: "readable file (reading failed)")
            }
            if count == 0 { break }
            guard content.count + count <= limit.bytes else {
                throw AttachmentError.tooLarge(size: nil, limit: limit.bytes)
            }
            content.append(contentsOf: chunk[0..<count])
        }
        guard !content.isEmpty else { throw AttachmentError.empty }
        return content
    }
}
