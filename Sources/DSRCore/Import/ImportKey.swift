/// The key that identifies a request by what was known of it at registration, so that importing a row again, or
/// an exported row into the register it came from, finds the request instead of adding it twice.
///
/// It is the SHA-256 of the request's kind, day of receipt, channel and the person's name, e-mail address,
/// telephone number and postal address: a row closed since its first import is still the same request. It is kept
/// beside the request (not in its record), for lookups only.
public enum ImportKey {
    /// The key of a request about to be registered.
    public static func of(_ draft: RequestDraft) -> String {
        make(kind: draft.kind, received: draft.received, channel: draft.channel, subject: draft.subject)
    }

    /// The key of a request in the register.
    public static func of(_ record: RequestRecord) -> String {
        make(kind: record.kind, received: record.received, channel: record.channel, subject: record.subject)
    }

    private static func make(kind: RequestKind, received: CivilDate, channel: Channel, subject: DataSubject) -> String {
        var bytes: [UInt8] = Array("dsr-import-key-v1".utf8)
        for field in [kind.rawValue, received.description, channel.rawValue, subject.name, subject.email ?? "",
                      subject.phone ?? "", subject.address ?? ""] {
            let utf8 = Array(field.utf8)
            bytes.append(contentsOf: Array("\n\(utf8.count):".utf8))
            bytes.append(contentsOf: utf8)
        }
        return PlainSHA256.hex(bytes)
    }
}
