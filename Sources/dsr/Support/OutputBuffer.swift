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
    func line(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
        if bytes.count >= limit { flush() }
    }

    /// Adds raw bytes.
    func raw(_ data: [UInt8]) {
        bytes.append(contentsOf: data)
    }

    /// Writes out what is buffered.
    func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}
