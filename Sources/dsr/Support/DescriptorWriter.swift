#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes bytes to an open file descriptor with `write(2)`, the one way dsr writes what it outputs.
///
/// Foundation's `FileHandle.write(_:)` stops the process with a trap when the write fails (a closed pipe, a full
/// disk, a closed descriptor), and `print` through the C library hides the failure; this writer returns it instead.
enum DescriptorWriter {
    /// Writes all of `bytes` to `descriptor`, again after an interrupted or partial write.
    /// - Returns: 0 when every byte was written, else the `errno` of the write that failed (`EPIPE` for a closed
    ///   pipe, since dsr ignores `SIGPIPE`).
    static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32 {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            writeAll(UnsafeRawBufferPointer(buffer), to: descriptor)
        }
        if let result { return result }
        let copy = Array(bytes)
        return copy.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes all of `buffer` to `descriptor`, waiting while a non-blocking descriptor is full; returns 0 or the
    /// `errno` of the write that failed.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&waiting, 1, -1)
                    continue
                }
                return code
            }
            if written == 0 { return EIO }
            offset += written
        }
        return 0
    }

    /// The system's text for an `errno` value, for messages.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
