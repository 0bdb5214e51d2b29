import DSRCases
import DSRCore
import Foundation
import Hummingbird

extension APIRoutes {
    /// `GET /grounds?kind=`: the refusal-ground catalogue (`dsr grounds --format json`).
    func grounds(_ request: Request, context: APIContext) async throws -> Response {
        let query = try QueryParameters(request, accepting: ["kind"])
        let grounds =
            try query["kind"].map { RefusalGround.grounds(for: try APIValue.kind($0)) } ?? RefusalGround.catalogue
        return Self.json(text: GroundListing.json(grounds))
    }

    /// `GET /report?year=` or `?from=&to=`: how requests were handled in a year or period (`dsr report --format
    /// json`); this year by default.
    func report(_ request: Request, context: APIContext) async throws -> Response {
        let query = try QueryParameters(request, accepting: ["year", "from", "to"])
        let today = try self.today().date
        let start: CivilDate
        let end: CivilDate
        switch (query["year"], query["from"], query["to"]) {
        case (nil, let from?, let to?):
            start = try APIValue.date(from, field: "from")
            end = try APIValue.date(to, field: "to")
            guard start <= end else {
                throw InputError.unknownValue(field: "to", text: to, accepted: ["a day on or after 'from'"])
            }
        case (let year, nil, nil):
            let year =
                try year.map {
                    try APIValue.integer($0, field: "year", in: 2018...CivilDate.acceptedYears.upperBound)
                } ?? today.year
            guard let first = CivilDate(year: year, month: 1, day: 1),
                let last = CivilDate(year: year, month: 12, day: 31)
            else { throw InputError.yearOutOfRange(field: "year", year: year) }
            start = first
            end = last
        default:
            throw Problem(
                slug: "conflicting-parameters", status: .badRequest, title: "Conflicting query parameters",
                detail: "give 'year', or both 'from' and 'to'.")
        }
        let records = try await service.records(RequestQuery(includeClosed: true))
        let report = PeriodReport(
            records: records, letters: try await service.answerLetters(), from: start, to: end, today: today)
        return try Self.json(report)
    }

    /// `GET /audit/verify`: verifies the register's hash chain and every request's history (`dsr audit verify
    /// --format json`); 200 with `intact: false` and the breaks when it does not verify.
    func verifyAudit(_ request: Request, context: APIContext) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let service = service
        guard let report = try await verification.run({ try await service.verifyAudit(VerifyAudit()) }) else {
            throw Problem.verificationRunning
        }
        return try Self.json(AuditVerificationDocument(report))
    }
}
