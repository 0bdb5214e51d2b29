import DSRCore

/// The command to read an attachment's bytes back (`attachment get`), checked against the hash chain.
public struct GetAttachment: Sendable, Equatable {
    /// The attachment.
    public var number: AttachmentNumber

    /// Creates the command.
    public init(number: AttachmentNumber) {
        self.number = number
    }
}
