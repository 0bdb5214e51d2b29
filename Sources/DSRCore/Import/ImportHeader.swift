import Foundation

/// The header row of a CSV import file: which column each position holds.
public struct ImportHeader: Sendable, Equatable {
    /// The column at each position, in file order; `nil` for a column left out (``ImportColumnMapping/ignore(_:)``).
    public let columns: [ImportColumn?]
    /// The names as the file writes them, by ``ImportColumn/ordinal``.
    private let names: [String?]

    /// Reads a header row, every name through `mapping` first.
    /// - Throws: ``ImportError/invalidHeader(_:)`` listing every unknown, repeated and missing column.
    public init(_ fields: [String], mapping: ImportColumnMapping = ImportColumnMapping()) throws(ImportError) {
        var columns: [ImportColumn?] = []
        var names = [String?](repeating: nil, count: ImportColumn.allCases.count)
        var positions = [Int](repeating: 0, count: ImportColumn.allCases.count)
        var problems: [ImportHeaderProblem] = []
        var unknown: [ImportHeaderProblem.UnknownHeader] = []
        for (index, field) in fields.enumerated() {
            let name = field.trimmingCharacters(in: .whitespaces)
            let column: ImportColumn
            switch mapping.lookup(name) {
            case .ignored:
                columns.append(nil)
                continue
            case .column(let mapped):
                column = mapped
            case .unmapped:
                guard let known = ImportColumn(header: name) else {
                    problems.append(.unknown(name, position: index + 1, closest: ImportColumn.closest(to: name)))
                    unknown.append(.init(name: name, position: index + 1))
                    columns.append(nil)
                    continue
                }
                column = known
            }
            if names[column.ordinal] != nil {
                problems.append(.duplicate(name, position: index + 1, column: column, first: positions[column.ordinal]))
                columns.append(nil)
                continue
            }
            names[column.ordinal] = name
            positions[column.ordinal] = index + 1
            columns.append(column)
        }
        for column in ImportColumn.required where names[column.ordinal] == nil {
            problems.append(.missing(column, closest: column.closest(among: unknown)))
        }
        guard problems.isEmpty else { throw .invalidHeader(problems) }
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
            return .invalid(
                ImportIssue(
                    line: record.line, column: nil,
                    message: "the row has \(record.fields.count) fields but the header has \(columns.count); "
                        + "put quotes around values that contain the separator"))
        }
        var values = [String?](repeating: nil, count: names.count)
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            // One leading `'` is the escape dsr's own CSV files put before a cell a spreadsheet would run
            // (``SpreadsheetCell``): removing exactly one makes export followed by import lossless.
            values[column.ordinal] = index < record.fields.count ? SpreadsheetCell.restored(record.fields[index]) : ""
        }
        return .row(ImportRow(line: record.line, values: values, names: names))
    }
}
