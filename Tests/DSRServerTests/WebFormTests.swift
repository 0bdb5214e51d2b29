import DSRCases
import DSRCore
import DSRServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The browser interface's forms: the CSRF token (missing or wrong: 403, nothing changed), each role against each
/// page and form, the case view logged, and the pages in Finnish and English.
struct WebFormTests {
    /// A registration form (a tarkastuspyyntö) without its token (and without an identity code: the in-memory
    /// register has no key to encrypt one; scripts/browser-check registers one on a register file).
    static let registration =
        "kind=access&name=Matti+Virtanen&email=matti%40example.fi&received=2026-03-01&channel=email&language=fi"

    /// How many requests the register holds.
    static func requestCount(_ fixture: WebFixture) async throws -> Int {
        try await fixture.base.service.list(
            ListCases(query: RequestQuery(includeClosed: true), asOf: try ServerFixture.today().date)
        ).count
    }

    @Test(arguments: ["", "csrf=", "csrf=0000", "csrf=WRONG"])
    func aPostWithoutTheRightTokenIs403AndChangesNothing(token: String) async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            let real = try await WebFixture.csrfToken(client, cookie: cookie)
            let wrong = token == "csrf=WRONG" ? "csrf=" + String(real.reversed()) : token
            let before = try await Self.requestCount(fixture)
            let response = try await WebFixture.post(
                client, "/requests", cookie: cookie,
                form: [wrong, Self.registration].filter { !$0.isEmpty }.joined(separator: "&"))
            #expect(response.status == .forbidden)
            #expect(try await Self.requestCount(fixture) == before)
            let event = try await WebFixture.post(
                client, "/requests/\(fixture.base.caseNumber)/events", cookie: cookie,
                form: "\(wrong)&event=acknowledge")
            #expect(event.status == .forbidden)
            let detail = try await fixture.base.service.show(
                ShowCase(caseNumber: fixture.base.caseNumber, asOf: try ServerFixture.today().date))
            #expect(detail.record.state.rawValue == "received")
        }
    }

    @Test func anotherSessionsTokenIsRefused() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let mine = try await WebFixture.session(client, .handler)
            let other = try await WebFixture.session(client, .admin)
            let otherToken = try await WebFixture.csrfToken(client, cookie: other)
            let response = try await WebFixture.post(
                client, "/requests", cookie: mine, form: "csrf=\(otherToken)&" + Self.registration)
            #expect(response.status == .forbidden)
        }
    }

    @Test func aHandlerRegistersExtendsAndRefuses() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            let token = try await WebFixture.csrfToken(client, cookie: cookie)
            let form = try await WebFixture.get(client, "/requests/new", cookie: cookie)
            #expect(form.status == .ok)
            #expect(String(buffer: form.body).contains(#"id="hetu" name="hetu" type="password" autocomplete="off""#))
            let registered = try await WebFixture.post(
                client, "/requests", cookie: cookie, form: "csrf=\(token)&" + Self.registration)
            #expect(registered.status == .seeOther)
            let location = try #require(registered.headers[.location])
            let page = try await WebFixture.get(client, location, cookie: cookie)
            let html = String(buffer: page.body)
            #expect(html.contains("Matti Virtanen"))
            #expect(html.contains(#"id="event-extend""#))
            #expect(html.contains(#"id="event-refuse""#))
            #expect(!html.contains(#"id="event-reopen""#))
            let extended = try await WebFixture.post(
                client, location + "/events", cookie: cookie,
                form: "csrf=\(token)&event=extend&on=2026-03-02&reason=Many+systems+to+search")
            #expect(extended.status == .seeOther)
            let refused = try await WebFixture.post(
                client, location + "/events", cookie: cookie,
                form: "csrf=\(token)&event=refuse&on=2026-03-02&grounds=art12-5-excessive&reason=Repeated+requests")
            #expect(refused.status == .seeOther)
            let after = String(buffer: try await WebFixture.get(client, location, cookie: cookie).body)
            #expect(after.contains("refused"))
            #expect(after.contains(#"id="pdf-refusal""#))
            let pdf = try await WebFixture.get(client, location + "/letters/refusal?format=pdf", cookie: cookie)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(String(buffer: pdf.body).hasPrefix("%PDF"))
            // A refused event (no grounds) is an error page, not a change.
            let bad = try await WebFixture.post(
                client, "/requests/\(fixture.base.caseNumber)/events", cookie: cookie,
                form: "csrf=\(token)&event=refuse&on=2026-03-02&reason=x")
            #expect(bad.status.code >= 400 && bad.status.code < 500)
            #expect(bad.headers[.contentType]?.hasPrefix("text/html") == true)
        }
    }

    @Test func anAuditorSeesNoChangingFormAndAPostIs403() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .auditor)
            let token = try await WebFixture.csrfToken(client, cookie: cookie)
            let dashboard = String(buffer: try await WebFixture.get(client, "/", cookie: cookie).body)
            #expect(!dashboard.contains("/requests/new"))
            #expect(try await WebFixture.get(client, "/requests/new", cookie: cookie).status == .forbidden)
            let page = String(
                buffer: try await WebFixture.get(client, "/requests/\(fixture.base.caseNumber)", cookie: cookie).body)
            #expect(page.contains("Maija Meikäläinen"))
            #expect(!page.contains("/events\""))
            #expect(!page.contains("/notes\""))
            #expect(!page.contains(#"action="/requests/\#(fixture.base.caseNumber)/letters""#))
            let before = try await Self.requestCount(fixture)
            let usersBefore = try await fixture.base.service.listUsers().count
            let posts = [
                ("/requests", Self.registration),
                ("/requests/\(fixture.base.caseNumber)/events", "event=acknowledge"),
                ("/requests/\(fixture.base.caseNumber)/notes", "text=hello"),
                ("/requests/\(fixture.base.caseNumber)/letters", "type=acknowledgement"),
                ("/users", "name=someone&role=admin&password=correct+horse+battery"),
                ("/profile", "name=Other+Oy"), ("/profile/notice", "action=import&notice=Rekisterinpit%C3%A4j%C3%A4"),
            ]
            for (uri, form) in posts {
                let response = try await WebFixture.post(client, uri, cookie: cookie, form: "csrf=\(token)&" + form)
                #expect(response.status == .forbidden, "\(uri)")
            }
            #expect(try await Self.requestCount(fixture) == before)
            #expect(try await fixture.base.service.listUsers().count == usersBefore)
        }
    }

    @Test(arguments: [UserRole.admin, .handler, .auditor])
    func eachRoleAgainstEachPage(role: UserRole) async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, role)
            let caseNumber = fixture.base.caseNumber
            let pages: [(String, Bool)] = [
                ("/", true), ("/requests", true), ("/requests?q=Maija&overdue=true", true),
                ("/requests/new", role.maySignChanges), ("/requests/\(caseNumber)", true),
                ("/requests/\(caseNumber)/letters/acknowledgement?format=html", true), ("/report?year=2026", true),
                ("/users", role.mayAdminister), ("/profile", role.mayAdminister),
            ]
            for (uri, allowed) in pages {
                let response = try await WebFixture.get(client, uri, cookie: cookie)
                #expect(response.status == (allowed ? .ok : .forbidden), "\(role) \(uri)")
            }
            let users = String(buffer: try await WebFixture.get(client, "/", cookie: cookie).body)
            #expect(users.contains(#"href="/users""#) == role.mayAdminister)
        }
    }

    @Test func anAdminManagesUsers() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .admin)
            let token = try await WebFixture.csrfToken(client, cookie: cookie)
            let added = try await WebFixture.post(
                client, "/users", cookie: cookie,
                form: "csrf=\(token)&name=olli&role=handler&password=correct+horse+battery")
            #expect(added.status == .seeOther)
            #expect(try await WebFixture.signIn(client, name: "olli").status == .seeOther)
            #expect(
                try await WebFixture.post(
                    client, "/users/olli/role", cookie: cookie, form: "csrf=\(token)&role=auditor"
                )
                .status == .seeOther)
            #expect(
                try await WebFixture.post(client, "/users/olli/disable", cookie: cookie, form: "csrf=\(token)").status
                    == .seeOther)
            let olli = try #require(try await fixture.base.service.listUsers().first { $0.name.rawValue == "olli" })
            #expect(olli.role == .auditor)
            #expect(olli.isDisabled)
        }
    }

    @Test func anAdminChecksAndImportsANoticeAndChangesTheProfile() async throws {
        let fixture = try await WebFixture.make()
        let notice = """
            # Tietosuojaseloste

            ## Rekisterinpitäjä
            Uusi Oy (Y-tunnus 2747637-5), Esimerkkikatu 2, 00100 Helsinki, tietosuoja@uusi.fi

            ## Käsittelyn tarkoitus
            Asiakassuhteen hoitaminen.
            """
        let encoded = try #require(notice.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .admin)
            let token = try await WebFixture.csrfToken(client, cookie: cookie)
            let page = try await WebFixture.get(client, "/profile", cookie: cookie)
            #expect(String(buffer: page.body).contains(#"value="Esimerkki Oy""#))
            let preview = try await WebFixture.post(
                client, "/profile/notice", cookie: cookie, form: "csrf=\(token)&action=preview&notice=\(encoded)")
            #expect(preview.status == .ok)
            let html = String(buffer: preview.body)
            #expect(html.contains("Tarkistuksen havainnot"))
            #expect(html.contains("<strong>error</strong>"))  // a notice this short lacks what the GDPR requires
            #expect(try await fixture.base.service.controllerProfile()?.profile.name == "Esimerkki Oy")
            let imported = try await WebFixture.post(
                client, "/profile/notice", cookie: cookie, form: "csrf=\(token)&action=import&notice=\(encoded)")
            #expect(imported.status == .ok)
            #expect(try await fixture.base.service.controllerProfile()?.profile.name == "Uusi Oy")
            let changed = try await WebFixture.post(
                client, "/profile", cookie: cookie, form: "csrf=\(token)&name=Kolmas+Oy&email=")
            #expect(changed.status == .seeOther)
            let profile = try await fixture.base.service.controllerProfile()?.profile
            #expect(profile?.name == "Kolmas Oy")
            #expect(profile?.email == "tietosuoja@uusi.fi")  // an empty field is left as it is
        }
    }

    @Test func everyViewOfACaseIsLogged() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .auditor)
            let caseNumber = fixture.base.caseNumber
            _ = try await WebFixture.get(client, "/requests/\(caseNumber)", cookie: cookie)
            _ = try await WebFixture.get(
                client, "/requests/\(caseNumber)/letters/acknowledgement?format=pdf", cookie: cookie)
            let views = try await fixture.base.service.caseViews(ListCaseViews(caseNumber: caseNumber))
            #expect(views.map(\.actor) == ["aino", "aino"])
        }
    }

    @Test func pagesAreInFinnishByDefaultAndInEnglishOnRequest() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .admin)
            let caseNumber = fixture.base.caseNumber
            let uris = ["/", "/requests", "/requests/new", "/requests/\(caseNumber)", "/report", "/users"]
            for uri in uris {
                let finnish = String(buffer: try await WebFixture.get(client, uri, cookie: cookie).body)
                #expect(finnish.contains(#"<html lang="fi">"#), "\(uri)")
                #expect(finnish.contains("Kirjaudu ulos"), "\(uri)")
                var headers = HTTPFields()
                headers[.acceptLanguage] = "en-GB,en;q=0.9,fi;q=0.5"
                let english = String(
                    buffer: try await WebFixture.get(client, uri, cookie: cookie, headers: headers).body)
                #expect(english.contains(#"<html lang="en">"#), "\(uri)")
                #expect(english.contains("Sign out"), "\(uri)")
                #expect(!english.contains("{{"), "\(uri)")
            }
            let switched = try await WebFixture.get(client, "/language/en", cookie: cookie)
            let languageCookie = String(try #require(switched.headers[.setCookie]?.split(separator: ";").first))
            let page = String(
                buffer: try await WebFixture.get(client, "/", cookie: cookie + "; " + languageCookie).body)
            #expect(page.contains("Overdue"))
            let signIn = String(buffer: try await WebFixture.get(client, "/sign-in", cookie: nil).body)
            #expect(signIn.contains("Kirjaudu sisään"))
        }
    }
}
