import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

/// A prepared statement of a batch insert, bound and stepped through SQLite's C interface: GRDB's statement
/// arguments box every value, which cost as much as the insert itself on a large import. Measured (docs/performance.md,
/// "What was tried", single thread, 10,000 rows): the import's writing half took 52 µs of CPU per request through
/// GRDB's arguments and 48 µs through this statement.
///
/// The statement belongs to GRDB (which finalizes it); only this value uses it. SQLite still runs every trigger,
/// constraint and foreign key; a failure becomes a `DatabaseError` with SQLite's code and message (which name
/// tables, columns and constraints, never values), as GRDB would raise it.
struct BatchStatement {
    /// One value to bind.
    enum Value {
        /// Text, or NULL.
        case text(String?)
        /// An integer, or NULL.
        case integer(Int64?)
    }

    private let statement: Statement
    private let database: Database

    /// Wraps a statement prepared on `database`.
    init(_ statement: Statement, in database: Database) {
        self.statement = statement
        self.database = database
    }

    /// SQLite's marker that bound text must be copied.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds the values to the parameters in order, runs the statement to its end, and resets it.
    /// - Throws: `DatabaseError` if SQLite refuses the statement.
    func run(_ values: [Value]) throws {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .text(let text?):
                var text = text
                code = text.withUTF8 { bytes in
                    let start = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
                    return sqlite3_bind_text(handle, index, start, Int32(bytes.count), Self.transient)
                }
            case .integer(let number?):
                code = sqlite3_bind_int64(handle, index, number)
            case .text(nil), .integer(nil):
                code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// The error SQLite reports for a result code.
    private func failure(_ code: Int32) -> DatabaseError {
        let message = sqlite3_errmsg(database.sqliteConnection).map { String(cString: $0) }
        return DatabaseError(
            resultCode: ResultCode(rawValue: sqlite3_extended_errcode(database.sqliteConnection)),
            message: message ?? "SQLite error \(code)")
    }
}
