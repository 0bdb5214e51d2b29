import DSRCases
import DSRCore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension APIRoutes {
    /// `POST /requests/{case}/attachments?fileName=&label=&sensitive=`: keeps the body's bytes with the case
    /// (`dsr attach`); 201 with its `Location`. The body is the file itself, read up to the attachment limit (413
    /// above it, before anything is stored); this route alone is outside the API's 1 MiB body limit.
    func attach(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let caseNumber = try Self.caseNumber(context)
        let query = try QueryParameters(request, accepting: ["fileName", "label", "sensitive"])
        guard let fileName = query["fileName"] else {
            throw Problem(
                slug: "missing-parameter", status: .badRequest, title: "Missing query parameter",
                detail: "give the file's name as 'fileName'; nothing was stored.", field: "fileName")
        }
        let sensitive = try query["sensitive"].map { try APIValue.flag($0, field: "sensitive") } ?? false
        let limit = attachmentLimit.bytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw Problem.bodyTooLarge(limit: limit)
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Problem.bodyTooLarge(limit: limit)
        }
        let added = try await service.attach(
            AttachFile(
                caseNumber: caseNumber, content: Data(buffer.readableBytesView), fileName: fileName,
                label: query["label"], sensitive: sensitive, limit: attachmentLimit),
            actor: principal.actorName, today: try today())
        return try Self.json(
            added, status: .created,
            headers: [.location: "/api/v1/requests/\(caseNumber)/attachments/\(added.number.sequence)"])
    }

    /// `GET /requests/{case}/attachments`: the case's attachments, deleted ones included and marked
    /// (`dsr attachments`); the view is logged, since names and labels may be personal data.
    func attachments(_ request: Request, context: APIContext) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let caseNumber = try Self.caseNumber(context)
        let list = try await service.attachments(of: caseNumber)
        try await logView(of: caseNumber, context: context)
        return try Self.json(list)
    }

    /// `GET /requests/{case}/attachments/{id}`: an attachment's bytes, checked against the chain (`dsr attachment
    /// get`); `id` is its number within the case (`3` or `A3`). The view is logged.
    func attachment(_ request: Request, context: APIContext) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let caseNumber = try Self.caseNumber(context)
        let id = context.parameters.get("id") ?? ""
        guard let sequence = Int(id.hasPrefix("A") ? String(id.dropFirst()) : id), sequence > 0 else {
            throw InputError.unknownValue(field: "id", text: id, accepted: ["an attachment's number, for example 3"])
        }
        let copy = try await service.attachment(
            GetAttachment(number: AttachmentNumber(caseNumber: caseNumber, sequence: sequence)))
        try await logView(of: caseNumber, context: context)
        var headers: HTTPFields = [.contentType: "application/octet-stream"]
        if let disposition = HTTPField.Name("Content-Disposition") {
            headers[disposition] = "attachment; filename=\"\(caseNumber)-A\(sequence)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: copy.content)))
    }
}
