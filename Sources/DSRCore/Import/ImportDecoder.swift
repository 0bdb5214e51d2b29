/// Turns an import file's bytes, chunk by chunk, into UTF-8 for the parsers, and refuses a file that is not text.
///
/// The encoding is told from the file (``ImportEncoding``) unless one is named: a UTF-16 byte-order mark selects
/// UTF-16; otherwise the bytes pass as UTF-8 until the first non-ASCII character, whose bytes decide between
/// UTF-8 (a valid sequence) and Windows-1252 (anything else). ASCII is the same in all three, so the rows before it
/// read the same either way.
///
/// The not-text rule (``ImportTextCheck``) applies to the decoded characters, so a UTF-16 file is not refused for
/// the zero bytes of its ASCII characters; the offset an error names is always the byte offset in the file.
/// Decoding works on whole chunks through tables, not through Foundation character by character.
struct ImportDecoder: Sendable {
    /// The encoding in use; `nil` while only ASCII has been seen and none was named.
    private(set) var encoding: ImportEncoding?
    /// Bytes held back for the next chunk: the start of the file until the byte-order mark can be told, a UTF-16
    /// code unit split between chunks, or a multi-byte sequence that decides the encoding and is not yet complete.
    private var pending: [UInt8] = []
    /// Whether the start of the file (its byte-order mark) has been looked at.
    private var started = false
    /// The file offset of the next byte not yet decoded (the first of ``pending``).
    private var offset = 0
    /// The not-text check of UTF-8 text.
    private var utf8Check = ImportTextCheck()
    /// A UTF-16 high surrogate waiting for its low half, with its file offset.
    private var highSurrogate: (unit: UInt16, offset: Int)?

    /// Creates a decoder for a file in `encoding`, or in the encoding its bytes tell if `nil`.
    init(encoding: ImportEncoding? = nil) {
        self.encoding = encoding
    }

