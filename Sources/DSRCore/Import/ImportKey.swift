import Crypto

/// The key that identifies a request by what was known of it at registration, so that importing a row again, or
/// an exported row into the register it came from, finds the request instead of adding it twice.
///
/// It is the SHA-256 of the request's kind, day of receipt, channel and the person's name, e-mail address,
/// telephone number and postal address: a row closed since its first import is still the same request. It is kept
/// beside the request (not in its record), for lookups only. The digest is swift-crypto's (docs/performance.md,
/// "PlainSHA256 against swift-crypto").
public enum ImportKey {
    /// The key of a request about to be registered.
    public static func of(_ draft: RequestDraft) -> String {
        make(kind: draft.kind, received: draft.received, channel: draft.channel, subject: draft.subject)
    }

    /// The key of a request in the register.
    public static func of(_ record: RequestRecord) -> String {
        make(kind: record.kind, received: record.received, channel: record.channel, subject: record.subject)
    }

    /// Appends the bytes whose SHA-256 is the key of a request in the register to `bytes`: `dsr-import-key-v1`,
    /// then for each field a line feed, its UTF-8 length in decimal, a colon and its UTF-8 bytes. `dsr audit verify`
    /// hashes them with swift-crypto to check every stored key (`docs/storage.md`, "Import keys").
    public static func writeDigestInput(of record: RequestRecord, into bytes: inout [UInt8]) {
        writeDigestInput(
            kind: record.kind, received: record.received, channel: record.channel,
            subject: record.subject, into: &bytes)
    }

    private static func make(kind: RequestKind, received: CivilDate, channel: Channel, subject: DataSubject) -> String {
        var bytes: [UInt8] = []
        writeDigestInput(kind: kind, received: received, channel: channel, subject: subject, into: &bytes)
        return hex(SHA256.hash(data: bytes))
    }

    /// A digest as lowercase hexadecimal.
    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * SHA256.byteCount)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static func writeDigestInput(
        kind: RequestKind, received: CivilDate, channel: Channel,
        subject: DataSubject, into bytes: inout [UInt8]
    ) {
        func field(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                bytes.append(0x0A)
                bytes.append(contentsOf: String(utf8.count).utf8)
                bytes.append(UInt8(ascii: ":"))
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(contentsOf: "dsr-import-key-v1".utf8)
        field(kind.rawValue)
        field(received.description)
        field(channel.rawValue)
        field(subject.name)
        field(subject.email ?? "")
        field(subject.phone ?? "")
        field(subject.address ?? "")
    }
}
