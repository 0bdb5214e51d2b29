import DSRCore

/// How far a copy of a whole register has come (`dsr migrate`): the table being copied and its rows so far, and the
/// rows of all tables so far.
public struct CopyProgress: Sendable, Equatable {
    /// The table being copied (its name in an SQLite register).
    public var table: String
    /// Its rows copied so far.
    public var tableRows: Int
    /// The rows of every table copied so far.
    public var totalRows: Int

    /// Creates the progress report.
    public init(table: String, tableRows: Int, totalRows: Int) {
        self.table = table
        self.tableRows = tableRows
        self.totalRows = totalRows
    }
}
