/// The data of an `attachment-deleted` event: the attachment of the case whose bytes were deleted, and why. It holds
/// no personal data; the attachment's SHA-256 stays in its `attachment-added` event.
public struct AttachmentDeletedData: Sendable, Codable, Equatable {
    /// The attachment's number within the case.
    public var number: Int
    /// Why it was deleted.
    public var reason: AttachmentErasure

    /// Creates the data.
    public init(number: Int, reason: AttachmentErasure) {
        self.number = number
        self.reason = reason
    }
}

extension AttachmentDeletedData: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("number", number)
        writer.member("reason", reason.rawValue)
        writer.endObject()
    }
}
