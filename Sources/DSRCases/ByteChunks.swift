/// Bytes in memory handed out a chunk at a time, for ``ImportRequests/init(options:bytes:chunkSize:)``.
///
/// `@unchecked Sendable` because the import calls ``next()`` from one task at a time (its reading half, each call
/// awaited before the next), so `offset` is never touched by two threads at once.
final class ByteChunks: @unchecked Sendable {
    private let bytes: [UInt8]
    private let size: Int
    /// Where the next chunk starts.
    private var offset = 0

    /// Wraps the bytes.
    init(bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = Swift.max(1, size)
    }

    /// The next chunk, or `nil` after the last.
    func next() -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = Swift.min(offset + size, bytes.count)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
