import Hummingbird

/// The query parameters of a request, checked against the names the route accepts (an unknown one is 400, so that
/// a misspelt filter never silently widens an answer); each name at most once.
struct QueryParameters: Sendable {
    /// The values by name.
    private let values: [String: String]

    /// Reads the request's query, accepting only `names`.
    /// - Throws: ``Problem/unknownParameter(_:allowed:)``, or a malformed-query problem for a repeated name.
    init(_ request: Request, accepting names: [String]) throws {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard names.contains(name) else { throw Problem.unknownParameter(name, allowed: names) }
            guard values[name] == nil else {
                throw Problem(
                    slug: "repeated-parameter", status: .badRequest, title: "Repeated query parameter",
                    detail: "the query gives '\(name)' more than once; give it once.")
            }
            values[name] = String(value)
        }
        self.values = values
    }

    /// The value of a parameter, or `nil`; an empty value counts as absent.
    subscript(name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
