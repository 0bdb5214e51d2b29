import DSRCore
import Foundation

/// The browser sessions of a running server, kept in memory: a new random id at each sign-in, idle expiry, and an
/// end when the user signs out or their sessions generation moves on (``WebSessionMiddleware`` checks it).
///
/// A restart of the server ends every session; nobody can make a session id up, since each is 256 random bits.
public actor WebSessions {
    /// The sessions by id.
    private var sessions: [String: WebSession] = [:]
    /// How long a session lasts without a request.
    public let idleTimeout: TimeInterval

    /// Creates an empty store with the idle timeout.
    public init(idleTimeout: TimeInterval) {
        self.idleTimeout = idleTimeout
    }

    /// Starts a new session for a user: a fresh id and CSRF token; expired sessions are dropped on the way.
    public func start(_ principal: Principal, generation: Int64, now: Date) -> WebSession {
        sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) < idleTimeout }
        let session = WebSession(
            id: Self.randomHex(), principal: principal, generation: generation, csrfToken: Self.randomHex(),
            lastSeen: now)
        sessions[session.id] = session
        return session
    }

    /// The live session with the id, its idle clock restarted; `nil` (and the session ended) when it is unknown or
    /// has been idle for ``idleTimeout`` or longer.
    public func session(id: String, now: Date) -> WebSession? {
        guard var session = sessions[id] else { return nil }
        guard now.timeIntervalSince(session.lastSeen) < idleTimeout else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = now
        sessions[id] = session
        return session
    }

    /// Ends a session (sign-out, or its user's generation moved on).
    public func end(id: String) {
        sessions[id] = nil
    }

    /// How many sessions are kept (live or not yet dropped).
    public var count: Int { sessions.count }

    /// 256 random bits from the system's generator, as 64 hexadecimal digits.
    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Whether two strings are equal, in time that depends on their lengths only (CSRF tokens).
    static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let left = Array(left.utf8)
        let right = Array(right.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
