import Foundation

/// A column mapping that cannot be used (the command line's `dsr import --map`, `--ignore`, `--mapping FILE`).
///
/// Messages name the header name (the key) that is wrong, never a value from the file's rows; a mapping that names
/// no column does not repeat the target as given.
public struct ImportMappingError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// What is wrong.
    public enum Problem: Sendable, Equatable {
        /// A mapping given as text (`HEADER=COLUMN`) without `=`.
        case notAnAssignment
        /// An empty header name.
        case emptyHeader
        /// The column a header name is mapped to is not one of dsr's.
        case unknownTarget(header: String)
        /// A header name mapped to two different columns.
        case mappedTwice(header: String)
        /// A header name both mapped and ignored.
        case mappedAndIgnored(header: String)
        /// The mapping file is not YAML (the line, if known, counted from 1).
        case notYAML(line: Int?)
        /// The mapping file is empty.
        case empty
        /// The mapping file is YAML of the wrong shape.
        case shape(String)
    }

    /// Where the mapping came from.
    public var source: ImportColumnMapping.Source
    /// What is wrong.
    public var problem: Problem

    /// Creates an error.
    public init(source: ImportColumnMapping.Source, problem: Problem) {
        self.source = source
        self.problem = problem
    }

    /// A mistake in the options is a usage error (exit 64), in a mapping file invalid data (exit 65).
    public var category: ErrorCategory {
        switch source {
        case .options: .usage
        case .file: .invalidData
        }
    }

    /// What was wrong and what to do, in the mapping's terms (front ends name their own options).
    public var errorDescription: String? {
        let place = source == .file ? "the mapping file: " : ""
        let columns = ImportColumn.exportOrder.filter { $0 != .caseNumber }.map(\.rawValue).joined(separator: ", ")
        switch problem {
        case .notAnAssignment:
            return "a header mapping takes HEADER=COLUMN, for example \"Sähköposti=email\"."
        case .emptyHeader:
            return place + "a header name is empty; give the name as the first line of the file writes it."
        case .unknownTarget(let header):
            return place + "'\(ImportHeaderProblem.clip(header))' is mapped to something that is not a column; map it "
                + "to one of \(columns)."
        case .mappedTwice(let header):
            return place + "'\(ImportHeaderProblem.clip(header))' is mapped to two different columns; keep one."
        case .mappedAndIgnored(let header):
            return place + "'\(ImportHeaderProblem.clip(header))' is both mapped and ignored; keep one."
        case .notYAML(let line):
            return place + "not valid YAML" + (line.map { " (line \($0))" } ?? "")
                + "; write it as columns: {\"Sähköposti\": email} and ignore: [\"Käsittelijä\"]."
        case .empty:
            return place + "it is empty; write columns: {\"Sähköposti\": email} and/or ignore: [\"Käsittelijä\"]."
        case .shape(let message):
            return place + message + "."
        }
    }
}
