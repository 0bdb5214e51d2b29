/// One data row of an import file: the value of each column it has, and the names its file gives the columns.
public struct ImportRow: Sendable, Equatable {
    /// A row read from a file, or why it cannot be read.
    public enum Parsed: Sendable, Equatable {
        /// The row.
        case row(ImportRow)
        /// The row cannot be read.
        case invalid(ImportIssue)
    }

    /// The line the row starts on, from 1.
    public var line: Int
    /// The values by ``ImportColumn/ordinal``; `nil` where the file has no such column.
    private var values: [String?]
    /// The header names as the file writes them, by ``ImportColumn/ordinal``.
    private var names: [String?]

    /// Creates an empty row.
    public init(line: Int) {
        self.line = line
        values = Array(repeating: nil, count: ImportColumn.allCases.count)
        names = values
    }

    /// Creates a row from values and the header names they were found under.
    init(line: Int, values: [String?], names: [String?]) {
        self.line = line
        self.values = values
        self.names = names
    }

    /// The value of a column, or `nil` if the row has no such column.
    public subscript(column: ImportColumn) -> String? {
        values[column.ordinal]
    }

    /// Sets a column's value and the header name it appears under in the file.
    public mutating func set(_ column: ImportColumn, to value: String?, header: String? = nil) {
        values[column.ordinal] = value
        names[column.ordinal] = header ?? column.rawValue
    }

    /// The name the file gives a column (its header), or the column's English name.
    public func header(of column: ImportColumn) -> String {
        names[column.ordinal] ?? column.rawValue
    }
}
