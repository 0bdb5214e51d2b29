import DSRCases
import DSRCore
import DSRServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Case assignment in the browser interface: the dashboard's lists (my cases first, overdue, due this week,
/// waiting, unassigned, by handler), the case list's "assigned to" filter and column, and the case page's form.
struct WebAssignmentTests {
    /// The fixture's case assigned to henri (the handler, deadline 2 March), an overdue case assigned to vera and an
    /// unassigned one due later.
    struct Cases {
        /// henri's case.
        let henris: CaseNumber
        /// vera's overdue case.
        let veras: CaseNumber
        /// The unassigned case.
        let nobodys: CaseNumber
    }

    /// Registers the cases and assigns them.
    static func cases(_ fixture: WebFixture) async throws -> Cases {
        let service = fixture.base.service
        let today = try ServerFixture.today()
        func register(_ name: String, received: CivilDate) async throws -> CaseNumber {
            let draft = RequestDraft(
                kind: .access, subject: DataSubject(name: name, email: "asiakas@example.fi"), received: received)
            return try await service.register(RegisterRequest(draft: draft), actor: "setup", today: today).record
                .caseNumber
        }
        let veras = try await register("Ville Vanha", received: try #require(CivilDate(year: 2026, month: 1, day: 5)))
        let nobodys = try await register("Noora Uusi", received: try #require(CivilDate(year: 2026, month: 2, day: 20)))
        for (caseNumber, assignee) in [(fixture.base.caseNumber, "henri"), (veras, "vera")] {
            _ = try await service.setFields(
                SetCaseFields(caseNumber: caseNumber, assignee: assignee), actor: "setup", today: today)
        }
        return Cases(henris: fixture.base.caseNumber, veras: veras, nobodys: nobodys)
    }

    /// A page's sections by id, in the order shown.
    static func sections(_ html: String) -> [(id: String, text: String)] {
        html.components(separatedBy: #"<section aria-labelledby=""#).dropFirst().map { part in
            (String(part.prefix { $0 != "\"" }), part)
        }
    }

    /// The case's assignee as recorded.
    static func assignee(_ fixture: WebFixture, _ caseNumber: CaseNumber) async throws -> String? {
        try await fixture.base.service.show(ShowCase(caseNumber: caseNumber, asOf: try ServerFixture.today().date))
            .record.assignee
    }

    @Test func aHandlersDashboardShowsTheirCasesFirstThenTheLists() async throws {
        let fixture = try await WebFixture.make()
        let cases = try await Self.cases(fixture)
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            let html = String(buffer: try await WebFixture.get(client, "/", cookie: cookie).body)
            let sections = Self.sections(html)
            #expect(sections.map(\.id) == ["mine", "overdue", "due", "waiting", "unassigned", "by-handler"])
            let text = Dictionary(uniqueKeysWithValues: sections.map { ($0.id, $0.text) })
            func shows(_ id: String, _ caseNumber: CaseNumber) -> Bool {
                text[id]?.contains("/requests/\(caseNumber)\"") == true
            }
            #expect(shows("mine", cases.henris) && !shows("mine", cases.veras) && !shows("mine", cases.nobodys))
            #expect(shows("overdue", cases.veras) && !shows("overdue", cases.henris))
            #expect(shows("due", cases.henris) && !shows("due", cases.nobodys))
            #expect(shows("unassigned", cases.nobodys) && !shows("unassigned", cases.henris))
            #expect(!shows("unassigned", cases.veras))
            let byHandler = text["by-handler"] ?? ""
            #expect(byHandler.contains(#"<a href="/requests?assigned=henri">henri</a></td><td>1</td><td>0</td>"#))
            #expect(byHandler.contains(#"<a href="/requests?assigned=vera">vera</a></td><td>1</td><td>1</td>"#))
            #expect(text["mine"]?.contains("<td>henri</td>") == true)
        }
    }

    @Test func anAuditorHasNoOwnListAndAnAdminHasOneWhenAssigned() async throws {
        let fixture = try await WebFixture.make()
        let cases = try await Self.cases(fixture)
        try await fixture.withClient { client in
            let auditor = try await WebFixture.session(client, .auditor)
            let audited = String(buffer: try await WebFixture.get(client, "/", cookie: auditor).body)
            #expect(Self.sections(audited).map(\.id) == ["overdue", "due", "waiting", "unassigned", "by-handler"])
            let admin = try await WebFixture.session(client, .admin)
            let before = String(buffer: try await WebFixture.get(client, "/", cookie: admin).body)
            #expect(Self.sections(before).first?.id == "overdue")
            _ = try await fixture.base.service.setFields(
                SetCaseFields(caseNumber: cases.nobodys, assignee: "anna"), actor: "setup",
                today: try ServerFixture.today())
            let after = Self.sections(String(buffer: try await WebFixture.get(client, "/", cookie: admin).body))
            #expect(after.first?.id == "mine")
            #expect(after.first?.text.contains("/requests/\(cases.nobodys)\"") == true)
        }
    }

    @Test func theCaseListFiltersByAssignee() async throws {
        let fixture = try await WebFixture.make()
        let cases = try await Self.cases(fixture)
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            let expected: [(String, CaseNumber)] = [
                ("me", cases.henris), ("none", cases.nobodys), ("vera", cases.veras),
            ]
            let all = [cases.henris, cases.veras, cases.nobodys]
            for (filter, only) in expected {
                for query in ["assigned=\(filter)", "assigned=\(filter)&q=example"] {
                    let page = try await WebFixture.get(client, "/requests?\(query)", cookie: cookie)
                    #expect(page.status == .ok, "\(query)")
                    let html = String(buffer: page.body)
                    for caseNumber in all {
                        #expect(html.contains("/requests/\(caseNumber)\"") == (caseNumber == only), "\(query)")
                    }
                }
            }
            let vera = String(buffer: try await WebFixture.get(client, "/requests?assigned=vera", cookie: cookie).body)
            #expect(vera.contains(#"<option value="vera" selected>vera</option>"#))
            #expect(vera.contains("<td>vera</td>"))
            let mine = String(buffer: try await WebFixture.get(client, "/requests?assigned=me", cookie: cookie).body)
            #expect(mine.contains(#"<option value="me" selected>"#))
            let everyone = String(buffer: try await WebFixture.get(client, "/requests", cookie: cookie).body)
            #expect(everyone.contains("<td>henri</td>") && everyone.contains("<td>vera</td>"))
            let bad = try await WebFixture.get(client, "/requests?assigned=no%20such%20name!", cookie: cookie)
            #expect(bad.status.code == 422)
        }
    }

