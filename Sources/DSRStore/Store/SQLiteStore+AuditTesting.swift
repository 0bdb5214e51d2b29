import GRDB

/// Hooks for the tests of `dsr audit verify`'s own failures: visible inside the package only, never part of the
/// public API.
extension SQLiteStore {
    /// Compares a fresh register's schema with the one dsr expects, or, with `withoutExpectedSchema`, runs the
    /// comparison as it runs when dsr could not build the schema it expects.
    package static func schemaDifferencesForTesting(withoutExpectedSchema: Bool) throws -> [String] {
        let queue = try DatabaseQueue()
        try RegisterSchema.migrator.migrate(queue)
        return try queue.read { db in
            withoutExpectedSchema
                ? try RegisterSchema.differences(in: db, expected: nil)
                : try RegisterSchema.differences(in: db)
        }
    }
}
