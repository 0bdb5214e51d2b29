import Foundation

/// Where a command writes a long output: standard output, or a file (``OutputFile``: created with mode 0600 since it
/// may hold personal data, put in place whole only when ``finish()`` is called). Text is buffered and written in
/// blocks.
final class OutputSink {
    private let file: OutputFile?
    private var buffer: [UInt8] = []

    /// A sink to the file at `path`, or to standard output when `path` is `nil`. The file is checked and its
    /// temporary file made now, before the command does its work.
    /// - Parameters:
    ///   - force: Whether an existing regular file at `path` may be replaced.
    ///   - register: The register's path; its files are never written over.
    /// - Throws: ``OutputFileError`` (exit 73) if the file may not or cannot be made.
    init(path: String?, force: Bool, register: String) throws(OutputFileError) {
        file = try path.map { path throws(OutputFileError) in
            try OutputFile(OutputTarget(path: path, force: force, register: register))
        }
        buffer.reserveCapacity(1 << 16 + 4096)
    }

    /// Adds text.
    /// - Throws: ``OutputFileError`` or ``StandardOutputFailure`` if a full buffer cannot be written.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered and, for a file, syncs it and puts it in place.
    func finish() throws {
        try flush()
        try file?.place()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        if let file {
            try file.write(buffer)
        } else {
            try StandardOutput.write(buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
