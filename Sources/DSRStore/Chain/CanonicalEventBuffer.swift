import Crypto

/// A buffer for the canonical encoding of events and of personal-data commitments (``EventChain`` writes them
/// into it), hashed, or compared with a stored hex hash without building strings; `dsr audit verify` reuses one for
/// every event.
struct CanonicalEventBuffer {
    /// The bytes written since the last ``start(_:)``.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    init() {
        bytes.reserveCapacity(4096)
    }

    /// Empties the buffer and writes `tag` and a line feed.
    mutating func start(_ tag: String) {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: tag.utf8)
        bytes.append(0x0A)
    }

    /// Empties the buffer and lets `write` fill it (for a digest input made elsewhere, such as an import key's, to
    /// be checked with ``hashMatches(_:)``).
    mutating func fill(_ write: (inout [UInt8]) -> Void) {
        bytes.removeAll(keepingCapacity: true)
        write(&bytes)
    }

    /// Appends a text's bytes as they are, without a field's marks.
    mutating func appendRaw(_ text: some CanonicalText) {
        text.withCanonicalBytes { bytes.append(contentsOf: $0) }
    }

    /// Appends a byte.
    mutating func appendRaw(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends a null field: `N` and a line feed.
    mutating func appendNull() {
        bytes.append(UInt8(ascii: "N"))
        bytes.append(0x0A)
    }

    /// Appends an integer field: `I`, the number in decimal and a line feed.
    mutating func append(_ value: Int64) {
        bytes.append(UInt8(ascii: "I"))
        appendDecimal(value)
        bytes.append(0x0A)
    }

    /// Appends an integer field, or a null one.
    mutating func append(_ value: Int64?) {
        guard let value else { return appendNull() }
        append(value)
    }

    /// Appends a text field: `S`, its length in bytes, a colon, its bytes and a line feed.
    mutating func append(_ text: some CanonicalText) {
        text.withCanonicalBytes { text in
            bytes.append(UInt8(ascii: "S"))
            appendDecimal(Int64(text.count))
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: text)
            bytes.append(0x0A)
        }
    }

    /// Appends a text field, or a null one.
    mutating func append<Text: CanonicalText>(_ text: Text?) {
        guard let text else { return appendNull() }
        append(text)
    }

    /// Whether the SHA-256 of the buffer, in lowercase hexadecimal, is `hex`.
    func hashMatches(_ hex: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let hex, hex.count == 64 else { return false }
        let digest = SHA256.hash(data: bytes)
        var index = 0
        for byte in digest {
            guard hex[index] == Self.digits[Int(byte >> 4)], hex[index + 1] == Self.digits[Int(byte & 0x0F)] else {
                return false
            }
            index += 2
        }
        return true
    }

    /// The SHA-256 of the buffer in lowercase hexadecimal.
    var hashHex: String {
        EventChain.sha256Hex(bytes)
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendDecimal(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
