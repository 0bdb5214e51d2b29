import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An error answered as an RFC 9457 problem document (`application/problem+json`): a stable `type` URI per kind of
/// failure, the HTTP status, a short title and a detail in domain words. Never a stack trace, never personal data.
public struct Problem: Error, HTTPResponseError, Sendable, Equatable {
    /// The prefix of every problem type URI dsr answers with.
    public static let typePrefix = "urn:dsr:problem:"

    /// The problem's type URI, stable for each kind of failure (``typePrefix`` followed by a slug).
    public var type: String
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short summary of the kind of problem, the same for every occurrence of the type.
    public var title: String
    /// What went wrong in this occurrence and what to do: case numbers, field names and allowed values only.
    public var detail: String
    /// The request field the problem is about, if any (the JSON field or query parameter name).
    public var field: String?
    /// Values the field accepts, where the failure lists them.
    public var allowed: [String]?
    /// Extra response headers (`Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPFields

    /// Creates a problem of type `typePrefix + slug`.
    public init(
        slug: String, status: HTTPResponse.Status, title: String, detail: String, field: String? = nil,
        allowed: [String]? = nil, headers: HTTPFields = [:]
    ) {
        self.type = Self.typePrefix + slug
        self.status = status
        self.title = title
        self.detail = detail
        self.field = field
        self.allowed = allowed
        self.headers = headers
    }

    /// The problem document as JSON, with sorted keys.
    public var body: [UInt8] {
        struct Document: Encodable {
            var type: String
            var status: Int
            var title: String
            var detail: String
            var field: String?
            var allowed: [String]?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            type: type, status: status.code, title: title, detail: detail, field: field, allowed: allowed)
        return (try? Array(encoder.encode(document))) ?? Array(#"{"status":500}"#.utf8)
    }

    /// The response: the problem document with its media type and headers.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension Problem {
    /// No bearer token, or one the register does not know (401).
    public static let unauthenticated = Problem(
        slug: "unauthenticated", status: .unauthorized, title: "Authentication required",
        detail: "send a valid API token as 'Authorization: Bearer TOKEN'.",
        headers: [.wwwAuthenticate: #"Bearer realm="dsr""#])

    /// The principal's role may not do what the route does (403).
    public static func forbidden(role: String) -> Problem {
        Problem(
            slug: "forbidden", status: .forbidden, title: "Not allowed for this role",
            detail: "the \(role) role may not do this; it needs a handler's or an admin's role.")
    }

    /// A body over the limit (413).
    public static func bodyTooLarge(limit: Int) -> Problem {
        Problem(
            slug: "body-too-large", status: .contentTooLarge, title: "Request body too large",
            detail: "the request body is larger than \(limit) bytes; nothing was changed.")
    }

    /// A body that is not JSON of the expected shape (400).
    public static func malformedBody(_ detail: String, field: String? = nil) -> Problem {
        Problem(
            slug: "malformed-body", status: .badRequest, title: "Malformed request body", detail: detail,
            field: field)
    }

    /// A body not declared as `application/json` on a route that reads JSON (415).
    public static let unsupportedMediaType = Problem(
        slug: "unsupported-media-type", status: .unsupportedMediaType, title: "Body is not JSON",
        detail: "send the body as JSON with 'Content-Type: application/json'; nothing was changed.")

    /// A JSON field given twice in one body (400).
    public static let duplicateField = Problem(
        slug: "duplicate-field", status: .badRequest, title: "Field given twice",
        detail: "the body gives a field more than once; give each field once. Nothing was changed.")

    /// An audit verification was asked for while one runs (429): it reads the whole register, so one runs at a time.
    public static let verificationRunning = Problem(
        slug: "verification-running", status: .tooManyRequests, title: "A verification is running",
        detail: "an audit verification is running already; ask again when it has finished.",
        headers: [.retryAfter: "10"])

    /// A JSON field the route does not know (422).
    public static func unknownField(_ field: String, allowed: [String]) -> Problem {
        Problem(
            slug: "unknown-field", status: .unprocessableContent, title: "Unknown field",
            detail: "the body has a field\(echo(field)) that this route does not accept; nothing was changed.",
            field: nil, allowed: allowed)
    }

    /// A query parameter the route does not know (400).
    public static func unknownParameter(_ name: String, allowed: [String]) -> Problem {
        Problem(
            slug: "unknown-parameter", status: .badRequest, title: "Unknown query parameter",
            detail: "the query has a parameter\(echo(name)) that this route does not accept.", allowed: allowed)
    }

    /// No route has the path and method (404).
    public static let noRoute = Problem(
        slug: "no-route", status: .notFound, title: "No such resource",
        detail: "no API resource has this path and method; see /api/v1/openapi.yaml.")

    /// A failure the server did not expect (500): nothing about it is told, and nothing was changed.
    public static let unexpected = Problem(
        slug: "unexpected", status: .internalServerError, title: "Unexpected failure",
        detail: "the server failed unexpectedly; nothing was changed. The server's log has the request id.")

    /// A name typed by the caller, quoted when it is safe to repeat (never personal data).
    static func echo(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".unicodeScalars)
        guard (1...40).contains(text.unicodeScalars.count), text.unicodeScalars.allSatisfy(allowed.contains),
            !text.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
        else { return "" }
        return " '\(text)'"
    }
}
