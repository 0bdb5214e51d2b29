import DSRCore
import Foundation

/// An attachment's bytes, read back and checked: their SHA-256 is the one the hash chain recorded.
public struct AttachmentCopy: Sendable, Equatable {
    /// The attachment as its history records it.
    public var attachment: AttachmentSummary
    /// Its bytes.
    public var content: Data

    /// Creates the copy.
    public init(attachment: AttachmentSummary, content: Data) {
        self.attachment = attachment
        self.content = content
    }
}
