import PostgresNIO

/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`, the only format postgres-nio's `copyFrom` offers:
/// one line a row, its fields separated by tabs, `\N` for null, and a backslash before the characters the format
/// gives a meaning (the backslash itself, tab, line feed, carriage return).
///
/// The import writes each batch of requests with it (``PostgresImportSession``). Every value is written exactly as
/// the register keeps it: the server reads back the very texts that were hashed.
struct PostgresCopyText: Sendable {
    /// The rows written so far.
    private(set) var buffer: ByteBuffer
    /// Whether the row being written has a field yet (the next one is then preceded by a tab).
    private var rowHasField = false
    /// How many rows are complete.
    private(set) var rows = 0

    /// An empty text, with room for about `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// Appends a text field, or null.
    mutating func append(_ text: String?) {
        startField()
        guard var utf8 = text else {
            buffer.writeStaticString("\\N")
            return
        }
        utf8.withUTF8 { bytes in
            // Most texts need no escape: write them whole.
            guard bytes.contains(where: Self.needsEscape) else {
                buffer.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }

    /// Appends an integer field, or null.
    mutating func append<Value: BinaryInteger>(_ value: Value?) {
        guard let value else { return append(nil as String?) }
        startField()
        buffer.writeString(String(value))
    }

    /// Appends a boolean field (`t` or `f`).
    mutating func append(_ value: Bool) {
        startField()
        buffer.writeStaticString(value ? "t" : "f")
    }

    /// Ends the row being written.
    mutating func endRow() {
        buffer.writeStaticString("\n")
        rowHasField = false
        rows += 1
    }

    /// Writes the tab that separates a field from the one before it.
    private mutating func startField() {
        if rowHasField { buffer.writeStaticString("\t") }
        rowHasField = true
    }

    /// Whether a byte of UTF-8 must be written with a backslash before it.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
