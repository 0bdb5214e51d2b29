import DSRCases
import DSRCore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension APIRoutes {
    /// The formats a letter is served in.
    static let letterFormats: [LetterFormat] = [.pdf, .html, .text]

    /// `GET /requests/{case}/letters/{type}?language=&format=&date=`: the letter, written now and not recorded
    /// (`dsr letter CASE TYPE`), as a PDF, an HTML page or plain text; the view is logged (``logView(of:context:)``).
    func letter(_ request: Request, context: APIContext) async throws -> Response {
        let query = try QueryParameters(request, accepting: ["language", "format", "date"])
        let caseNumber = try Self.caseNumber(context)
        let type = try APIValue.letterType(context.parameters.get("type") ?? "")
        let format = try query["format"].map { try APIValue.letterFormat($0, accepted: Self.letterFormats) } ?? .pdf
        let moment = try today()
        let bytes = try await service.letter(
            WriteLetter(
                caseNumber: caseNumber, type: type, language: try query["language"].map { try APIValue.language($0) },
                date: try query["date"].map { try APIValue.date($0, field: "date") }, format: format),
            today: moment)
        try await logView(of: caseNumber, context: context)
        var headers: HTTPFields = [.contentType: Self.mediaType(of: format)]
        if let disposition = HTTPField.Name("Content-Disposition") {
            let suffix = format == .text ? "txt" : format.rawValue
            headers[disposition] = "inline; filename=\"\(caseNumber)-\(type.rawValue).\(suffix)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `POST /requests/{case}/letters`: issues a letter (`dsr letter CASE [TYPE] --issue`): records it in the
    /// register with its number and fingerprint; 201 when issued now, 200 when the same letter was issued before.
    func issueLetter(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let caseNumber = try Self.caseNumber(context)
        let body = try await StrictJSON.decode(LetterIssueBody.self, from: request, fields: LetterIssueBody.fields)
        let command = WriteLetter(
            caseNumber: caseNumber, type: try body.type.map(APIValue.letterType),
            language: try body.language.map { try APIValue.language($0) },
            date: try body.date.map { try APIValue.date($0, field: "date") },
            format: try body.format.map { try APIValue.letterFormat($0, accepted: LetterFormat.allCases) } ?? .pdf)
        let result = try await service.issueLetter(command, actor: principal.actorName, today: try today())
        let letter = result.letter
        let view = IssuedLetterView(
            number: letter.number.description, type: letter.type.rawValue, language: letter.language.rawValue,
            date: letter.date.description, fingerprint: letter.fingerprint, issuedOn: letter.issuedOn?.description,
            new: { if case .issued = result { true } else { false } }())
        return try Self.json(view, status: view.new ? .created : .ok)
    }

    /// The media type of a letter format.
    static func mediaType(of format: LetterFormat) -> String {
        switch format {
        case .pdf: "application/pdf"
        case .html: "text/html; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        }
    }
}
