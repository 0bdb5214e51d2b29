import DSRCore
import DSRServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The sign-in rate limit: five failures for a user or an address within 15 minutes, then 429 with a doubling
/// `Retry-After`, checked before any password is hashed; `X-Forwarded-For` believed only from `--trusted-proxy`.
struct WebRateLimitTests {
    /// The `Retry-After` header's name.
    static var retryAfter: HTTPField.Name { get throws { try WebFixture.header("Retry-After") } }
    /// The `X-Forwarded-For` header's name.
    static var forwardedFor: HTTPField.Name { get throws { try WebFixture.header("X-Forwarded-For") } }

    @Test func fiveFailuresThen429WithADoublingRetryAfter() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            for _ in 0..<5 {
                #expect(
                    try await WebFixture.signIn(client, name: "henri", password: "wrong password!").status
                        == .unauthorized)
            }
            var waits: [String] = []
            for _ in 0..<3 {
                let refused = try await WebFixture.signIn(client, name: "henri", password: "wrong password!")
                #expect(refused.status == .tooManyRequests)
                waits.append(refused.headers[try Self.retryAfter] ?? "")
            }
            #expect(waits == ["60", "120", "240"])
            // Refused before the password is checked: the right password is refused too while the wait lasts.
            let right = try await WebFixture.signIn(client, name: "henri")
            #expect(right.status == .tooManyRequests)
            #expect(right.headers[.setCookie]?.hasPrefix("dsr_session") != true)
            // After the wait the right password gets in.
            fixture.clock.advance(seconds: 16 * 60)
            #expect(try await WebFixture.signIn(client, name: "henri").status == .seeOther)
        }
    }

    @Test func anAddressIsLimitedAcrossUserNames() async throws {
        #expect(SignInLimiter.userKey("Henri") == SignInLimiter.userKey("henri"))
        let limiter = SignInLimiter()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<5 {
            let keys = [SignInLimiter.userKey("user\(index)"), SignInLimiter.addressKey("192.0.2.1")]
            #expect(await limiter.check(keys, now: now) == nil)
            await limiter.failed(keys, now: now)
        }
        let fresh = [SignInLimiter.userKey("someone-else"), SignInLimiter.addressKey("192.0.2.1")]
        #expect(await limiter.check(fresh, now: now) == 60)
        let elsewhere = [SignInLimiter.userKey("someone-else"), SignInLimiter.addressKey("192.0.2.2")]
        #expect(await limiter.check(elsewhere, now: now) == nil)
        // Failures older than 15 minutes no longer count.
        #expect(await limiter.check(fresh, now: now.addingTimeInterval(15 * 60)) == nil)
    }

    @Test func oldFailuresAreSweptOutWhenManyNamesWereTried() async {
        let limiter = SignInLimiter()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<10_000 { await limiter.failed([SignInLimiter.userKey("guess\(index)")], now: start) }
        #expect(await limiter.keyCount == 10_000)
        await limiter.failed([SignInLimiter.userKey("late")], now: start.addingTimeInterval(16 * 60))
        #expect(await limiter.keyCount == 1)
    }

    @Test func theWaitIsCappedAtAnHour() {
        #expect(SignInLimiter.delay(afterRefusals: 1) == 60)
        #expect(SignInLimiter.delay(afterRefusals: 2) == 120)
        #expect(SignInLimiter.delay(afterRefusals: 7) == 3_600)
        #expect(SignInLimiter.delay(afterRefusals: 1_000) == 3_600)
    }

    @Test func forwardedForIsBelievedOnlyFromTheTrustedProxy() throws {
        var headers = HTTPFields()
        headers[try Self.forwardedFor] = "203.0.113.9, 198.51.100.7"
        #expect(ClientAddress.resolve(peer: "10.0.0.5", headers: headers, trustedProxy: nil) == "10.0.0.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", headers: headers, trustedProxy: "10.0.0.1") == "10.0.0.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", headers: headers, trustedProxy: "10.0.0.1") == "198.51.100.7")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", headers: [:], trustedProxy: "10.0.0.1") == "10.0.0.1")
    }

    @Test func aForgedForwardedForDoesNotEscapeTheAddressLimit() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withClient { client in
            // No trusted proxy: each attempt claims another address, but the peer's address is what counts.
            for index in 0..<5 {
                var headers = HTTPFields()
                headers[try Self.forwardedFor] = "203.0.113.\(index)"
                let response = try await WebFixture.signIn(
                    client, name: "user\(index)", password: "wrong password!", headers: headers)
                #expect(response.status == .unauthorized)
            }
            var headers = HTTPFields()
            headers[try Self.forwardedFor] = "203.0.113.200"
            let refused = try await WebFixture.signIn(client, name: "henri", headers: headers)
            #expect(refused.status == .tooManyRequests)
        }
    }
}
