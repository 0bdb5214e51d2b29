import Foundation

/// Reading the JSON form of the values the register keeps whole, which DSRCore's ``CanonicalJSON`` writes (sorted
/// keys, no extra white space, ISO 8601 dates).
///
/// The text is stored as written and hashed into the event log, so it is never re-encoded when read.
enum StoreJSON {
    /// Decodes a value.
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
