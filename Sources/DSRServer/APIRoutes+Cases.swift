import DSRCases
import DSRCore
import Foundation
import Hummingbird

extension APIRoutes {
    /// `PATCH /requests/{case}`: corrects a request's fields or assigns it (`dsr case set`); the request's new
    /// summary, with the fields changed.
    func setFields(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let caseNumber = try Self.caseNumber(context)
        let body = try await StrictJSON.decode(CaseFieldsBody.self, from: request, fields: CaseFieldsBody.fields)
        let command = SetCaseFields(
            caseNumber: caseNumber, name: body.name, email: body.email, address: body.address, phone: body.phone,
            reference: body.reference, language: try body.language.map { try APIValue.language($0) },
            channel: try body.channel.map(APIValue.channel),
            received: try body.received.map { try APIValue.date($0, field: "received") },
            access: AccessInformation(
                categories: body.categories, purposes: body.purposes, recipients: body.recipients,
                retention: body.retention, source: body.source, automatedDecisions: body.automatedDecisions,
                transfers: body.transfers),
            reason: body.reason, assignee: body.assignee)
        let moment = try today()
        let result = try await service.setFields(command, actor: principal.actorName, today: moment)
        return try Self.json(
            FieldsChanged(
                request: RequestSummary(result.record, asOf: moment.date, name: true),
                changed: result.changes.map(\.field.rawValue)))
    }

    /// `POST /requests/{case}/notes`: adds a dated note (`dsr note`); 201.
    func addNote(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let caseNumber = try Self.caseNumber(context)
        let body = try await StrictJSON.decode(NoteBody.self, from: request, fields: NoteBody.fields)
        let added = try await service.addNote(
            AddNote(caseNumber: caseNumber, text: body.text), actor: principal.actorName, today: try today())
        return try Self.json(
            ["case": added.caseNumber.description, "on": added.on.description], status: .created,
            headers: [.location: "/api/v1/requests/\(caseNumber)"])
    }

    /// Records in the access log that the principal was shown the case's personal data (tiedonhallintalaki
    /// 906/2019 § 17, see ``CaseView``); called by every route that answers with a case's personal data, before
    /// it answers.
    func logView(of caseNumber: CaseNumber, context: APIContext) async throws {
        let principal = try Self.principal(context)
        try await service.recordCaseView(
            RecordCaseView(caseNumber: caseNumber), actor: principal.actorName, today: try today())
    }
}

/// The answer of `PATCH /api/v1/requests/{case}`: the request now, and the fields changed (none when every value
/// given was the one recorded).
struct FieldsChanged: Encodable, Sendable {
    /// The request's summary after the change.
    var request: RequestSummary
    /// The names of the fields changed.
    var changed: [String]
}
