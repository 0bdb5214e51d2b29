/// Reads dsr's own canonical JSON (``CanonicalJSONWriter``) into a ``CanonicalJSONValue``, many times faster than
/// `JSONDecoder`: `dsr audit verify` decodes the data of every event it replays.
///
/// It reads only what the writer writes: no white space, no `null`, integers without fraction or exponent, texts with
/// the writer's escapes and any other `\u` escape outside the surrogate range. Anything else, even valid JSON, gives
/// `nil`, and the caller (`EventEntry.decodeCanonicalJSON(_:from:)`) decodes the text with `JSONDecoder`
/// instead, so that a text this reader accepts always means what `JSONDecoder` would read from it.
public struct CanonicalJSONReader {
    /// The text's UTF-8.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The position of the next byte to read.
    private var index = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The deepest nesting of arrays and objects read; dsr's events nest three deep at most.
    static let maximumDepth = 16

    /// The value the whole text holds, or `nil` if the text is not in canonical form.
    public static func read(_ text: String) -> CanonicalJSONValue? {
        var text = text
        return text.withUTF8 { buffer in
            var reader = CanonicalJSONReader(bytes: buffer)
            guard let value = reader.value(depth: 0), reader.index == buffer.count else { return nil }
            return value
        }
    }

    /// The next byte, if any.
    private var next: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func value(depth: Int) -> CanonicalJSONValue? {
        guard depth < Self.maximumDepth, let byte = next else { return nil }
        switch byte {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string().map(CanonicalJSONValue.string)
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer().map(CanonicalJSONValue.integer)
        default: return nil
        }
    }

    private mutating func object(depth: Int) -> CanonicalJSONValue? {
        index += 1
        var members: [(key: String, value: CanonicalJSONValue)] = []
        if next == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        members.reserveCapacity(8)
        while true {
            guard next == UInt8(ascii: "\""), let key = string(), next == UInt8(ascii: ":") else { return nil }
            index += 1
            // A key twice: left to JSONDecoder, whatever it makes of it.
            guard !members.contains(where: { $0.key == key }), let value = value(depth: depth + 1) else { return nil }
            members.append((key, value))
            switch next {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default: return nil
            }
        }
    }

    private mutating func array(depth: Int) -> CanonicalJSONValue? {
        index += 1
        var elements: [CanonicalJSONValue] = []
        if next == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            guard let element = value(depth: depth + 1) else { return nil }
            elements.append(element)
            switch next {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default: return nil
            }
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// An integer without fraction or exponent that fits in `Int` (`-0` and leading zeros are not canonical).
    private mutating func integer() -> Int? {
        let negative = next == UInt8(ascii: "-")
        if negative { index += 1 }
        let start = index
        var magnitude = 0
        while let byte = next, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            let (times10, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !overflowAgain else { return nil }
            magnitude = sum
            index += 1
        }
        let digits = index - start
        guard digits > 0, bytes[start] != UInt8(ascii: "0") || digits == 1, !(negative && magnitude == 0) else {
            return nil
        }
        if let byte = next, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            return nil
        }
        return negative ? -magnitude : magnitude
    }

    /// A text, from its opening quote; `nil` for a raw control character, an unknown escape or a surrogate.
    private mutating func string() -> String? {
        index += 1
        let start = index
        // Most texts have no escape: their bytes are the text's UTF-8 as it is (valid, since they come from a
        // String and end before an ASCII quote).
        while let byte = next, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { return nil }
            index += 1
        }
        guard let stop = next else { return nil }
        if stop == UInt8(ascii: "\"") {
            index += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
        }
        var unescaped = Array(bytes[start..<index])
        while let byte = next {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: unescaped, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = next else { return nil }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(escaped)
                case UInt8(ascii: "n"): unescaped.append(0x0A)
                case UInt8(ascii: "r"): unescaped.append(0x0D)
                case UInt8(ascii: "t"): unescaped.append(0x09)
                case UInt8(ascii: "b"): unescaped.append(0x08)
                case UInt8(ascii: "f"): unescaped.append(0x0C)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    unescaped.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            case 0..<0x20:
                return nil
            default:
                unescaped.append(byte)
            }
        }
        return nil
    }

    /// The four hexadecimal digits after `\u`, as a scalar; `nil` for a surrogate (a pair is left to JSONDecoder).
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return Unicode.Scalar(value)
    }
}

extension CanonicalJSONReader {
    /// Some members of a canonical JSON text, found by their paths of keys from the root (`[["subject", "name"],
    /// ["assignee"]]`), without building the values around them: a list of lists, the request lists' name column,
    /// reads two texts of each stored record.
    ///
    /// Each result is the member's value as ``read(_:)`` gives it, or `nil` where the text has no such member (or
    /// a value on the way is no object). The whole text is checked as ``read(_:)`` checks it, so the answer is `nil`
    /// exactly when ``read(_:)`` does not read the text.
    public static func members(_ paths: [[String]], of text: String) -> [CanonicalJSONValue?]? {
        var text = text
        let outcome: [CanonicalJSONValue?]?? = text.withUTF8 { buffer in
            var search = MemberSearch(paths: paths)
            guard !search.needsFullRead else { return .none }
            var reader = CanonicalJSONReader(bytes: buffer)
            let all: UInt64 = paths.isEmpty ? 0 : UInt64.max >> (64 - paths.count)
            guard reader.scan(depth: 0, level: 0, candidates: all, &search) else {
                return search.needsFullRead ? .none : .some(nil)
            }
            return reader.index == buffer.count ? .some(search.found) : .some(nil)
        }
        if let outcome { return outcome }
        // Keys out of the writer's order, keys that are not plain ASCII or written with an escape, or more than 64
        // paths: the full reading, which compares keys as Swift compares texts (by canonical equivalence).
        guard let root = read(text) else { return nil }
        return paths.map { member(at: $0[...], of: root) }
    }

