/// Refuses an import file that is not text, byte by byte across the chunks it arrives in.
///
/// A text file holds no NUL byte and, once decoded as UTF-8, no control character other than tab, carriage return
/// and line feed: not the C0 controls (U+0000–U+001F), not DEL (U+007F), not the C1 controls (U+0080–U+009F,
/// written `C2 80`–`C2 9F`). A UTF-16 file, a spreadsheet's own format, a binary or `/dev/zero` fails on its first
/// such byte, before any of it is parsed as rows.
struct ImportTextCheck: Sendable {
    /// The bytes checked so far: the offset of the next chunk's first byte.
    private(set) var offset = 0
    /// Whether the last byte checked was `C2`, the first byte of a two-byte UTF-8 sequence for U+0080–U+00BF.
    private var afterC2 = false

    /// Checks the next chunk.
    /// - Throws: ``ImportError/notText(offset:scalar:)`` naming the first offending character's first byte.
    mutating func check(_ chunk: [UInt8]) throws(ImportError) {
        var index = 0
        for byte in chunk {
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    throw .notText(offset: offset + index, scalar: UInt32(byte))
                }
            } else if byte == 0x7F {
                throw .notText(offset: offset + index, scalar: 0x7F)
            } else if afterC2 && byte >= 0x80 && byte < 0xA0 {
                throw .notText(offset: offset + index - 1, scalar: UInt32(byte))
            }
            afterC2 = byte == 0xC2
            index += 1
        }
        offset += chunk.count
    }
}
