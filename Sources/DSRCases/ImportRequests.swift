import DSRCore

/// The command to import requests from a file (CSV or JSON Lines, or a workbook's rows as CSV), all or nothing.
///
/// The front end reads the file: the service gets its bytes a chunk at a time through `read`, which it calls from
/// one task at a time until it returns `nil`.
public struct ImportRequests: Sendable {
    /// How to import: skip invalid rows, dry run, format, encoding, header mapping.
    public var options: RequestImporter.Options
    /// Returns the file's next chunk of bytes, or `nil` at its end.
    public var read: @Sendable () throws -> [UInt8]?

    /// Creates the command.
    public init(options: RequestImporter.Options = .init(), read: @escaping @Sendable () throws -> [UInt8]?) {
        self.options = options
        self.read = read
    }

    /// The command for a file held in memory, handed over in chunks of `chunkSize` bytes.
    public init(options: RequestImporter.Options = .init(), bytes: [UInt8], chunkSize: Int = 64 << 10) {
        let chunks = ByteChunks(bytes: bytes, size: chunkSize)
        self.init(options: options, read: { chunks.next() })
    }
}
