import Foundation
import Hummingbird
import NIOCore

/// Reads a JSON request body into a value, refusing what a lenient decoder would let through: a body that is not
/// declared as JSON (415: a form or `text/plain` post from another site must not pass as JSON), a body that is not a
/// JSON object (400), a field given twice (400: decoders disagree on which value wins, so a proxy or script may read
/// another request than dsr does), and a field the route does not know (422), so that a misspelt field is never
/// silently ignored.
package enum StrictJSON {
    /// Decodes `T` from the request's (already size-checked) body.
    /// - Throws: ``Problem/unsupportedMediaType``, ``Problem/malformedBody(_:field:)``, ``Problem/duplicateField`` or
    ///   ``Problem/unknownField(_:allowed:)``.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, fields: [String]) async throws -> T {
        guard isJSON(request.headers[.contentType]) else { throw Problem.unsupportedMediaType }
        var request = request
        let buffer = try await request.collectBody(upTo: BodyLimitMiddleware<APIContext>.limit)
        let data = Data(buffer.readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: data), let dictionary = object as? [String: Any]
        else { throw Problem.malformedBody("the body must be a JSON object.") }
        // The dictionary keeps one value per name: more names at the top level than entries means a repeated field
        if topLevelKeyCount(data) != dictionary.count { throw Problem.duplicateField }
        let known = Set(fields)
        if let unknown = dictionary.keys.sorted().first(where: { !known.contains($0) }) {
            throw Problem.unknownField(unknown, allowed: fields)
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            let field = context.codingPath.first?.stringValue
            throw Problem.malformedBody(
                "\(field.map { "'\($0)'" } ?? "a field") has the wrong type or value.", field: field)
        } catch DecodingError.keyNotFound(let key, _) {
            throw Problem.malformedBody("'\(key.stringValue)' is required.", field: key.stringValue)
        } catch {
            throw Problem.malformedBody("the body cannot be read as this route's JSON.")
        }
    }

    /// Whether a `Content-Type` names JSON: `application/json`, with or without parameters (`; charset=utf-8`).
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
    }

    /// The number of names in the top-level object of `data`, a document `JSONSerialization` has read as an object:
    /// each string at depth 1 followed by a colon is a name (strings are skipped with their escapes).
    package static func topLevelKeyCount(_ data: Data) -> Int {
        var depth = 0
        var count = 0
        var inString = false
        var escaped = false
        var stringStartedAtTopLevel = false
        var awaitingColon = false
        for byte in data {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    awaitingColon = stringStartedAtTopLevel
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                stringStartedAtTopLevel = depth == 1
            case UInt8(ascii: ":"):
                if awaitingColon { count += 1 }
                awaitingColon = false
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                awaitingColon = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                awaitingColon = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break
            default:
                awaitingColon = false
            }
        }
        return count
    }
}
