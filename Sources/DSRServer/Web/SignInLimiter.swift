import Foundation

/// The sign-in rate limit: after ``allowedFailures`` failed sign-ins for a user name or from a client address within
/// ``window``, further attempts are refused before any password is hashed, with a wait (`Retry-After`) that starts at
/// ``baseDelay`` and doubles with every further attempt, up to ``maximumDelay`` — a back-off, so nobody can lock an
/// administrator out for good by guessing.
public actor SignInLimiter {
    /// Failed sign-ins allowed per key within the window: 5.
    public static let allowedFailures = 5
    /// The window failures are counted in: 15 minutes.
    public static let window: TimeInterval = 15 * 60
    /// The first wait: 60 seconds.
    public static let baseDelay = 60
    /// The longest wait: one hour.
    public static let maximumDelay = 3_600

    /// What is known of one key (a user name or an address).
    struct Entry {
        /// When its recent sign-ins failed.
        var failures: [Date] = []
        /// Attempts refused since the limit was reached.
        var refusals = 0
        /// Until when attempts are refused.
        var blockedUntil: Date?
    }

    /// The entries by key (`user:NAME`, `address:ADDRESS`).
    private var entries: [String: Entry] = [:]

    /// Creates an empty limiter.
    public init() {}

    /// Checks an attempt against the limit of each key: `nil` lets it through (to the password check), a number
    /// refuses it and is the `Retry-After` in seconds (the longest of the keys').
    public func check(_ keys: [String], now: Date) -> Int? {
        var wait: Int?
        for key in keys {
            var entry = entries[key] ?? Entry()
            entry.failures.removeAll { now.timeIntervalSince($0) >= Self.window }
            if entry.failures.count < Self.allowedFailures {
                entry.refusals = 0
                entry.blockedUntil = nil
            } else if entry.blockedUntil.map({ now < $0 }) ?? true {
                entry.refusals += 1
                let delay = Self.delay(afterRefusals: entry.refusals)
                entry.blockedUntil = now.addingTimeInterval(TimeInterval(delay))
                wait = max(wait ?? 0, delay)
            }
            entries[key] = entry.failures.isEmpty ? nil : entry
        }
        return wait
    }

    /// Keys kept before the old ones are swept out: guessing with ever new names cannot fill the memory.
    static let sweepThreshold = 10_000

    /// Counts a failed sign-in against each key; after the limit, the next attempt is refused at once.
    public func failed(_ keys: [String], now: Date) {
        if entries.count >= Self.sweepThreshold {
            entries = entries.filter { entry in
                entry.value.failures.contains { now.timeIntervalSince($0) < Self.window }
                    || entry.value.blockedUntil.map { now < $0 } == true
            }
        }
        for key in keys {
            var entry = entries[key] ?? Entry()
            entry.failures.append(now)
            if entry.failures.count >= Self.allowedFailures, entry.blockedUntil.map({ now >= $0 }) ?? false {
                entry.blockedUntil = nil  // the wait had passed: the next attempt is refused with a longer one
            }
            entries[key] = entry
        }
    }

    /// How many keys are kept.
    public var keyCount: Int { entries.count }

    /// Forgets a key's failures (a user who signed in).
    public func succeeded(_ key: String) {
        entries[key] = nil
    }

    /// The wait after `refusals` refused attempts: 60 s, 120 s, 240 s … up to an hour.
    public static func delay(afterRefusals refusals: Int) -> Int {
        let doublings = min(max(refusals - 1, 0), 12)
        return min(baseDelay << doublings, maximumDelay)
    }

    /// The key of a user name (case-folded, as names are).
    public static func userKey(_ name: String) -> String { "user:" + name.lowercased() }

    /// The key of a client address.
    public static func addressKey(_ address: String) -> String { "address:" + address }
}
