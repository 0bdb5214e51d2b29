import DSRCases
import DSRCore
import Foundation
import Hummingbird

extension APIRoutes {
    /// The query parameters of `GET /requests`.
    static let listParameters = [
        "overdue", "due-within", "state", "kind", "q", "all", "assigned", "page", "per-page",
    ]
    /// Requests per page unless `per-page` says otherwise.
    static let defaultPageSize = 50
    /// The largest page.
    static let maximumPageSize = 500

    /// `GET /requests`: requests, soonest deadline first, filtered as `dsr list` filters them (`q` searches as
    /// `dsr search`; `assigned=me` gives the caller's own cases, `assigned=none` the unassigned ones), one page at a
    /// time with a link to the next. A list without `q` is paged in storage: only the page's rows are read.
    func list(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let query = try QueryParameters(request, accepting: Self.listParameters)
        let asOf = try today().date
        let overdue = try query["overdue"].map { try APIValue.flag($0, field: "overdue") } ?? false
        let all = try query["all"].map { try APIValue.flag($0, field: "all") } ?? false
        let dueWithin = try query["due-within"].map { try APIValue.integer($0, field: "due-within", in: 0...36_500) }
        let kind = try query["kind"].map { try APIValue.kind($0) }
        let state = try query["state"].map { try APIValue.state($0, kind: kind, workflows: service.workflows) }
        let assigned = try query["assigned"].map { try APIValue.assignment($0, caller: principal) }
        let page = try query["page"].map { try APIValue.integer($0, field: "page", in: 1...1_000_000) } ?? 1
        let size =
            try query["per-page"].map { try APIValue.integer($0, field: "per-page", in: 1...Self.maximumPageSize) }
            ?? Self.defaultPageSize
        let start = (page - 1) * size
        let requests: [RequestSummary]
        let total: Int
        if let text = query["q"] {
            let dueBy = dueWithin.map { asOf.adding(days: $0).description }
            let found = try await service.search(SearchCases(text: text, asOf: asOf, names: true))
            let summaries = found.filter { summary in
                guard all || summary.closed == nil, !overdue || summary.overdue else { return false }
                if let kind, summary.kind != kind.rawValue { return false }
                if let state, summary.state != state.rawValue { return false }
                if let dueBy, summary.deadline > dueBy { return false }
                if let assigned, !assigned.matches(summary.assignee) { return false }
                return true
            }
            total = summaries.count
            requests = Array(summaries.dropFirst(start).prefix(size))
        } else {
            var filter = RequestQuery(includeClosed: all)
            if overdue { filter.overdueAsOf = asOf }
            if let dueWithin { filter.dueOnOrBefore = asOf.adding(days: dueWithin) }
            filter.kind = kind
            filter.state = state
            filter.assigned = assigned
            let stored = try await service.count(ListCases(query: filter, asOf: asOf))
            var unsent: [RequestSummary] = []
            if overdue {
                // An answer printed but not sent past the deadline is overdue too, as `dsr list --overdue` shows it;
                // these follow the stored list, as there.
                unsent = try await service.unsentAnswers()
                    .filter { answer in
                        answer.record.deadline < asOf && kind.map { $0 == answer.record.kind } ?? true
                            && state.map { $0 == answer.record.state } ?? true
                            && assigned.map { $0.matches(answer.record.assignee) } ?? true
                    }
                    .map { RequestSummary($0, asOf: asOf, name: true) }
            }
            var rows: [RequestSummary] = []
            if start < stored {
                var slice = filter
                slice.limit = size
                slice.offset = start
                rows = try await service.list(ListCases(query: slice, asOf: asOf, names: true))
            }
            if rows.count < size {
                rows += unsent.dropFirst(max(0, start - stored)).prefix(size - rows.count)
            }
            total = stored + unsent.count
            requests = rows
        }
        let next = start + requests.count < total ? Self.pageLink(request, query: query, page: page + 1) : nil
        return Self.json(
            text: CanonicalJSON.encode(
                RequestPage(requests: requests, page: page, perPage: size, total: total, next: next)))
    }

