#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A text folded by ``TextFold`` with a map back to the original, for phrase search and quoting.
struct FoldedText: Sendable {
    /// The original scalars.
    let scalars: [Unicode.Scalar]
    /// The folded bytes.
    let bytes: [UInt8]
    /// For each folded byte, the index of the original scalar it came from.
    let origin: [UInt32]

    /// Folds a text.
    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var bytes: [UInt8] = []
        var origin: [UInt32] = []
        bytes.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            let before = bytes.count
            TextFold.append(scalar, to: &bytes)
            for _ in before..<bytes.count { origin.append(UInt32(truncatingIfNeeded: index)) }
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
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        var result: [Range<Int>] = []
        // memchr and memcmp (C library) keep the search fast in debug builds, where a Swift loop over a 10 MB
        // text is slow.
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return }
                let first = Int32(pattern[0])
                var offset = 0
                while offset + pattern.count <= haystack.count {
                    let remaining = haystack.count - offset - pattern.count + 1
                    guard let found = memchr(base + offset, first, remaining) else { break }
                    let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    guard memcmp(base + start, patternBase, pattern.count) == 0 else {
                        offset = start + 1
                        continue
                    }
                    let range = start..<(start + pattern.count)
                    if (!wordStart || isBoundary(before: range.lowerBound))
                        && (!wordEnd || isBoundary(after: range.upperBound))
                    {
                        result.append(range)
                    }
                    offset = start + 1
                }
            }
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
        let start = Int(origin[range.lowerBound])
        let end = Int(origin[range.upperBound - 1]) + 1
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

    /// The index of the original scalar a folded byte came from (`scalars.count` past the end).
    func scalarIndex(ofByte offset: Int) -> Int {
        guard offset >= 0, offset < origin.count else { return scalars.count }
        return Int(origin[offset])
    }

    /// The folded byte at an offset, or `nil` outside the text.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }
}

/// Substring search on bytes with the C library's `memchr` and `memcmp`, fast also in debug builds.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`, or `nil`.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, start >= 0, start + needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                guard let base = hay.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                let first = Int32(pattern[0])
                var offset = start
                while offset + pattern.count <= hay.count {
                    guard let found = memchr(base + offset, first, hay.count - offset - pattern.count + 1) else {
                        return nil
                    }
                    let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, patternBase, pattern.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }

    /// Whether any of the needles occurs in the haystack.
    static func containsAny(_ needles: [[UInt8]], in haystack: [UInt8]) -> Bool {
        needles.contains { firstOffset(of: $0, in: haystack) != nil }
    }
}
