import Foundation

/// Canonical JSON, written fast: the same bytes as `JSONEncoder` with `.sortedKeys`, `.withoutEscapingSlashes`
/// and ISO 8601 dates (the form dsr hashes into its event log), without Foundation's intermediate trees.
///
/// Keys are sorted by their UTF-8 bytes, optionals that are `nil` are left out (as synthesized `Codable` does),
/// there is no white space, `"` and `\` and control characters are escaped (`\n`, `\r`, `\t`, `\b`, `\f`, else
/// `\u00XX`), and every other character is written as UTF-8. A test compares the output with `JSONEncoder`'s.
public enum CanonicalJSON {
    /// The canonical JSON text of a value.
    /// - Throws: `EncodingError` if the value cannot be encoded (for example a floating-point NaN).
    public static func encode(_ value: some Encodable) throws -> String {
        if let writable = value as? any CanonicalJSONWritable {
            var writer = CanonicalJSONWriter()
            writable.writeCanonicalJSON(to: &writer)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        try write(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the canonical JSON of a value to `bytes`.
    public static func write(_ value: some Encodable, to bytes: inout [UInt8]) throws {
        let node = try CanonicalJSONNode.make(value, codingPath: [])
        node.write(to: &bytes)
    }
}

/// A JSON value while it is being encoded: objects keep their members in the order given and are sorted when
/// written.
final class CanonicalJSONNode {
    enum Kind {
        case empty
        case literal([UInt8])
        case string(String)
        case array([CanonicalJSONNode])
        case object([(key: String, value: CanonicalJSONNode)])
    }

    var kind: Kind = .empty

    /// The node of a value.
    static func make(_ value: some Encodable, codingPath: [any CodingKey]) throws -> CanonicalJSONNode {
        let node = CanonicalJSONNode()
        try node.set(value, codingPath: codingPath)
        return node
    }

    /// Sets this node to a value.
    func set(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String:
            kind = .string(text)
        case let date as Date:
            kind = .string(date.formatted(.iso8601))
        case let number as Double:
            kind = .literal(try Self.foundationLiteral(number, codingPath: codingPath))
        case let number as Float:
            kind = .literal(try Self.foundationLiteral(number, codingPath: codingPath))
        case let number as Decimal:
            kind = .literal(try Self.foundationLiteral(number, codingPath: codingPath))
        case let data as Data:
            kind = .string(data.base64EncodedString())
        case let url as URL:
            kind = .string(url.absoluteString)
        default:
            try value.encode(to: CanonicalJSONEncoderImpl(node: self, codingPath: codingPath))
        }
    }

    /// A number written exactly as `JSONEncoder` writes it.
    private static func foundationLiteral(_ value: some Encodable, codingPath: [any CodingKey]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        let bytes = [UInt8](try encoder.encode([value]))
        guard bytes.count >= 2 else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "not a number"))
        }
        return Array(bytes[1..<(bytes.count - 1)])
    }

    /// Appends the node's JSON.
    func write(to bytes: inout [UInt8]) {
        switch kind {
        case .empty:
            bytes.append(contentsOf: [0x7B, 0x7D])  // {} : a value that encoded nothing, as JSONEncoder writes it
        case .literal(let literal):
            bytes.append(contentsOf: literal)
        case .string(let text):
            Self.writeString(text, to: &bytes)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                item.write(to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            var previous: String?
            var first = true
            for member in sorted {
                // A key set twice keeps its last value, as a dictionary would.
                if member.key == previous { continue }
                previous = member.key
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                Self.writeString(member.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                member.value.write(to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a JSON string.
    static func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// The `Encoder` that fills a ``CanonicalJSONNode``.
private struct CanonicalJSONEncoderImpl: Encoder {
    let node: CanonicalJSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.kind {} else { node.kind = .object([]) }
        return KeyedEncodingContainer(CanonicalKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.kind {} else { node.kind = .array([]) }
        return CanonicalUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CanonicalSingleValueContainer(node: node, codingPath: codingPath)
    }
}

private struct CanonicalKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: CanonicalJSONNode
    let codingPath: [any CodingKey]

    private func add(_ key: Key, _ child: CanonicalJSONNode) {
        guard case .object(var members) = node.kind else { return }
        node.kind = .empty  // keep the array uniquely referenced while it grows
        members.append((key.stringValue, child))
        node.kind = .object(members)
    }

    private func literal(_ text: String, _ key: Key) {
        let child = CanonicalJSONNode()
        child.kind = .literal(Array(text.utf8))
        add(key, child)
    }

    mutating func encodeNil(forKey key: Key) throws { literal("null", key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { literal(value ? "true" : "false", key) }
    mutating func encode(_ value: String, forKey key: Key) throws {
        let child = CanonicalJSONNode()
        child.kind = .string(value)
        add(key, child)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { literal(String(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        add(key, try CanonicalJSONNode.make(value, codingPath: codingPath + [key]))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        add(key, try CanonicalJSONNode.make(value, codingPath: codingPath + [key]))
    }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        add(key, try CanonicalJSONNode.make(value, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = CanonicalJSONNode()
        child.kind = .object([])
        add(key, child)
        return KeyedEncodingContainer(CanonicalKeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = CanonicalJSONNode()
        child.kind = .array([])
        add(key, child)
        return CanonicalUnkeyedContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let child = CanonicalJSONNode()
        if let key = Key(stringValue: "super") { add(key, child) }
        return CanonicalJSONEncoderImpl(node: child, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = CanonicalJSONNode()
        add(key, child)
        return CanonicalJSONEncoderImpl(node: child, codingPath: codingPath + [key])
    }
}

private struct CanonicalUnkeyedContainer: UnkeyedEncodingContainer {
    let node: CanonicalJSONNode
    let codingPath: [any CodingKey]

    var count: Int {
        guard case .array(let items) = node.kind else { return 0 }
        return items.count
    }

    private func add(_ child: CanonicalJSONNode) {
        guard case .array(var items) = node.kind else { return }
        node.kind = .empty
        items.append(child)
        node.kind = .array(items)
    }

    private func literal(_ text: String) {
        let child = CanonicalJSONNode()
        child.kind = .literal(Array(text.utf8))
        add(child)
    }

    mutating func encodeNil() throws { literal("null") }
    mutating func encode(_ value: Bool) throws { literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws {
        let child = CanonicalJSONNode()
        child.kind = .string(value)
        add(child)
    }
    mutating func encode(_ value: Int) throws { literal(String(value)) }
    mutating func encode(_ value: Int8) throws { literal(String(value)) }
    mutating func encode(_ value: Int16) throws { literal(String(value)) }
    mutating func encode(_ value: Int32) throws { literal(String(value)) }
    mutating func encode(_ value: Int64) throws { literal(String(value)) }
    mutating func encode(_ value: UInt) throws { literal(String(value)) }
    mutating func encode(_ value: UInt8) throws { literal(String(value)) }
    mutating func encode(_ value: UInt16) throws { literal(String(value)) }
    mutating func encode(_ value: UInt32) throws { literal(String(value)) }
    mutating func encode(_ value: UInt64) throws { literal(String(value)) }
    mutating func encode(_ value: Double) throws { add(try CanonicalJSONNode.make(value, codingPath: codingPath)) }
    mutating func encode(_ value: Float) throws { add(try CanonicalJSONNode.make(value, codingPath: codingPath)) }
    mutating func encode(_ value: some Encodable) throws {
        add(try CanonicalJSONNode.make(value, codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = CanonicalJSONNode()
        child.kind = .object([])
        add(child)
        return KeyedEncodingContainer(CanonicalKeyedContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = CanonicalJSONNode()
        child.kind = .array([])
        add(child)
        return CanonicalUnkeyedContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = CanonicalJSONNode()
        add(child)
        return CanonicalJSONEncoderImpl(node: child, codingPath: codingPath)
    }
}

private struct CanonicalSingleValueContainer: SingleValueEncodingContainer {
    let node: CanonicalJSONNode
    let codingPath: [any CodingKey]

    private func literal(_ text: String) { node.kind = .literal(Array(text.utf8)) }

    mutating func encodeNil() throws { literal("null") }
    mutating func encode(_ value: Bool) throws { literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.kind = .string(value) }
    mutating func encode(_ value: Int) throws { literal(String(value)) }
    mutating func encode(_ value: Int8) throws { literal(String(value)) }
    mutating func encode(_ value: Int16) throws { literal(String(value)) }
    mutating func encode(_ value: Int32) throws { literal(String(value)) }
    mutating func encode(_ value: Int64) throws { literal(String(value)) }
    mutating func encode(_ value: UInt) throws { literal(String(value)) }
    mutating func encode(_ value: UInt8) throws { literal(String(value)) }
    mutating func encode(_ value: UInt16) throws { literal(String(value)) }
    mutating func encode(_ value: UInt32) throws { literal(String(value)) }
    mutating func encode(_ value: UInt64) throws { literal(String(value)) }
    mutating func encode(_ value: Double) throws { try node.set(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { try node.set(value, codingPath: codingPath) }
    mutating func encode(_ value: some Encodable) throws { try node.set(value, codingPath: codingPath) }
}
