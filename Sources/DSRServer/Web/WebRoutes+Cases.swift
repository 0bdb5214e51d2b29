import DSRCases
import DSRCore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension WebRoutes {
    /// Requests per page of the case list.
    static let pageSize = 50

    /// A table row of a request summary.
    static func row(_ summary: RequestSummary) -> [String: Any] {
        [
            "case": summary.case, "name": summary.name ?? "", "kind": summary.kind, "state": summary.state,
            "received": summary.received, "deadline": summary.deadline,
            "daysLeft": summary.daysLeft.map(String.init) ?? "", "overdue": summary.overdue,
            "assignee": summary.assignee ?? "",
        ]
    }

    /// A dashboard section: a heading and its cases.
    static func section(_ id: String, _ heading: String?, _ rows: [RequestSummary]) -> [String: Any] {
        ["id": id, "heading": heading ?? "", "rows": rows.map(Self.row), "hasRows": !rows.isEmpty]
    }

    /// `GET /`: the signed-in user's own open cases first (always for a handler; for an admin or auditor when
    /// they have any), then overdue requests, those due within a week, those waiting on the person (clock
    /// paused), the unassigned ones, and each assignee with their open and overdue cases; soonest deadline first.
    func dashboard(_ state: WebRequestState) async throws -> Response {
        let asOf = try today().date
        let open = try await service.list(ListCases(query: RequestQuery(), asOf: asOf, names: true))
        let weekEnd = asOf.adding(days: 7).description
        let principal = state.session.principal
        let mine = open.filter { $0.assignee == principal.name.rawValue }
        let overdue = open.filter(\.overdue)
        let dueSoon = open.filter { !$0.overdue && $0.deadline <= weekEnd && $0.clock != "paused" }
        let waiting = open.filter { $0.clock == "paused" }
        let unassigned = open.filter { $0.assignee == nil }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let byHandler = Dictionary(grouping: open.filter { $0.assignee != nil }) { $0.assignee ?? "" }
            .sorted { $0.key < $1.key }
            .map { entry -> [String: Any] in
                [
                    "name": entry.key, "open": entry.value.count, "overdue": entry.value.filter(\.overdue).count,
                    "link": "/requests?assigned="
                        + (entry.key.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""),
                ]
            }
        let texts = WebText.texts(state.language)
        var sections: [[String: Any]] = []
        if principal.role == .handler || !mine.isEmpty { sections.append(Self.section("mine", texts["myCases"], mine)) }
        sections += [
            Self.section("overdue", texts["overdue"], overdue), Self.section("due", texts["dueThisWeek"], dueSoon),
            Self.section("waiting", texts["waiting"], waiting),
            Self.section("unassigned", texts["unassigned"], unassigned),
        ]
        return pages.page(
            "dashboard", title: texts["dashboard"] ?? "",
            values: ["sections": sections, "byHandler": byHandler, "hasHandlers": !byHandler.isEmpty],
            language: state.language, session: state.session)
    }

    /// `GET /requests?q=&kind=&state=&assigned=&overdue=&all=&page=`: the case list, searched and filtered, 50 a
    /// page; `assigned` is `me`, `none` or a user's name, as in the API.
    func list(_ request: Request, state: WebRequestState) async throws -> Response {
        let query = WebForm(urlencoded: request.uri.query ?? "")
        let asOf = try today().date
        let kind = try query["kind"].map { try APIValue.kind($0) }
        let stateID = try query["state"].map { try APIValue.state($0, kind: kind, workflows: service.workflows) }
        let assigned = try query["assigned"].map { try APIValue.assignment($0, caller: state.session.principal) }
        let overdue = query["overdue"] != nil
        let all = query["all"] != nil
        let page = max(1, query["page"].flatMap { Int($0) } ?? 1)
        var summaries: [RequestSummary]
        if let text = query["q"] {
            summaries = try await service.search(SearchCases(text: text, asOf: asOf, names: true)).filter { summary in
                (all || summary.closed == nil) && (!overdue || summary.overdue)
                    && kind.map { $0.rawValue == summary.kind } ?? true
                    && stateID.map { $0.rawValue == summary.state } ?? true
                    && assigned.map { $0.matches(summary.assignee) } ?? true
            }
        } else {
            var filter = RequestQuery(includeClosed: all)
            if overdue { filter.overdueAsOf = asOf }
            filter.kind = kind
            filter.state = stateID
            filter.assigned = assigned
            summaries = try await service.list(ListCases(query: filter, asOf: asOf, names: true))
        }
        let start = min((page - 1) * Self.pageSize, summaries.count)
        let end = min(start + Self.pageSize, summaries.count)
        func link(_ page: Int) -> String {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            var pairs = ["q", "kind", "state", "assigned", "overdue", "all"].compactMap { name in
                query[name].map { name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") }
            }
            pairs.append("page=\(page)")
            return "/requests?" + pairs.joined(separator: "&")
        }
        let texts = WebText.texts(state.language)
        let states = Set(service.workflows.definitions.values.flatMap { $0.states.map(\.id.rawValue) }).sorted()
        let chosen = query["assigned"]
        let users = try await service.listUsers().map(\.name.rawValue).sorted()
        return pages.page(
            "list", title: texts["requests"] ?? "",
            values: [
                "rows": summaries[start..<end].map(Self.row), "q": query["q"] ?? "",
                "kinds": RequestKind.allCases.map { ["value": $0.rawValue, "selected": $0 == kind] },
                "states": states.map { ["value": $0, "selected": $0 == stateID?.rawValue] },
                "assignedMe": chosen == "me", "assignedNone": chosen == "none",
                "assignees": users.map { ["value": $0, "selected": $0 == chosen] },
                "overdue": overdue, "all": all, "page": page, "total": summaries.count,
                "previous": page > 1 ? link(page - 1) : false, "next": end < summaries.count ? link(page + 1) : false,
            ], language: state.language, session: state.session)
    }

    /// `GET /requests/new`: the registration form (a tarkastuspyyntö by default); not for auditors.
    func newRequest(_ state: WebRequestState) -> Response {
        guard state.session.principal.role.maySignChanges else {
            return Self.errorPage(
                status: .forbidden, message: WebText.texts(state.language)["forbidden"] ?? "",
                language: state.language, session: state.session)
        }
        let received = (try? today().date.description) ?? ""
        return pages.page(
            "register", title: WebText.texts(state.language)["newRequest"] ?? "",
            values: [
                "kinds": RequestKind.allCases.map { ["value": $0.rawValue, "selected": $0 == .access] },
                "channels": Channel.allCases.map { ["value": $0.rawValue, "selected": $0 == .email] },
                "languages": Language.allCases.map { ["value": $0.rawValue, "selected": $0 == .fi] },
                "received": received,
            ], language: state.language, session: state.session)
    }

    /// `POST /requests`: registers the request of the form, then shows its page.
    func register(_ state: WebRequestState) async throws -> Response {
        let form = state.form
        let moment = try today()
        let draft = RequestDraft(
            kind: try APIValue.kind(form["kind"] ?? "access"),
            subject: DataSubject(
                name: form["name"] ?? "", email: form["email"], address: form["address"], phone: form["phone"]),
            received: try form["received"].map { try APIValue.date($0, field: "received") } ?? moment.date,
            channel: try form["channel"].map(APIValue.channel) ?? .email,
            language: try form["language"].map { try APIValue.language($0) } ?? .fi,
            isDirectMarketing: form["directMarketing"] != nil, note: form["note"], reference: form["reference"])
        try CaseService.check(RegisterRequest(draft: draft), today: moment)
        let command = RegisterRequest(draft: draft, identityCode: try form["hetu"].map(APIValue.identityCode))
        let registered = try await service.register(
            command, actor: state.session.principal.actorName, today: moment)
        return WebPages.redirect("/requests/\(registered.record.caseNumber)")
    }

    /// The letters a case's page offers: the acknowledgement, the extension notice once extended, and the letter
    /// of the state the case is in.
    static func letterTypes(_ detail: RequestDetail) -> [LetterType] {
        var types: [LetterType] = [.acknowledgement]
        if detail.record.isExtended { types.append(.extensionNotice) }
        if let letter = detail.workflow.state(detail.record.state)?.letter, !types.contains(letter) {
            types.append(letter)
        }
        return types
    }

    /// `GET /requests/{case}`: the case, its deadline and how it was computed, its timeline, notes, attachments and
    /// letters, and a form for each action the workflow allows now (none for an auditor); the view is logged.
    func casePage(_ context: APIContext, state: WebRequestState) async throws -> Response {
        let caseNumber = try APIRoutes.caseNumber(context)
        let moment = try today()
        let detail = try await service.show(ShowCase(caseNumber: caseNumber, asOf: moment.date))
        try await service.recordCaseView(
            RecordCaseView(caseNumber: caseNumber), actor: state.session.principal.actorName, today: moment)
        let record = detail.record
        let language = state.language
        let mayChange = state.session.principal.role.maySignChanges
        let events: [[String: Any]] =
            record.isOpen && mayChange
            ? detail.workflow.events(from: record.state).map { event in
                let requires = Set(event.requires)
                return [
                    "id": event.id.rawValue, "description": event.description[language],
                    "reason": requires.contains(.reason), "details": requires.contains(.details),
                    "recipients": requires.contains(.recipients), "endCondition": requires.contains(.endCondition),
                    "grounds": event.grounds.map { option in
                        [
                            "code": option.code.rawValue,
                            "title": RefusalGround.named(option.code)?.title[language] ?? option.code.rawValue,
                        ]
                    },
                    "hasGrounds": !event.grounds.isEmpty, "on": moment.date.description,
                ]
            } : []
        let subject = record.subject
        var values: [String: Any] = [
            "case": record.caseNumber.description, "kind": record.kind.rawValue,
            "kindName": language == .fi ? record.kind.names.fi : record.kind.article,
            "state": record.state.rawValue,
            "stateDescription": detail.workflow.state(record.state)?.description[language] ?? "",
            "received": record.received.description, "name": subject.name, "deadline": record.deadline.description,
            "status": RequestListing.status(of: record, asOf: moment.date),
            "explanation": record.deadlineDetail().explanation(in: language),
            "timeline": detail.events.map { event in
                [
                    "on": event.on.description, "event": event.name, "state": event.stateAfter?.rawValue ?? "",
                    "actor": event.actor,
                ]
            },
            "events": events, "mayChange": mayChange, "noActions": events.isEmpty,
            "notes": detail.notes.filter { !$0.isVoid }.map {
                ["on": $0.on.description, "text": $0.text, "actor": $0.actor]
            },
            "attachments": detail.attachments.map {
                ["number": $0.number.description, "label": $0.label, "name": $0.name, "size": $0.size]
            },
            "letters": Self.letterTypes(detail).map { ["type": $0.rawValue] },
            "issued": detail.dispatch.map {
                ["letter": $0.letter, "type": $0.type, "date": $0.date, "state": $0.state]
            },
            "isOpen": record.isOpen, "hasIssued": !detail.dispatch.isEmpty,
            "assignee": record.assignee ?? "", "unassigned": record.assignee == nil,
        ]
        if mayChange {
            // The users a case can be assigned to: the enabled ones (and whoever has it now, shown as chosen).
            let users = try await service.listUsers().filter { !$0.isDisabled }.map(\.name.rawValue)
            let choices = Set(users + [record.assignee].compactMap { $0 }).sorted()
            values["assignees"] = choices.map { ["value": $0, "selected": $0 == record.assignee] }
        }
        // Only the contact details the case has: an empty value would still open its section.
        let optional: [String: String?] = [
            "email": subject.email, "phone": subject.phone, "address": subject.address,
            "identity": subject.identityCode?.masked,
        ]
        for (key, value) in optional { if let value { values[key] = value } }
        return pages.page(
            "case", title: "\(WebText.texts(language)["case"] ?? "") \(record.caseNumber)", values: values,
            language: language, session: state.session)
    }

    /// `POST /requests/{case}/events`: records the event of the form, then shows the case again.
    func record(_ context: APIContext, state: WebRequestState) async throws -> Response {
        let caseNumber = try APIRoutes.caseNumber(context)
        let form = state.form
        let moment = try today()
        let recipients = form["recipients"].map {
            $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let input = EventInput(
            on: try form["on"].map { try APIValue.date($0, field: "on") } ?? moment.date, reason: form["reason"],
            grounds: form.all("grounds").map { GroundCode(rawValue: $0.lowercased()) }, granted: form["granted"],
            recipients: recipients, endCondition: form["endCondition"], details: form["details"],
            note: form["note"])
        _ = try await service.record(
            RecordEvent(caseNumber: caseNumber, event: EventID(form["event"] ?? ""), input: input),
            actor: state.session.principal.actorName, today: moment)
        return WebPages.redirect("/requests/\(caseNumber)")
    }

    /// `POST /requests/{case}/assignee`: assigns the case to the form's `assignee`, an enabled user, or to nobody
    /// when it is empty (`dsr case set --assignee`), then shows the case again.
    func assign(_ context: APIContext, state: WebRequestState) async throws -> Response {
        let caseNumber = try APIRoutes.caseNumber(context)
        _ = try await service.setFields(
            SetCaseFields(caseNumber: caseNumber, assignee: state.form["assignee"] ?? ""),
            actor: state.session.principal.actorName, today: try today())
        return WebPages.redirect("/requests/\(caseNumber)")
    }

    /// `POST /requests/{case}/notes`: adds a note.
    func addNote(_ context: APIContext, state: WebRequestState) async throws -> Response {
        let caseNumber = try APIRoutes.caseNumber(context)
        _ = try await service.addNote(
            AddNote(caseNumber: caseNumber, text: state.form["text"] ?? ""),
            actor: state.session.principal.actorName, today: try today())
        return WebPages.redirect("/requests/\(caseNumber)")
    }

    /// `GET /requests/{case}/letters/{type}?format=html|pdf`: the letter, written now and not recorded (a preview in
    /// HTML, or the PDF to download); the view is logged.
    func letter(_ request: Request, context: APIContext, state: WebRequestState) async throws -> Response {
        let caseNumber = try APIRoutes.caseNumber(context)
        let type = try APIValue.letterType(context.parameters.get("type") ?? "")
        let query = WebForm(urlencoded: request.uri.query ?? "")
        let format = try query["format"].map { try APIValue.letterFormat($0, accepted: [.pdf, .html]) } ?? .pdf
        let moment = try today()
        let bytes = try await service.letter(
            WriteLetter(caseNumber: caseNumber, type: type, format: format), today: moment)
        try await service.recordCaseView(
            RecordCaseView(caseNumber: caseNumber), actor: state.session.principal.actorName, today: moment)
        var headers: HTTPFields = [.contentType: APIRoutes.mediaType(of: format)]
        if let disposition = HTTPField.Name("Content-Disposition") {
            let name = "\(caseNumber)-\(type.rawValue).\(format.rawValue)"
            headers[disposition] = format == .pdf ? "attachment; filename=\"\(name)\"" : "inline; filename=\"\(name)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `POST /requests/{case}/letters`: issues the letter of the form (recorded with its number and fingerprint).
    func issueLetter(_ context: APIContext, state: WebRequestState) async throws -> Response {
        let caseNumber = try APIRoutes.caseNumber(context)
        let command = WriteLetter(
            caseNumber: caseNumber, type: try state.form["type"].map(APIValue.letterType), format: .pdf)
        _ = try await service.issueLetter(command, actor: state.session.principal.actorName, today: try today())
        return WebPages.redirect("/requests/\(caseNumber)")
    }
}
