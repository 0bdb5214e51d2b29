import DSRCases
import DSRCore
import Foundation
import Hummingbird

extension WebRoutes {
    /// `GET /report?year=`: how the year's requests were handled (`dsr report`), this year by default.
    func reportPage(_ request: Request, state: WebRequestState) async throws -> Response {
        let query = WebForm(urlencoded: request.uri.query ?? "")
        let today = try self.today().date
        let year =
            try query["year"].map {
                try APIValue.integer($0, field: "year", in: 2018...CivilDate.acceptedYears.upperBound)
            }
            ?? today.year
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
        else { throw InputError.yearOutOfRange(field: "year", year: year) }
        let records = try await service.records(RequestQuery(includeClosed: true))
        let report = PeriodReport(
            records: records, letters: try await service.answerLetters(), from: first, to: last, today: today)
        func rows(_ counts: [String: Int]) -> [[String: Any]] {
            counts.sorted { $0.key < $1.key }.map { ["name": $0.key, "count": $0.value] }
        }
        let figures: [[String: Any]] = [
            ["name": "answeredOnTime", "count": report.answeredOnTime],
            ["name": "answeredLate", "count": report.answeredLate],
            ["name": "openPastDeadline", "count": report.openPastDeadline],
            ["name": "stillOpen", "count": report.stillOpen],
            ["name": "extensionsUsed", "count": report.extensionsUsed],
            ["name": "refusals", "count": report.refusals],
            ["name": "partialRefusals", "count": report.partialRefusals],
            ["name": "withdrawals", "count": report.withdrawals],
        ]
        return pages.page(
            "report", title: WebText.texts(state.language)["report"] ?? "",
            values: [
                "year": year, "from": report.from, "to": report.to, "byKind": rows(report.receivedByKind),
                "byChannel": rows(report.receivedByChannel), "byGround": rows(report.refusalsByGround),
                "figures": figures,
            ], language: state.language, session: state.session)
    }

    /// `GET /users`: the users, with forms to add one, disable one and change a role (admins only).
    func usersPage(_ state: WebRequestState) async throws -> Response {
        if let refused = adminOnly(state) { return refused }
        let users = try await service.listUsers()
        return pages.page(
            "users", title: WebText.texts(state.language)["users"] ?? "",
            values: [
                "users": users.map { user in
                    [
                        "name": user.name.rawValue, "role": user.role.rawValue, "disabled": user.isDisabled,
                        "roles": UserRole.allCases.filter { $0 != user.role }.map { ["value": $0.rawValue] },
                    ] as [String: Any]
                },
                "roles": UserRole.allCases.map { ["value": $0.rawValue, "selected": $0 == .handler] },
            ], language: state.language, session: state.session)
    }

    /// The `{name}` path parameter as a user name.
    static func userName(_ text: String?) throws -> UserName {
        guard let text, let name = UserName(text) else {
            throw InputError.unknownValue(field: "name", text: "", accepted: ["a user name"])
        }
        return name
    }

    /// The role of a form's `role` field.
    static func role(_ text: String?) throws -> UserRole {
        guard let text, let role = UserRole(rawValue: text) else {
            throw InputError.unknownValue(
                field: "role", text: text ?? "", accepted: UserRole.allCases.map(\.rawValue))
        }
        return role
    }

    /// `POST /users`: adds a user with the form's password (admins only).
    func addUser(_ state: WebRequestState) async throws -> Response {
        if let refused = adminOnly(state) { return refused }
        let form = state.form
        let password = form.fields.first(where: { $0.name == "password" })?.value ?? ""
        _ = try await service.addUser(
            AddUser(
                name: try Self.userName(form["name"]), role: try Self.role(form["role"]),
                credential: .password(password), hashing: options.hashing),
            actor: state.session.principal.actorName, today: try today())
        return WebPages.redirect("/users")
    }

    /// `POST /users/{name}/disable`: disables a user; their sessions end (admins only).
    func disableUser(_ context: APIContext, state: WebRequestState) async throws -> Response {
        if let refused = adminOnly(state) { return refused }
        _ = try await service.disableUser(
            DisableUser(name: try Self.userName(context.parameters.get("name"))),
            actor: state.session.principal.actorName, today: try today())
        return WebPages.redirect("/users")
    }

    /// `POST /users/{name}/role`: gives a user another role; their sessions end (admins only).
    func changeRole(_ context: APIContext, state: WebRequestState) async throws -> Response {
        if let refused = adminOnly(state) { return refused }
        _ = try await service.changeUserRole(
            ChangeUserRole(
                name: try Self.userName(context.parameters.get("name")), role: try Self.role(state.form["role"])),
            actor: state.session.principal.actorName, today: try today())
        return WebPages.redirect("/users")
    }
}