    /// The member of `value` at `path`, keys compared as Swift compares texts; `nil` where there is none or a value
    /// on the way is no object.
    private static func member(at path: ArraySlice<String>, of value: CanonicalJSONValue) -> CanonicalJSONValue? {
        path.reduce(Optional(value)) { value, key in value?.members?.first { $0.key == key }?.value }
    }

    /// What ``members(_:of:)`` looks for and has found.
    private struct MemberSearch {
        /// The paths looked for.
        let paths: [[String]]
        /// Each path's keys, as UTF-8.
        let wanted: [[[UInt8]]]
        /// The value found at each path.
        var found: [CanonicalJSONValue?]
        /// Set when the byte-wise reading cannot judge the text alone: a key other than plain ASCII without escapes
        /// (two such keys can mean the same text with other bytes), keys out of the writer's order (a key twice is
        /// then found by comparing every pair), or more paths than fit in a set of 64.
        var needsFullRead: Bool

        init(paths: [[String]]) {
            self.paths = paths
            wanted = paths.map { $0.map { Array($0.utf8) } }
            found = Array(repeating: nil, count: paths.count)
            needsFullRead = paths.count > 64 || wanted.contains { $0.contains { $0.contains { $0 >= 0x80 } } }
        }
    }

    /// Checks the value at the reading position as ``value(depth:)`` does, building only the values of the paths in
    /// `candidates` (a set of indexes of ``MemberSearch/paths``: those whose first `level` keys lead here). Returns
    /// `false` where ``value(depth:)`` gives `nil`.
    private mutating func scan(depth: Int, level: Int, candidates: UInt64, _ search: inout MemberSearch) -> Bool {
        if candidates != 0 {
            var ending = false
            for candidate in 0..<search.paths.count where candidates & (1 << candidate) != 0 {
                ending = ending || search.paths[candidate].count == level
            }
            if ending {
                // A path ends here: this value is built, and any longer path through it is read from it.
                guard let value = value(depth: depth) else { return false }
                for candidate in 0..<search.paths.count where candidates & (1 << candidate) != 0 {
                    search.found[candidate] = Self.member(at: search.paths[candidate][level...], of: value)
                }
                return true
            }
        }
        guard depth < Self.maximumDepth, let byte = next else { return false }
        switch byte {
        case UInt8(ascii: "{"): return scanObject(depth: depth, level: level, candidates: candidates, &search)
        case UInt8(ascii: "["):
            index += 1
            if next == UInt8(ascii: "]") {
                index += 1
                return true
            }
            while true {
                guard scan(depth: depth + 1, level: level, candidates: 0, &search) else { return false }
                switch next {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"):
                    index += 1
                    return true
                default: return false
                }
            }
        case UInt8(ascii: "\""): return skipString() != nil
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer() != nil
        default: return false
        }
    }

    /// ``scan(depth:level:candidates:_:)`` of an object.
    private mutating func scanObject(depth: Int, level: Int, candidates: UInt64, _ search: inout MemberSearch) -> Bool {
        index += 1
        if next == UInt8(ascii: "}") {
            index += 1
            return true
        }
        var previous: Range<Int>?
        while true {
            guard next == UInt8(ascii: "\""), let key = skipString(), next == UInt8(ascii: ":") else { return false }
            // The writer's keys are plain ASCII in the order of their bytes, so none comes twice; any other object
            // is left to the full reading, which finds a key twice by comparing texts.
            guard key.plain, previous.map({ precedes($0, key.text) }) ?? true else {
                search.needsFullRead = true
                return false
            }
            previous = key.text
            let name = UnsafeBufferPointer(rebasing: bytes[key.text])
            index += 1
            var inner: UInt64 = 0
            if candidates != 0 {
                for candidate in 0..<search.paths.count where candidates & (1 << candidate) != 0 {
                    let keys = search.wanted[candidate]
                    if keys.count > level, keys[level].elementsEqual(name) { inner |= 1 << candidate }
                }
            }
            guard scan(depth: depth + 1, level: level + 1, candidates: inner, &search) else { return false }
            switch next {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return true
            default: return false
            }
        }
    }

    /// Whether the bytes of `first` come before those of `second` (byte by byte, a prefix first).
    private func precedes(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        for offset in 0..<min(first.count, second.count) {
            let (one, other) = (bytes[first.lowerBound + offset], bytes[second.lowerBound + offset])
            if one != other { return one < other }
        }
        return first.count < second.count
    }

    /// Checks a text from its opening quote as ``string()`` does, without building it: the range of its bytes
    /// between the quotes and whether it is plain (ASCII without escapes, its bytes its text), or `nil` where
    /// ``string()`` gives `nil`.
    private mutating func skipString() -> (text: Range<Int>, plain: Bool)? {
        index += 1
        let start = index
        var plain = true
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { return (start..<(index - 1), plain) }
            if byte >= 0x80 {
                plain = false
            } else if byte == UInt8(ascii: "\\") {
                plain = false
                guard let escape = next else { return nil }
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "n"), UInt8(ascii: "r"),
                    UInt8(ascii: "t"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                    break
                case UInt8(ascii: "u"):
                    guard unicodeEscape() != nil else { return nil }
                default: return nil
                }
            } else if byte < 0x20 {
                return nil
            }
        }
        return nil
    }
}
