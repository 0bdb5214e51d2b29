import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

/// A statement stepped through SQLite's C interface, its columns read by index and checked for their storage class.
///
/// `dsr audit verify` reads every row of the register; GRDB's rows convert every value generically and copy texts
/// out. Measured (docs/performance.md, Audit verify): the same cursor over GRDB's `Row.fetchCursor` made the whole
/// verify of 2,884,590 events take 69.9 s of CPU instead of 51.4 s (+36 %, ≈ 6.4 µs per event). Values are read
/// only as the storage class the schema gives them: a column holding anything else reads as `nil`, as an unreadable
/// row.
struct ColumnCursor: ColumnSource {
    /// The statement (kept alive while the cursor is used).
    private let statement: Statement
    /// SQLite's handle of the statement.
    private let handle: SQLiteStatement
    /// SQLite's handle of the connection, for error messages.
    private let connection: SQLiteConnection?

    /// Prepares `sql` on the connection of `db`.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// Steps to the next row; `false` after the last one.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }

    /// Resets the statement, releasing its read of the file.
    func reset() {
        sqlite3_reset(handle)
    }

    /// Whether the column is null.
    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    /// Whether the column holds text.
    func isText(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_TEXT
    }

    /// The column's integer, or `nil` if it holds anything else.
    func integer(_ column: Int32) -> Int64? {
        guard sqlite3_column_type(handle, column) == SQLITE_INTEGER else { return nil }
        return sqlite3_column_int64(handle, column)
    }

    /// The column's text as UTF-8 bytes exactly as stored, or `nil` if it holds anything else. The bytes are valid
    /// until the cursor steps or is reset.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard sqlite3_column_type(handle, column) == SQLITE_TEXT else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        guard let start = sqlite3_column_text(handle, column) else {
            return count == 0 ? UnsafeBufferPointer(start: nil, count: 0) : nil
        }
        return UnsafeBufferPointer(start: start, count: count)
    }

    /// The column's value, with its storage class read once (for copying the row, ``CopiedRows``).
    func value(_ column: Int32) -> ColumnValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL:
            return .null
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let start = sqlite3_column_text(handle, column) else {
                return .text(count == 0 ? UnsafeBufferPointer(start: nil, count: 0) : nil)
            }
            return .text(UnsafeBufferPointer(start: start, count: count))
        default:
            return .other
        }
    }

    /// The column's text, or `nil` if it holds anything else.
    func text(_ column: Int32) -> String? {
        bytes(column).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are the UTF-8 of `text`.
    func equals(_ text: StaticString) -> Bool {
        text.withUTF8Buffer { other in
            other.elementsEqual(self)
        }
    }

    /// Whether the bytes equal `other`'s.
    func equals(_ other: [UInt8]) -> Bool {
        other.withUnsafeBufferPointer { other in other.elementsEqual(self) }
    }
}
