import Foundation

/// The largest attachment a register takes: 25 MB by default (1 MB = 1,048,576 bytes), and what the officer set
/// instead (`docs/user-guide.md`, "Keeping documents with the case").
public struct AttachmentLimit: Sendable, Equatable {
    /// The limit in bytes.
    public let bytes: Int

    /// The default limit, 25 MB.
    public static let standard = AttachmentLimit(checkedBytes: 25 << 20)
    /// The largest limit that may be set, 2048 MB.
    public static let maximumMegabytes = 2048

    private init(checkedBytes: Int) {
        bytes = checkedBytes
    }

    /// A limit of whole megabytes.
    /// - Throws: ``AttachmentError/invalidLimit`` unless `megabytes` is from 1 to ``maximumMegabytes``.
    public init(megabytes: Int) throws(AttachmentError) {
        guard (1...Self.maximumMegabytes).contains(megabytes) else { throw .invalidLimit }
        bytes = megabytes << 20
    }

    /// A limit from the officer's text: whole megabytes.
    /// - Throws: ``AttachmentError/invalidLimit`` if it is not a whole number from 1 to ``maximumMegabytes``.
    public init(text: String) throws(AttachmentError) {
        guard let megabytes = Int(text.trimmingCharacters(in: .whitespaces)) else { throw .invalidLimit }
        try self.init(megabytes: megabytes)
    }
}
