import DSRCases
import DSRCore
import Foundation
import Hummingbird
import NIOCore

/// The handlers of the JSON API under `/api/v1`: each reads its path, query and body, calls one use case of the
/// service (``CaseService``) with the principal's name as the actor, and answers JSON (or a letter's bytes).
///
/// Nothing here reads storage or the clock directly: the service holds the register, and ``today`` is the clock the
/// server was given.
struct APIRoutes: Sendable {
    /// The register's use cases.
    let service: CaseService
    /// The moment a request is served at (Europe/Helsinki's today and the instant).
    let today: @Sendable () throws -> Today
    /// The largest attachment `POST /requests/{case}/attachments` takes.
    var attachmentLimit = AttachmentLimit.standard
    /// One audit verification at a time: it reads the whole register.
    var verification = SingleFlight()

    /// The principal of an authenticated request (the authentication middleware has put it in the context).
    static func principal(_ context: APIContext) throws -> Principal {
        guard let principal = context.principal else { throw Problem.unauthenticated }
        return principal
    }

    /// The `{case}` path parameter.
    static func caseNumber(_ context: APIContext) throws -> CaseNumber {
        try APIValue.caseNumber(context.parameters.get("case") ?? "")
    }

    /// A JSON response of an encodable value, keys sorted.
    static func json(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return json(text: String(decoding: try encoder.encode(value), as: UTF8.self), status: status, headers: headers)
    }

    /// A JSON response of JSON text already written.
    static func json(text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
