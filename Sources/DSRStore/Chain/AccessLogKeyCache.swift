import Foundation

/// The access log's chain of one store (``AccessLogChain``), read once from the register's key and kept: every case
/// page a server answers writes an entry, and reading and checking the key file each time would cost more than the
/// entry.
///
/// The key of the chain survives `dsr key rotate` (it is derived from the key of purged tags, which a rotation carries
/// over), so a chain kept across a rotation made by another process stays right. A register without a key gives no
/// chain: its entries are written without a mac, and `dsr audit verify` counts them as not covered.
///
/// `@unchecked Sendable` because its mutable state is read and written only while holding `lock`.
public final class AccessLogKeyCache: @unchecked Sendable {
    private let lock = NSLock()
    /// The chain once read (`.some(nil)`: the register has no key).
    private var loaded: AccessLogChain??

    /// An empty cache.
    public init() {}

    /// The chain kept, or `nil` if none was read yet.
    private var kept: AccessLogChain?? {
        lock.lock()
        defer { lock.unlock() }
        return loaded
    }

    /// Keeps a chain read.
    private func keep(_ chain: AccessLogChain?) {
        lock.lock()
        defer { lock.unlock() }
        loaded = .some(chain)
    }

    /// The chain, read with `key` the first time (`nil`: the register has no key).
    /// - Throws: what `key` throws (a key file missing although the register recorded one, another register's key,
    ///   a storage failure); nothing is kept then, and the next call reads again.
    public func chain(key: () throws -> IdentityCodeKey?) throws -> AccessLogChain? {
        if let kept { return kept }
        let chain = try key()?.accessLogChain
        keep(chain)
        return chain
    }

    /// The chain, read with `key` the first time (`nil`: the register has no key).
    /// - Throws: what `key` throws; nothing is kept then.
    public func chainAwaiting(key: () async throws -> IdentityCodeKey?) async throws -> AccessLogChain? {
        if let kept { return kept }
        let chain = try await key()?.accessLogChain
        keep(chain)
        return chain
    }
}
