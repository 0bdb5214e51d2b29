import Foundation

/// The JSON form of the values the register keeps whole: sorted keys, no extra white space, ISO 8601 dates.
///
/// The text is stored as written and hashed into the event log, so it is never re-encoded when read.
enum StoreJSON {
    /// Encodes a value.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a value.
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
