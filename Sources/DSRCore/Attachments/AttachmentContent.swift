import Foundation

/// What a register holds of an attachment's bytes (``AttachmentStorage/attachmentContent(_:)``).
public enum AttachmentContent: Sendable, Equatable {
    /// The bytes, opened if they were sealed.
    case kept(Data)
    /// The bytes were deleted; the record and the SHA-256 stay.
    case deleted
}
