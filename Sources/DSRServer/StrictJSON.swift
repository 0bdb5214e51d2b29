import Foundation
import Hummingbird
import NIOCore

/// Reads a JSON request body into a value, refusing what a lenient decoder would let through: a body that is not a
/// JSON object (400), and a field the route does not know (422), so that a misspelt field is never silently ignored.
enum StrictJSON {
    /// Decodes `T` from the request's (already size-checked) body.
    /// - Throws: ``Problem/malformedBody(_:field:)`` or ``Problem/unknownField(_:allowed:)``.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, fields: [String]) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: BodyLimitMiddleware<APIContext>.limit)
        let data = Data(buffer.readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: data), let dictionary = object as? [String: Any]
        else { throw Problem.malformedBody("the body must be a JSON object.") }
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
}
