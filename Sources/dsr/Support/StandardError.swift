#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard error, written with `write(2)`. A failed write is ignored: there is nowhere left to report it, and a
/// message that cannot be shown must not stop the command or change its exit code.
enum StandardError {
    /// Writes text as it is.
    static func write(_ text: String) {
        _ = DescriptorWriter.writeAll(text.utf8, to: STDERR_FILENO)
    }
}
