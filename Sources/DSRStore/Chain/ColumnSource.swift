/// A row whose columns are read by index and checked for their storage class: SQLite's current row
/// (``ColumnCursor``), or a row copied out of it (``CopiedRows/Row``) for a check that runs on another thread.
///
/// Values are read only as the storage class the schema gives them: a column holding anything else reads as `nil`,
/// as an unreadable row (``EventColumns``).
protocol ColumnSource {
    /// Whether the column is null.
    func isNull(_ column: Int32) -> Bool
    /// Whether the column holds text.
    func isText(_ column: Int32) -> Bool
    /// The column's integer, or `nil` if it holds anything else.
    func integer(_ column: Int32) -> Int64?
    /// The column's text as UTF-8 bytes exactly as stored, or `nil` if it holds anything else; valid while the row
    /// is.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>?
}

/// A column's value as SQLite stores it, read once (``ColumnCursor/value(_:)``) to be copied (``CopiedRows``).
enum ColumnValue {
    /// Null.
    case null
    /// An integer.
    case integer(Int64)
    /// Text, as its UTF-8 bytes (valid until the cursor steps), or `nil` if SQLite could not give them.
    case text(UnsafeBufferPointer<UInt8>?)
    /// A real number or a blob: no column that dsr reads this way holds one.
    case other
}
