import Foundation

/// The header row of a CSV import file: which column each position holds.
public struct ImportHeader: Sendable, Equatable {
    /// The column at each position, in file order.
    public let columns: [ImportColumn]
    /// The names as the file writes them, by ``ImportColumn/ordinal``.
    private let names: [String?]

    /// Reads a header row.
    /// - Throws: ``ImportError/unknownColumn(_:position:)``, ``ImportError/duplicateColumn(_:position:)`` or
    ///   ``ImportError/missingColumns(_:)``.
    public init(_ fields: [String]) throws(ImportError) {
        var columns: [ImportColumn] = []
        var names = [String?](repeating: nil, count: ImportColumn.allCases.count)
        for (index, field) in fields.enumerated() {
            let name = field.trimmingCharacters(in: .whitespaces)
            guard let column = ImportColumn(header: name) else {
                throw .unknownColumn(name, position: index + 1)
            }
            guard names[column.ordinal] == nil else { throw .duplicateColumn(name, position: index + 1) }
            names[column.ordinal] = name
            columns.append(column)
        }
        let missing = ImportColumn.required.filter { names[$0.ordinal] == nil }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        self.columns = columns
        self.names = names
    }

    /// The row a CSV record holds under this header, each cell without the first of its leading `'`s, or an issue
    /// if it has more fields than the header.
    public func row(_ record: CSVParser.Record) -> ImportRow.Parsed {
        if let problem = record.problem {
            return .invalid(ImportIssue(line: record.line, column: nil, message: problem))
        }
        guard record.fields.count <= columns.count else {
            return .invalid(ImportIssue(
                line: record.line, column: nil,
                message: "the row has \(record.fields.count) fields but the header has \(columns.count); "
                    + "put quotes around values that contain the separator"))
        }
        var values = [String?](repeating: nil, count: names.count)
        for (index, column) in columns.enumerated() {
            // One leading `'` is the escape dsr's own CSV files put before a cell a spreadsheet would run
            // (``SpreadsheetCell``): removing exactly one makes export followed by import lossless.
            values[column.ordinal] = index < record.fields.count ? SpreadsheetCell.restored(record.fields[index]) : ""
        }
        return .row(ImportRow(line: record.line, values: values, names: names))
    }
}
