import Crypto

/// The hash chain over the event log: how an event's `hash` is computed from its fields and the previous hash.
///
/// ## Canonical encoding (version 1)
///
/// An event's hash is the lowercase hexadecimal SHA-256 of a byte string made of the tag `dsr-event-v1` and a line
/// feed, then each of the following fields of the stored `event` row, in this order:
///
///  1. `sequence` (integer)
///  2. `caseYear` (integer, or null for a register-wide entry)
///  3. `caseSequence` (integer, or null)
///  4. `name` (text)
///  5. `on` (text, `YYYY-MM-DD`)
///  6. `recordedAt` (text, `YYYY-MM-DDTHH:MM:SSZ` in UTC)
///  7. `actor` (text)
///  8. `workflowVersion` (integer)
///  9. `stateAfter` (text, or null)
/// 10. `data` (text, the event's data as canonical JSON)
/// 11. `stateHash` (text, or null: the hex SHA-256 of the JSON stored in the current-state row written with the
///     event, `request.record` or `controllerProfile.profile`)
/// 12. `previousHash` (text: the `hash` of the event with the previous sequence number, or 64 zeros for the first)
///
/// Each field is written as one of:
///
/// - null: the byte `N` and a line feed;
/// - integer: the byte `I`, the number in decimal ASCII (with `-` if negative) and a line feed;
/// - text: the byte `S`, the length of its UTF-8 bytes in decimal ASCII, a colon, the UTF-8 bytes exactly as
///   stored (no normalisation) and a line feed.
///
/// ## Canonical encoding (format 2, from schema version 2)
///
/// The tag is `dsr-event-v2`, the same twelve fields follow in the same way, and a thirteenth closes the encoding:
///
/// 13. `personalHash` (text, or null: the hex SHA-256 of `dsr-personal-v1`, a line feed, the salt, a line feed and
///     the event's full data, which `eventPersonal` keeps; see `EventPersonalRow`)
///
/// In format 2, `data` is the event's public form: its personal texts are replaced by `[personal data]`. The full
/// data is bound to the chain through `personalHash`, so `dsr purge` can delete it (and its salt) while every hash
/// still verifies. The row's `format` column says which encoding its hash follows; a changed `format` changes the
/// tag and so breaks the hash.
///
/// The lengths make the encoding unambiguous whatever the texts contain. For example, the first event of an empty
/// register, a registration of case 2026-0001, begins `dsr-event-v1\nI1\nI2026\nI1\nS8:register\nS10:2026-03-02\n…`.
///
/// Because `previousHash` is part of the hashed bytes, changing, deleting or inserting an event breaks the link of
/// every later event; `sequence` being hashed makes renumbering visible too. The chain is not keyed: it detects
/// edits made behind dsr's back, not a forger who recomputes every later hash, and it cannot see its own tail cut
/// off. Against both, keep its head as a ``ChainAnchor`` outside the register (`dsr audit anchor`, each backup's
/// `BACKUP.anchor`) and check it with ``SQLiteStore/verifyChain(replaying:anchors:)``.
enum EventChain {
    /// The tag that opens the encoding and names its version.
    static let tag = "dsr-event-v1"

    /// The tag of format 2.
    static let tagV2 = "dsr-event-v2"

    /// The tag of a personal-data commitment (see ``EventPersonalRow/commitment``).
    static let personalTag = "dsr-personal-v1"

    /// Writes an event's canonical encoding in its format into `buffer`: the tag of the format, then the fields
    /// above in their order, each as a null, an integer or a text. The one encoder of the chain: dsr writes events
    /// through it (``canonicalEncoding(of:)``) and `dsr audit verify` reads them back through it (`EventColumns`).
    static func encode<Text: CanonicalText>(
        into buffer: inout CanonicalEventBuffer, format: Int64, sequence: Int64?, caseYear: Int64?,
        caseSequence: Int64?, name: Text, on: Text, recordedAt: Text, actor: Text, workflowVersion: Int64,
        stateAfter: Text?, data: Text, stateHash: Text?, previousHash: Text, personalHash: Text?
    ) {
        buffer.start(format == 1 ? tag : tagV2)
        buffer.append(sequence)
        buffer.append(caseYear)
        buffer.append(caseSequence)
        buffer.append(name)
        buffer.append(on)
        buffer.append(recordedAt)
        buffer.append(actor)
        buffer.append(workflowVersion)
        buffer.append(stateAfter)
        buffer.append(data)
        buffer.append(stateHash)
        buffer.append(previousHash)
        if format != 1 { buffer.append(personalHash) }
    }

    /// Writes the bytes a personal-data commitment hashes into `buffer`: ``personalTag``, a line feed, the salt, a
    /// line feed and the data.
    static func encodeCommitment<Text: CanonicalText>(into buffer: inout CanonicalEventBuffer, salt: Text, data: Text) {
        buffer.start(personalTag)
        buffer.appendRaw(salt)
        buffer.appendRaw(0x0A)
        buffer.appendRaw(data)
    }

    /// The canonical bytes of an event row in its format; its `hash` field is not part of them.
    static func canonicalEncoding(of row: EventRow) -> [UInt8] {
        var buffer = CanonicalEventBuffer()
        encode(
            into: &buffer, format: Int64(row.format), sequence: row.sequence, caseYear: row.caseYear.map(Int64.init),
            caseSequence: row.caseSequence.map(Int64.init), name: row.name, on: row.on, recordedAt: row.recordedAt,
            actor: row.actor, workflowVersion: Int64(row.workflowVersion), stateAfter: row.stateAfter,
            data: row.data, stateHash: row.stateHash, previousHash: row.previousHash, personalHash: row.personalHash)
        return buffer.bytes
    }

    /// The hash of an event row: the hex SHA-256 of its canonical encoding.
    static func hash(of row: EventRow) -> String {
        sha256Hex(canonicalEncoding(of: row))
    }

    /// The lowercase hexadecimal SHA-256 of a text's UTF-8 bytes (hashed where the text keeps them, not copied out
    /// first: a request's state is hashed for every event an import writes).
    static func sha256Hex(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var hasher = SHA256()
            hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
            return hex(hasher.finalize())
        }
    }

    /// The lowercase hexadecimal SHA-256 of bytes.
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// Bytes as lowercase hexadecimal.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in bytes {
            hex.append(hexDigit(byte >> 4))
            hex.append(hexDigit(byte & 0x0F))
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The lowercase hexadecimal digit of a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
