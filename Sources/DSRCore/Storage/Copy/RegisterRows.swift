/// A batch of rows of one table, in its key order, as a ``RegisterCopySource`` hands them on: each row holds one
/// value per column of ``table``, in the table's column order.
public struct RegisterRows: Sendable {
    /// The table the rows belong to.
    public let table: RegisterTable
    /// The rows, each with one value per column of ``table``.
    public let rows: [[RegisterValue]]

    /// A batch of `rows` of `table`.
    public init(table: RegisterTable, rows: [[RegisterValue]]) {
        self.table = table
        self.rows = rows
    }
}