    /// The path and query of another page of the same listing.
    static func pageLink(_ request: Request, query: QueryParameters, page: Int) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        var pairs: [String] = []
        for name in listParameters where name != "page" {
            guard let value = query[name] else { continue }
            pairs.append(name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""))
        }
        pairs.append("page=\(page)")
        return request.uri.path + "?" + pairs.joined(separator: "&")
    }

    /// `POST /requests`: registers a request (`dsr register`); 201 with its `Location`.
    func register(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let body = try await StrictJSON.decode(RegistrationBody.self, from: request, fields: RegistrationBody.fields)
        let moment = try today()
        let draft = RequestDraft(
            kind: try APIValue.kind(body.kind),
            subject: DataSubject(name: body.name, email: body.email, address: body.address, phone: body.phone),
            received: try body.received.map { try APIValue.date($0, field: "received") } ?? moment.date,
            channel: try body.channel.map(APIValue.channel) ?? .email,
            language: try body.language.map { try APIValue.language($0) } ?? .fi,
            isDirectMarketing: body.directMarketing ?? false, note: body.note, reference: body.reference)
        try CaseService.check(RegisterRequest(draft: draft), today: moment)
        let command = RegisterRequest(draft: draft, identityCode: try body.hetu.map(APIValue.identityCode))
        let registered = try await service.register(command, actor: principal.actorName, today: moment)
        let record = registered.record
        return Self.json(
            text: CanonicalJSON.encode(RequestSummaryJSON(summary: RequestSummary(record, asOf: moment.date))),
            status: .created, headers: [.location: "/api/v1/requests/\(record.caseNumber)"])
    }

    /// `GET /requests/{case}`: the request, its deadline with the explanation of how it was computed, and its
    /// history, as `dsr show --format json` gives them (identity codes masked), in compact JSON written by hand
    /// (``CasePageJSON``). The view is logged (``logView(of:context:)``).
    func show(_ request: Request, context: APIContext) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let caseNumber = try Self.caseNumber(context)
        let detail = try await service.show(ShowCase(caseNumber: caseNumber, asOf: try today().date))
        let text = CanonicalJSON.encode(try CasePageJSON(detail))
        try await logView(of: caseNumber, context: context)
        return Self.json(text: text)
    }

    /// `POST /requests/{case}/events`: records a workflow event (`dsr EVENT CASE`); the request's new summary.
    func record(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let caseNumber = try Self.caseNumber(context)
        let body = try await StrictJSON.decode(EventBody.self, from: request, fields: EventBody.fields)
        if body.noRecipients == true, !(body.recipients ?? []).isEmpty {
            throw Problem(
                slug: "conflicting-fields", status: .unprocessableContent, title: "Conflicting fields",
                detail: "give either 'recipients' or 'noRecipients', not both; nothing was changed.",
                field: "noRecipients")
        }
        let moment = try today()
        let input = EventInput(
            on: try body.on.map { try APIValue.date($0, field: "on") } ?? moment.date, reason: body.reason,
            grounds: (body.grounds ?? []).map {
                GroundCode(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased())
            },
            granted: body.partial, reasonsWithheld: body.reasonsWithheld ?? false,
            recipients: body.noRecipients == true ? [] : body.recipients.flatMap { $0.isEmpty ? nil : $0 },
            endCondition: body.endCondition, details: body.details, note: body.note,
            liftsOn: try body.liftsOn.map { try APIValue.date($0, field: "liftsOn") },
            asked: body.asked.flatMap { $0.isEmpty ? nil : $0 })
        let transition = try await service.record(
            RecordEvent(caseNumber: caseNumber, event: EventID(body.event), input: input),
            actor: principal.actorName, today: moment)
        return try Self.json(RequestSummary(transition.record, asOf: moment.date))
    }
}