    @Test func aHandlerAssignsACaseAndAnAuditorCannot() async throws {
        let fixture = try await WebFixture.make()
        let cases = try await Self.cases(fixture)
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            let token = try await WebFixture.csrfToken(client, cookie: cookie)
            let uri = "/requests/\(cases.nobodys)"
            let page = String(buffer: try await WebFixture.get(client, uri, cookie: cookie).body)
            #expect(page.contains(#"action="\#(uri)/assignee""#))
            #expect(page.contains(#"<option value="" selected>"#))
            #expect(page.contains(#"<option value="vera">vera</option>"#))
            let assigned = try await WebFixture.post(
                client, uri + "/assignee", cookie: cookie, form: "csrf=\(token)&assignee=vera")
            #expect(assigned.status == .seeOther)
            #expect(try await Self.assignee(fixture, cases.nobodys) == "vera")
            let shown = String(buffer: try await WebFixture.get(client, uri, cookie: cookie).body)
            #expect(shown.contains(#"<dd id="assignee">vera</dd>"#))
            #expect(shown.contains(#"<option value="vera" selected>vera</option>"#))
            let unknown = try await WebFixture.post(
                client, uri + "/assignee", cookie: cookie, form: "csrf=\(token)&assignee=ghost")
            #expect(unknown.status.code >= 400 && unknown.status.code < 500)
            #expect(try await Self.assignee(fixture, cases.nobodys) == "vera")
            let forged = try await WebFixture.post(client, uri + "/assignee", cookie: cookie, form: "assignee=henri")
            #expect(forged.status == .forbidden)
            #expect(try await Self.assignee(fixture, cases.nobodys) == "vera")
            let cleared = try await WebFixture.post(
                client, uri + "/assignee", cookie: cookie, form: "csrf=\(token)&assignee=")
            #expect(cleared.status == .seeOther)
            #expect(try await Self.assignee(fixture, cases.nobodys) == nil)

            let auditor = try await WebFixture.session(client, .auditor)
            let auditorToken = try await WebFixture.csrfToken(client, cookie: auditor)
            let viewed = String(
                buffer: try await WebFixture.get(client, "/requests/\(cases.veras)", cookie: auditor).body)
            #expect(viewed.contains(#"<dd id="assignee">vera</dd>"#))
            #expect(!viewed.contains("/assignee\""))
            let refused = try await WebFixture.post(
                client, "/requests/\(cases.veras)/assignee", cookie: auditor,
                form: "csrf=\(auditorToken)&assignee=henri")
            #expect(refused.status == .forbidden)
            #expect(try await Self.assignee(fixture, cases.veras) == "vera")
        }
    }

    @Test func theListsAreInFinnishAndEnglish() async throws {
        let fixture = try await WebFixture.make()
        let cases = try await Self.cases(fixture)
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            var english = HTTPFields()
            english[.acceptLanguage] = "en"
            let words: [(String, [String], [String])] = [
                (
                    "/", ["Omat asiat", "Vailla käsittelijää", "Käsittelijöittäin"],
                    ["My cases", "Unassigned", "By handler"]
                ),
                ("/requests", ["Ei kukaan", "Minä"], ["Nobody", "Me", "Assigned to"]),
                ("/requests/\(cases.nobodys)", ["Aseta käsittelijä", "Ei kukaan"], ["Assign", "Nobody"]),
            ]
            for (uri, finnish, inEnglish) in words {
                let fi = String(buffer: try await WebFixture.get(client, uri, cookie: cookie).body)
                let en = String(buffer: try await WebFixture.get(client, uri, cookie: cookie, headers: english).body)
                for word in finnish { #expect(fi.contains(word), "\(uri) \(word)") }
                for word in inEnglish { #expect(en.contains(word), "\(uri) \(word)") }
                #expect(!fi.contains("{{") && !en.contains("{{"), "\(uri)")
            }
        }
    }
}
