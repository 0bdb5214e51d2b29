import DSRCore
import DSRStore
import Foundation
import Testing

/// The head `dsr audit anchor` prints, read from SQLite: a last event that cannot be read is a typed error (the
/// command line words it as before, with `dsr audit verify` to run), never a trap or a wrong anchor.
struct ChainHeadTests {
    @Test func aHeadWhoseHashCannotBeReadIsATypedError() throws {
        // Given a register whose last event's hash is not a hash
        let store = try SQLiteStore.inMemory()
        _ = try History.build(store)
        let last = try store.chainAnchor().events
        try store.tamperForTesting("UPDATE event SET hash = 'not a hash' WHERE sequence = \(last)")

        // Then its head cannot be given
        #expect(throws: AuditTrailError.unreadableHead) { _ = try store.chainAnchor() }
    }
}
