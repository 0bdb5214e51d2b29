import Dispatch
import Foundation
import HummingbirdBcrypt

/// How passwords are hashed: bcrypt (hummingbird-auth's `HummingbirdBcrypt`) at a cost of at least
/// ``productionCost`` in production; tests pass a lower cost to stay fast.
///
/// bcrypt is synchronous and takes about a quarter of a second at cost 12, so the work runs on two dedicated queues,
/// never on Swift's cooperative pool: at most two hashes run at once, and a server's event loop keeps answering.
/// A server still checks its rate limit before it asks for a hash.
public struct PasswordHashing: Sendable, Equatable {
    /// The cost every register uses in production (2^12 rounds, about 0.25 s on this project's 2-core machine).
    public static let productionCost = 12

    /// The hashing front ends use: bcrypt at ``productionCost``.
    public static let standard = PasswordHashing(validCost: UInt8(productionCost))

    /// bcrypt's cost (log2 of its rounds), 4–31.
    public let cost: UInt8

    /// Hashing at another cost, for tests; `nil` outside bcrypt's range 4–31.
    public init?(cost: Int) {
        guard (4...31).contains(cost) else { return nil }
        self.cost = UInt8(cost)
    }

    /// Hashing at a cost known to be in range.
    private init(validCost: UInt8) {
        cost = validCost
    }

    /// The queues bcrypt runs on, one hash at a time each.
    private static let queues = [
        DispatchQueue(label: "dsr.bcrypt.1", qos: .userInitiated),
        DispatchQueue(label: "dsr.bcrypt.2", qos: .userInitiated),
    ]
    /// Runs `body` on one of the bcrypt queues and returns its result.
    private static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        // A queue drawn at random: no shared counter to guard, and at most two hashes at once all the same.
        let queue = queues[Int.random(in: 0..<queues.count)]
        return await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }

    /// The bcrypt hash of a password that ``PasswordRules`` accepted (at most 72 UTF-8 bytes, no NUL).
    public func hash(_ password: String) async -> String {
        let cost = cost
        return await Self.run { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches a bcrypt hash.
    public func verify(_ password: String, hash: String) async -> Bool {
        await Self.run { Bcrypt.verify(password, hash: hash) }
    }

    /// Spends the time of a verification at this cost and returns `false`: used when there is no user, or no
    /// password, to check against, so that the answer's timing does not tell which names exist.
    ///
    /// It verifies against a real hash at the same cost (``dummyHash(cost:)``, made once per cost and process), so
    /// the time is one verification, not a hash and a verification.
    public func verifyNothing(_ password: String) async -> Bool {
        let cost = cost
        _ = await Self.run { Bcrypt.verify(password, hash: Self.dummyHash(cost: cost)) }
        return false
    }

    /// A real bcrypt hash at `cost` that no password is checked against for real, made the first time it is asked
    /// for at that cost and then kept (a made-up string could be malformed, and bcrypt would refuse it at once,
    /// without spending the time).
    package static func dummyHash(cost: UInt8) -> String {
        if let known = dummies.withLock({ $0[cost] }) { return known }
        let made = Bcrypt.hash("dsr", cost: cost)
        return dummies.withLock { known in
            if let earlier = known[cost] { return earlier }
            known[cost] = made
            return made
        }
    }

    /// The dummy hashes made so far, by cost.
    private static let dummies = LockedDummies()

    /// A dictionary behind a lock (the package supports macOS 14, which has no `Mutex`).
    private final class LockedDummies: @unchecked Sendable {
        private let lock = NSLock()
        private var hashes: [UInt8: String] = [:]

        func withLock<T>(_ body: (inout [UInt8: String]) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&hashes)
        }
    }
}
