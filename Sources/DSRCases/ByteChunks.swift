import Synchronization

/// Bytes in memory handed out a chunk at a time, for ``ImportRequests/init(options:bytes:chunkSize:)``.
final class ByteChunks: Sendable {
    private let bytes: [UInt8]
    private let size: Int
    /// Where the next chunk starts.
    private let offset = Mutex(0)

    /// Wraps the bytes.
    init(bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = max(1, size)
    }

    /// The next chunk, or `nil` after the last.
    func next() -> [UInt8]? {
        offset.withLock { offset in
            guard offset < bytes.count else { return nil }
            let end = min(offset + size, bytes.count)
            defer { offset = end }
            return Array(bytes[offset..<end])
        }
    }
}
