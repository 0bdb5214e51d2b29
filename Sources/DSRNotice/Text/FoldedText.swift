/// A text folded by ``TextFold`` with a map back to the original, for phrase search and quoting.
struct FoldedText: Sendable {
    /// The original scalars.
    let scalars: [Unicode.Scalar]
    /// The folded bytes.
    let bytes: [UInt8]
    /// For each folded byte, the index of the original scalar it came from.
    let origin: [Int]

    /// Folds a text.
    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var bytes: [UInt8] = []
        var origin: [Int] = []
        bytes.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            let before = bytes.count
            TextFold.append(scalar, to: &bytes)
            for _ in before..<bytes.count { origin.append(index) }
        }
        self.scalars = scalars
        self.bytes = bytes
        self.origin = origin
    }

    /// The folded text as a string.
    var folded: String { String(decoding: bytes, as: UTF8.self) }

    /// Every occurrence of a phrase (folded the same way), in folded byte offsets.
    ///
    /// - Parameters:
    ///   - phrase: The phrase to find.
    ///   - wordStart: Require a word boundary before the match.
    ///   - wordEnd: Require a word boundary after the match.
    func ranges(of phrase: String, wordStart: Bool = false, wordEnd: Bool = false) -> [Range<Int>] {
        let needle = Array(TextFold.fold(phrase).utf8)
        guard let first = needle.first, needle.count <= bytes.count else { return [] }
        var result: [Range<Int>] = []
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first && matches(needle, at: index) {
                let range = index..<(index + needle.count)
                if (!wordStart || isBoundary(before: range.lowerBound))
                    && (!wordEnd || isBoundary(after: range.upperBound))
                {
                    result.append(range)
                }
            }
            index += 1
        }
        return result
    }

    /// Whether the phrase occurs anywhere.
    func contains(_ phrase: String, wordStart: Bool = false) -> Bool {
        !ranges(of: phrase, wordStart: wordStart).isEmpty
    }

    /// Whether any of the phrases occurs.
    func containsAny(_ phrases: [String], wordStart: Bool = false) -> Bool {
        phrases.contains { contains($0, wordStart: wordStart) }
    }

    /// The first occurrence of any of the phrases, by position.
    func firstRange(ofAny phrases: [String], wordStart: Bool = false) -> Range<Int>? {
        phrases.compactMap { ranges(of: $0, wordStart: wordStart).first }.min { $0.lowerBound < $1.lowerBound }
    }

    /// The original text of a folded range.
    func original(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origin.count else { return "" }
        let start = origin[range.lowerBound]
        let end = origin[range.upperBound - 1] + 1
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Whether the folded byte at `offset` is part of a word.
    func isWordByte(at offset: Int) -> Bool {
        guard offset >= 0, offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte >= 0x80 { return true }
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether a word boundary precedes `offset`.
    func isBoundary(before offset: Int) -> Bool { !isWordByte(at: offset - 1) }

    /// Whether a word boundary follows the byte before `offset`.
    func isBoundary(after offset: Int) -> Bool { !isWordByte(at: offset) }

    /// The folded byte at an offset, or `nil` outside the text.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    private func matches(_ needle: [UInt8], at index: Int) -> Bool {
        var offset = 1
        while offset < needle.count {
            if bytes[index + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }
}