    /// Decodes the next chunk of the file.
    /// - Returns: UTF-8 bytes, possibly empty when the chunk is held back whole.
    /// - Throws: ``ImportError/notText(offset:scalar:)`` for a NUL, a control character other than tab, CR and LF,
    ///   or a byte the encoding leaves undefined.
    mutating func decode(_ chunk: [UInt8]) throws(ImportError) -> [UInt8] {
        var bytes = chunk
        if !pending.isEmpty {
            bytes = pending + chunk
            pending = []
        }
        if !started {
            guard bytes.count >= 2 else {
                pending = bytes
                return []
            }
            started = true
            if encoding == nil || encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
                if bytes[0] == 0xFF && bytes[1] == 0xFE {
                    encoding = .utf16LittleEndian
                } else if bytes[0] == 0xFE && bytes[1] == 0xFF {
                    encoding = .utf16BigEndian
                }
            }
        }
        return try convert(bytes, final: false)
    }

    /// Decodes what was held back at the end of the file.
    /// - Throws: As ``decode(_:)``.
    mutating func finish() throws(ImportError) -> [UInt8] {
        let bytes = pending
        pending = []
        started = true
        var output = try convert(bytes, final: true)
        if highSurrogate != nil {
            highSurrogate = nil
            Self.append(0xFFFD, to: &output)
        }
        return output
    }

    /// Decodes bytes in the encoding in force (telling it first if still undecided).
    private mutating func convert(_ bytes: [UInt8], final: Bool) throws(ImportError) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        switch encoding {
        case nil:
            guard let first = bytes.firstIndex(where: { $0 >= 0x80 }) else { return try passUTF8(bytes) }
            switch Self.utf8Validity(bytes[first...]) {
            case .valid:
                encoding = .utf8
                return try passUTF8(bytes)
            case .invalid:
                encoding = .windows1252
                return try singleByte(bytes, .windows1252)
            case .incompleteAtEnd(let start) where start > first:
                // Valid non-ASCII text before the cut: UTF-8.
                encoding = .utf8
                return try passUTF8(bytes)
            case .incompleteAtEnd(let start):
                if final {
                    encoding = .windows1252
                    return try singleByte(bytes, .windows1252)
                }
                // Only the tail is non-ASCII and it is cut short: the next chunk decides.
                pending = Array(bytes[start...])
                return try passUTF8(Array(bytes[..<start]))
            }
        case .utf8?:
            return try passUTF8(bytes)
        case .windows1252?, .iso885915?:
            return try singleByte(bytes, encoding ?? .windows1252)
        case .utf16LittleEndian?, .utf16BigEndian?:
            return try utf16(bytes, bigEndian: encoding == .utf16BigEndian, final: final)
        }
    }

    /// UTF-8 bytes, checked and passed on unchanged.
    private mutating func passUTF8(_ bytes: [UInt8]) throws(ImportError) -> [UInt8] {
        try utf8Check.check(bytes)
        offset += bytes.count
        return bytes
    }

    /// The UTF-8 form of each byte of a single-byte encoding, by byte; empty for a byte that is not text.
    private static let windows1252Table = table(.windows1252)
    private static let iso885915Table = table(.iso885915)

    /// The UTF-8 form of each byte value in `encoding`: empty for the C0 controls other than tab, LF and CR, DEL,
    /// the C1 controls and undefined bytes.
    private static func table(_ encoding: ImportEncoding) -> [[UInt8]] {
        (0...255).map { (value: Int) -> [UInt8] in
            let byte = UInt8(value)
            guard let scalar = encoding.scalar(forByte: byte), !isControl(scalar.value) else { return [] }
            return Array(String(Character(scalar)).utf8)
        }
    }

    /// Decodes bytes of a single-byte encoding.
    private mutating func singleByte(_ bytes: [UInt8], _ encoding: ImportEncoding) throws(ImportError) -> [UInt8] {
        let table = encoding == .iso885915 ? Self.iso885915Table : Self.windows1252Table
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x20 && byte < 0x7F {
                output.append(byte)
                continue
            }
            let encoded = table[Int(byte)]
            guard !encoded.isEmpty else { throw .notText(offset: offset + index, scalar: UInt32(byte)) }
            output.append(contentsOf: encoded)
        }
        offset += bytes.count
        return output
    }

    /// Decodes UTF-16 bytes; a byte-order mark at the start of the file is dropped, an unpaired surrogate becomes
    /// U+FFFD (which the row check reports as not text in the file's encoding).
    private mutating func utf16(_ bytes: [UInt8], bigEndian: Bool, final: Bool) throws(ImportError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index + 1 < bytes.count {
            let unit =
                bigEndian
                ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
            let at = offset + index
            index += 2
            if let high = highSurrogate {
                highSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    let value = 0x10000 + (UInt32(high.unit - 0xD800) << 10) + UInt32(unit - 0xDC00)
                    Self.append(value, to: &output)
                    continue
                }
                Self.append(0xFFFD, to: &output)
            }
            switch unit {
            case 0xD800...0xDBFF:
                highSurrogate = (unit, at)
            case 0xDC00...0xDFFF:
                Self.append(0xFFFD, to: &output)
            case 0xFEFF where at == 0:
                break
            default:
                let value = UInt32(unit)
                if Self.isControl(value) { throw .notText(offset: at, scalar: value) }
                Self.append(value, to: &output)
            }
        }
        if index < bytes.count {
            if final {
                Self.append(0xFFFD, to: &output)
            } else {
                pending = [bytes[index]]
            }
        }
        offset += index
        return output
    }

    /// Whether a scalar is a control character other than tab, LF and CR (C0, DEL or C1).
    private static func isControl(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// Appends a scalar's UTF-8 bytes.
    private static func append(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case ..<0x80:
            output.append(UInt8(value))
        case ..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Whether bytes read as UTF-8.
    enum UTF8Validity: Equatable {
        /// Every sequence is valid UTF-8.
        case valid
        /// A sequence is not UTF-8.
        case invalid
        /// Valid up to a sequence at `start` that the bytes end before completing.
        case incompleteAtEnd(start: Int)
    }

    /// Whether bytes are valid UTF-8 (shortest forms, no surrogates, at most U+10FFFF).
    static func utf8Validity(_ bytes: ArraySlice<UInt8>) -> UTF8Validity {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return .invalid
            }
            for step in 1..<length {
                guard index + step < bytes.endIndex else { return .incompleteAtEnd(start: index) }
                let byte = bytes[index + step]
                let (min, max) = step == 1 ? (low, high) : (0x80, 0xBF)
                guard byte >= min && byte <= max else { return .invalid }
            }
            index += length
        }
        return .valid
    }
}
