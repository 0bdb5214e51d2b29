#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The salts of personal data (32 random bytes, hex, as `EventPersonalRow` makes them) for a batch: the bytes come
/// from the system's random source in blocks of 1,024 salts, where drawing them one by one costs a system call per
/// eight bytes, a million times over on a large import. Both backends' imports draw their salts from one.
public struct SaltSource: Sendable {
    private var buffer = [UInt8](repeating: 0, count: 32 * 1024)
    private var offset = 32 * 1024

    /// A source that reads its first block when its first salt is asked for.
    public init() {}

    /// The next salt.
    public mutating func next() -> String {
        if offset == buffer.count { refill() }
        defer { offset += 32 }
        return EventChain.hex(Array(buffer[offset..<offset + 32]))
    }

    /// Fills the buffer from the operating system's cryptographic random source (`/dev/urandom`, `arc4random_buf`).
    private mutating func refill() {
        var generator = SystemRandomNumberGenerator()
        buffer.withUnsafeMutableBytes { bytes in
            var filled = 0
            #if canImport(Darwin)
                arc4random_buf(bytes.baseAddress, bytes.count)
                filled = bytes.count
            #else
                let source = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
                if source >= 0 {
                    defer { close(source) }
                    while filled < bytes.count {
                        let count = read(source, bytes.baseAddress.map { $0 + filled }, bytes.count - filled)
                        if count < 0 && errno == EINTR { continue }
                        guard count > 0 else { break }
                        filled += count
                    }
                }
            #endif
            // Should the system call fail, the standard generator (the same source, eight bytes at a time) fills in.
            while filled < bytes.count {
                withUnsafeBytes(of: generator.next()) { word in
                    for byte in word where filled < bytes.count {
                        bytes[filled] = byte
                        filled += 1
                    }
                }
            }
        }
        offset = 0
    }
}
