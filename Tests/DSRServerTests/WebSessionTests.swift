import DSRCases
import DSRCore
import DSRServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Signing in to the browser interface: the session cookie's attributes, idle expiry, sign-out, and sessions ended
/// by a role or password change or a disabled user.
struct WebSessionTests {
    @Test func signingInSetsANewSecureHttpOnlyStrictCookie() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let first = try await WebFixture.signIn(client, name: "henri")
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/")
            let cookie = try #require(first.headers[.setCookie])
            let attributes = Set(cookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(attributes.isSuperset(of: ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"]))
            let id = try #require(cookie.split(separator: ";").first?.split(separator: "=").last)
            #expect(id.count == 64)
            let second = try #require(try await WebFixture.signIn(client, name: "henri").headers[.setCookie])
            #expect(second != cookie)
        }
    }

    @Test func insecureCookiesDropOnlySecure() async throws {
        var fixture = try await WebFixture.make()
        fixture = WebFixture(
            base: fixture.base, clock: fixture.clock,
            options: WebOptions(secureCookies: false, hashing: try WebFixture.hashing))
        try await fixture.withClient { client in
            let cookie = try #require(try await WebFixture.signIn(client, name: "henri").headers[.setCookie])
            #expect(!cookie.contains("Secure"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
        }
    }

    @Test func aWrongPasswordOrUnknownUserGivesNoSession() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            for name in ["henri", "nobody"] {
                let response = try await WebFixture.signIn(client, name: name, password: "wrong password here")
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie]?.hasPrefix("dsr_session") != true)
            }
            // A password over bcrypt's 72 bytes is refused, not cut short and matched.
            let long = WebFixture.password + String(repeating: "x", count: 80)
            #expect(try await WebFixture.signIn(client, name: "henri", password: long).status == .unauthorized)
        }
    }

    @Test func aSignInWithoutTheFormsTokenIs403() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let form = try await WebFixture.get(client, "/sign-in", cookie: nil)
            let token = try WebFixture.csrfToken(in: form)
            let setCookie = try #require(form.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
            let cookie = String(try #require(setCookie.split(separator: ";").first))
            let credentials = "name=henri&password=correct+horse+battery"
            let attempts: [(String?, String)] = [
                (nil, credentials), (cookie, credentials), (nil, "csrf=\(token)&" + credentials),
                (cookie, "csrf=\(String(token.reversed()))&" + credentials),
            ]
            for (cookie, body) in attempts {
                let response = try await WebFixture.post(client, "/sign-in", cookie: cookie, form: body)
                #expect(response.status == .forbidden)
                #expect(response.headers[.setCookie]?.hasPrefix("dsr_session") != true)
            }
        }
    }

    @Test func withoutASessionPagesSendToSignIn() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            for uri in ["/", "/requests", "/requests/new", "/users", "/report"] {
                let response = try await WebFixture.get(
                    client, uri, cookie: "dsr_session=" + String(repeating: "0", count: 64))
                #expect(response.status == .seeOther, "\(uri)")
                #expect(response.headers[.location] == "/sign-in")
            }
            let page = try await WebFixture.get(client, "/sign-in", cookie: nil)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains(#"type="password""#))
        }
    }

    @Test func aSessionExpiresAfterThirtyIdleMinutes() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            fixture.clock.advance(seconds: 29 * 60)
            #expect(try await WebFixture.get(client, "/", cookie: cookie).status == .ok)
            fixture.clock.advance(seconds: 29 * 60)  // idle 29 minutes again: still alive
            #expect(try await WebFixture.get(client, "/", cookie: cookie).status == .ok)
            fixture.clock.advance(seconds: 30 * 60)
            let expired = try await WebFixture.get(client, "/", cookie: cookie)
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/sign-in")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            let token = try await WebFixture.csrfToken(client, cookie: cookie)
            let out = try await WebFixture.post(client, "/sign-out", cookie: cookie, form: "csrf=\(token)")
            #expect(out.status == .seeOther)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await WebFixture.get(client, "/", cookie: cookie).headers[.location] == "/sign-in")
        }
    }

    @Test(arguments: ["role", "password", "disable"])
    func aChangeToTheUserEndsTheirSessions(change: String) async throws {
        let fixture = try await WebFixture.make()
        let service = fixture.base.service
        let today = try ServerFixture.today()
        let henri = try #require(UserName("henri"))
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            #expect(try await WebFixture.get(client, "/", cookie: cookie).status == .ok)
            switch change {
            case "role":
                _ = try await service.changeUserRole(
                    ChangeUserRole(name: henri, role: .auditor), actor: "anna", today: today)
            case "password":
                _ = try await service.setPassword(
                    SetPassword(name: henri, password: "another long password", hashing: try WebFixture.hashing),
                    actor: "anna", today: today)
            default:
                _ = try await service.disableUser(DisableUser(name: henri), actor: "anna", today: today)
            }
            let after = try await WebFixture.get(client, "/", cookie: cookie)
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] == "/sign-in")
        }
    }

    @Test func pagesCarryTheSecurityHeaders() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            let cookie = try await WebFixture.session(client, .handler)
            for uri in ["/sign-in", "/"] {
                let response = try await WebFixture.get(client, uri, cookie: cookie)
                let policy = try #require(response.headers[try WebFixture.header("Content-Security-Policy")])
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(policy.contains("script-src 'self'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(response.headers[try WebFixture.header("X-Content-Type-Options")] == "nosniff")
                #expect(response.headers[try WebFixture.header("Referrer-Policy")] == "no-referrer")
                #expect(response.headers[.cacheControl] == "no-store")
            }
            let script = try await WebFixture.get(client, "/static/app.js", cookie: nil)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
        }
    }
}
