/// One attachment whose bytes are to be deleted, with the `attachment-deleted` entry that records it
/// (``AttachmentStorage/deleteAttachments(of:_:)``).
public struct AttachmentDeletion: Sendable, Equatable {
    /// The attachment.
    public var number: AttachmentNumber
    /// The entry that records the deletion (its data an ``AttachmentDeletedData`` of the same number).
    public var entry: EventEntry

    /// Creates the deletion.
    public init(number: AttachmentNumber, entry: EventEntry) {
        self.number = number
        self.entry = entry
    }
}
