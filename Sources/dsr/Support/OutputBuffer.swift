import Foundation

/// Collects output and writes it to standard output in large blocks, for commands that print many lines.
final class OutputBuffer {
    private var bytes: [UInt8] = []
    private let limit = 1 << 16

    /// Creates an empty buffer.
    init() {
        bytes.reserveCapacity(limit + 4096)
    }

    /// Adds text and a line feed, writing the buffer out when it is full.
    /// - Throws: ``StandardOutputFailure`` if standard output does not take it; the command should stop.
    func line(_ text: String) throws(StandardOutputFailure) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
        if bytes.count >= limit { try flush() }
    }

    /// Adds raw bytes.
    func raw(_ data: [UInt8]) {
        bytes.append(contentsOf: data)
    }

    /// Writes out what is buffered.
    /// - Throws: ``StandardOutputFailure`` if standard output does not take it.
    func flush() throws(StandardOutputFailure) {
        guard !bytes.isEmpty else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        try StandardOutput.write(bytes)
    }
}
