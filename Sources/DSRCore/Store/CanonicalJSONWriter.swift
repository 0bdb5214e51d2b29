import Foundation

/// Writes canonical JSON (``CanonicalJSON``) for the types dsr stores and hashes: each type writes its own members
/// (``CanonicalJSONWritable``), several times faster than going through `Encodable`.
///
/// Each type writes its members in the order of their keys' UTF-8 bytes and leaves out `nil` ones, exactly as
/// `JSONEncoder` with `.sortedKeys` writes the synthesized `Encodable` form. A test compares both for every field
/// and fails when a stored property is added without being written here.
public struct CanonicalJSONWriter {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// For each open object or array, whether nothing has been written in it yet.
    private var isFirst: [Bool] = []

    /// Creates an empty writer.
    public init() {
        bytes.reserveCapacity(640)
        isFirst.reserveCapacity(4)
    }

    /// Opens an object.
    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        isFirst.append(true)
    }

    /// Closes an object.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        isFirst.removeLast()
    }

    /// Writes a member's key (keys must come in sorted order).
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// Writes a text member, unless it is `nil`.
    public mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        Self.writeString(value, to: &bytes)
    }

    /// Writes an integer member.
    public mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a Boolean member.
    public mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes a member that writes itself, unless it is `nil`.
    public mutating func member(_ name: StaticString, _ value: (some CanonicalJSONWritable)?) {
        guard let value else { return }
        key(name)
        value.writeCanonicalJSON(to: &self)
    }

    /// Writes an array member of texts, unless it is `nil`.
    public mutating func member(_ name: StaticString, _ values: [String]?) {
        guard let values else { return }
        key(name)
        beginArray()
        for value in values {
            separate()
            Self.writeString(value, to: &bytes)
        }
        endArray()
    }

    /// Writes an array member of values that write themselves, unless it is `nil`.
    public mutating func member(_ name: StaticString, _ values: [some CanonicalJSONWritable]?) {
        guard let values else { return }
        key(name)
        beginArray()
        for value in values {
            separate()
            value.writeCanonicalJSON(to: &self)
        }
        endArray()
    }

    /// Writes an integer member, unless it is `nil`.
    public mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        member(name, value)
    }

    /// Writes a 64-bit integer member, unless it is `nil`.
    public mutating func member(_ name: StaticString, _ value: Int64?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes an instant as ISO 8601 text to the second in UTC (`2026-05-08T09:30:00Z`), as `JSONEncoder`'s
    /// `.iso8601` strategy does.
    public mutating func member(_ name: StaticString, _ value: Date) {
        key(name)
        Self.writeString(value.formatted(.iso8601), to: &bytes)
    }

    /// Writes a text as a value: a whole document, or (from a type's ``CanonicalJSONWritable/writeCanonicalJSON(to:)``)
    /// an element or a member's value, where the writer has already placed the separator or the key.
    public mutating func text(_ value: String) {
        Self.writeString(value, to: &bytes)
    }

    /// Writes a number as a value (an element, or a member's value after its ``key(_:)``). Canonical JSON holds
    /// integers only; a view that shows a value as `JSONEncoder` writes a floating-point number (an instant in its
    /// default form, seconds since 2001) gives that number's text here.
    /// - Parameter text: A JSON number (`42`, `-7`, `818116725.25`), written as it is.
    public mutating func number(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes an object whose keys are data (a dictionary), its members sorted by their keys' UTF-8 bytes.
    public mutating func object(_ members: [String: some CanonicalJSONWritable]) {
        beginObject()
        for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            separate()
            Self.writeString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            members[key]?.writeCanonicalJSON(to: &self)
        }
        endObject()
    }

    /// Writes an array of values that write themselves.
    public mutating func array(_ values: [some CanonicalJSONWritable]) {
        beginArray()
        for value in values {
            separate()
            value.writeCanonicalJSON(to: &self)
        }
        endArray()
    }

    /// Appends a JSON string: `"` and `\` and control characters escaped, every other character as UTF-8.
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
                bytes.append(contentsOf: [
                    0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)],
                    hexDigits[Int(byte & 0xF)],
                ])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The lowercase hexadecimal digits, as ASCII.
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        isFirst.append(true)
    }

    private mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        isFirst.removeLast()
    }

    /// Writes a comma unless this is the first member or element of the innermost object or array.
    private mutating func separate() {
        guard let last = isFirst.indices.last else { return }
        if isFirst[last] {
            isFirst[last] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }
}

/// A type that writes its own canonical JSON (see ``CanonicalJSONWriter``): every value dsr stores or hashes.
public protocol CanonicalJSONWritable {
    /// Writes the value as canonical JSON: its members in the order of their keys' UTF-8 bytes, `nil` ones left
    /// out, as `JSONEncoder` with `.sortedKeys` writes the synthesized `Encodable` form.
    func writeCanonicalJSON(to writer: inout CanonicalJSONWriter)
}
