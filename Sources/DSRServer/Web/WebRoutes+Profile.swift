import DSRCases
import DSRCore
import DSRNotice
import Foundation
import Hummingbird

extension WebRoutes {
    /// The profile fields the page's form edits, with their keys in ``WebText``.
    static let profileFields: [(field: String, label: String)] = [
        ("name", "profileName"), ("businessID", "businessID"), ("address", "address"), ("email", "email"),
        ("phone", "phone"), ("contactPerson", "contactPerson"),
    ]

    /// The current value of a profile field of the form.
    static func value(of field: String, in profile: ControllerProfile?) -> String {
        switch field {
        case "name": profile?.name ?? ""
        case "businessID": profile?.businessID ?? ""
        case "address": profile?.address ?? ""
        case "email": profile?.email ?? ""
        case "phone": profile?.phone ?? ""
        case "contactPerson": profile?.contactPerson ?? ""
        default: ""
        }
    }

    /// The profile page's values: the form's fields with the current profile.
    func profileValues(_ state: WebRequestState) async throws -> [String: Any] {
        let current = try await service.controllerProfile()
        let texts = WebText.texts(state.language)
        return [
            "version": current.map { String($0.version) } ?? "–",
            "fields": Self.profileFields.map { entry in
                [
                    "field": entry.field, "label": texts[entry.label] ?? entry.field,
                    "value": Self.value(of: entry.field, in: current?.profile),
                ]
            },
        ]
    }

    /// `GET /profile`: the controller profile with a form to change it and the notice import (admins only).
    func profilePage(_ state: WebRequestState) async throws -> Response {
        if let refused = adminOnly(state) { return refused }
        return pages.page(
            "profile", title: WebText.texts(state.language)["profile"] ?? "", values: try await profileValues(state),
            language: state.language, session: state.session)
    }

    /// `POST /profile`: changes the fields the form gives (an empty field is left as it is; admins only).
    func changeProfile(_ state: WebRequestState) async throws -> Response {
        if let refused = adminOnly(state) { return refused }
        let form = state.form
        let changes = ControllerProfileChanges(
            name: form["name"], businessID: form["businessID"], address: form["address"], email: form["email"],
            phone: form["phone"], contactPerson: form["contactPerson"])
        _ = try await service.changeControllerProfile(
            ChangeControllerProfile(changes: changes, source: "web"), actor: state.session.principal.actorName,
            today: try today())
        return WebPages.redirect("/profile")
    }

    /// `POST /profile/notice`: reads a privacy notice pasted in the form, shows its lint findings and what importing
    /// it would change (`action=preview`), or imports it as the controller profile (`action=import`; admins only).
    func importNoticePage(_ state: WebRequestState) async throws -> Response {
        if let refused = adminOnly(state) { return refused }
        let text = state.form.fields.first { $0.name == "notice" }?.value ?? ""
        let command = ImportNotice(document: Data(text.utf8), source: "web")
        let language = state.language
        let result: NoticeImport
        if state.form["action"] == "import" {
            result = try await service.importNotice(
                command, actor: state.session.principal.actorName, today: try today())
        } else {
            result = try await service.previewNoticeImport(command)
        }
        let findings = try NoticeLinter().lint(result.notice)
        var values = try await profileValues(state)
        values["notice"] = text
        values["checked"] = true
        values["saved"] = result.savedVersion.map(String.init) ?? false
        values["canBeSaved"] = result.canBeSaved
        values["findings"] = findings.map { finding in
            [
                "severity": finding.severity.rawValue, "line": finding.line.map(String.init) ?? "",
                "rule": finding.rule, "message": finding.message[language], "fix": finding.fix[language],
            ]
        }
        values["noFindings"] = findings.isEmpty
        values["rows"] = result.plan.rows.filter { $0.change != .absent }.map { row in
            [
                "field": row.field.label[language], "change": row.change.rawValue, "value": row.value ?? "",
                "line": row.line.map(String.init) ?? "",
            ]
        }
        return pages.page(
            "profile", title: WebText.texts(language)["profile"] ?? "", values: values, language: language,
            session: state.session)
    }
}
