/// The text lines of a case's attachments, for `attachments` and `show`.
public enum AttachmentListing {
    /// The heading of the ``line(_:)`` columns.
    public static let heading = "NUMBER  LABEL  SIZE  SHA-256  ADDED  BY  SENSITIVE  STATE"

    /// One attachment on one line: number, label, size, the start of its SHA-256, the day and the actor, whether it
    /// is sealed, and whether its bytes were deleted (with the day and the reason). The display name is not shown
    /// here: lists may be seen by others, and `attachments --format json` gives it.
    public static func line(_ attachment: AttachmentSummary) -> String {
        let state: String =
            if let deletedOn = attachment.deletedOn {
                "deleted on \(deletedOn) (\(attachment.deletionReason?.text ?? "deleted"))"
            } else {
                "kept"
            }
        return [
            "A\(attachment.number.sequence)", attachment.label, size(attachment.size), attachment.shortSHA256,
            attachment.addedOn.description, "by \(attachment.actor)", attachment.sensitive ? "sealed" : "plain", state,
        ].joined(separator: "  ")
    }

    /// A size in bytes, kB or MB (1 kB = 1024 bytes), for lists.
    public static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1 << 20 { return "\((bytes + 512) / 1024) kB" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
