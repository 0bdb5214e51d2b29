import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes a long output: standard output, or a new file created with mode 0600 (it may hold
/// personal data). Text is buffered and written in blocks.
final class OutputSink {
    private let handle: FileHandle
    private let path: String?
    private var buffer = Data()

    /// A sink to `path`, which must not exist yet, or to standard output.
    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            return
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw FileError.cannotWrite(path: path, reason: errno == EEXIST ? "it already exists" : String(cString: strerror(errno)))
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Adds text.
    func write(_ text: String) throws {
        buffer.append(contentsOf: Array(text.utf8))
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered and, for a file, syncs it.
    func finish() throws {
        try flush()
        if path != nil { try handle.synchronize() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw FileError.cannotWrite(path: path ?? "standard output", reason: "the write failed")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
