import Foundation
import Yams

/// How a file's own header names map to dsr's columns (`dsr import --map`, `--ignore`, `--mapping FILE`).
///
/// Names are matched as header names are (``ImportColumn/init(header:)``): ignoring case, diacritics, spaces,
/// dashes and underscores. A mapped or ignored name takes precedence over the column names dsr knows.
public struct ImportColumnMapping: Sendable, Equatable {
    /// A header name mapped to a column, as given.
    public struct Entry: Sendable, Equatable {
        /// The header name as the file writes it.
        public var header: String
        /// The column it holds.
        public var column: ImportColumn
    }

    /// What a header name is under a mapping.
    public enum Lookup: Sendable, Equatable {
        /// The mapping sends it to a column.
        case column(ImportColumn)
        /// The mapping leaves it out.
        case ignored
        /// The mapping does not name it: it is read as a column name.
        case unmapped
    }

    /// Where a mapping came from, which decides the exit status of its errors.
    public enum Source: Sendable, Equatable {
        /// Command-line options (`--map`, `--ignore`): a usage error.
        case options
        /// A mapping file (`--mapping FILE`): invalid data.
        case file
    }

    /// The mapped header names, in the order given.
    public private(set) var entries: [Entry] = []
    /// The ignored header names, as given.
    public private(set) var ignored: [String] = []
    /// Folded header names to their columns.
    private var byFoldedHeader: [String: ImportColumn] = [:]
    /// Folded ignored header names.
    private var foldedIgnored: Set<String> = []

    /// Creates a mapping that maps nothing.
    public init() {}

    /// Whether the mapping maps or ignores nothing.
    public var isEmpty: Bool { entries.isEmpty && ignored.isEmpty }

    /// What a header name is under the mapping.
    public func lookup(_ header: String) -> Lookup {
        let folded = TextFolding.fold(header)
        if foldedIgnored.contains(folded) { return .ignored }
        if let column = byFoldedHeader[folded] { return .column(column) }
        return .unmapped
    }

    /// Maps a header name to the column named `target` (any name ``ImportColumn/init(header:)`` accepts).
    /// - Throws: ``ImportMappingError`` if the target is no column, or the header is already mapped elsewhere or
    ///   ignored.
    public mutating func map(_ header: String, to target: String, source: Source) throws(ImportMappingError) {
        let header = header.trimmingCharacters(in: .whitespaces)
        let folded = TextFolding.fold(header)
        guard !folded.isEmpty else { throw ImportMappingError(source: source, problem: .emptyHeader) }
        guard let column = ImportColumn(header: target) else {
            throw ImportMappingError(source: source, problem: .unknownTarget(header: header))
        }
        if foldedIgnored.contains(folded) {
            throw ImportMappingError(source: source, problem: .mappedAndIgnored(header: header))
        }
        if let earlier = byFoldedHeader[folded] {
            guard earlier == column else {
                throw ImportMappingError(source: source, problem: .mappedTwice(header: header))
            }
            return
        }
        byFoldedHeader[folded] = column
        entries.append(Entry(header: header, column: column))
    }

    /// Maps a header name to a column from `HEADER=COLUMN`, split at the last `=`.
    /// - Throws: ``ImportMappingError`` as ``map(_:to:source:)``, or if there is no `=`.
    public mutating func map(_ assignment: String, source: Source) throws(ImportMappingError) {
        guard let equals = assignment.lastIndex(of: "=") else {
            throw ImportMappingError(source: source, problem: .notAnAssignment)
        }
        try map(
            String(assignment[..<equals]), to: String(assignment[assignment.index(after: equals)...]),
            source: source)
    }

    /// Leaves a header name's column out of the import.
    /// - Throws: ``ImportMappingError`` if the name is empty or is also mapped.
    public mutating func ignore(_ header: String, source: Source) throws(ImportMappingError) {
        let header = header.trimmingCharacters(in: .whitespaces)
        let folded = TextFolding.fold(header)
        guard !folded.isEmpty else { throw ImportMappingError(source: source, problem: .emptyHeader) }
        if byFoldedHeader[folded] != nil {
            throw ImportMappingError(source: source, problem: .mappedAndIgnored(header: header))
        }
        guard foldedIgnored.insert(folded).inserted else { return }
        ignored.append(header)
    }

    /// Reads a mapping file:
    ///
    /// ```yaml
    /// columns:
    ///   "Sähköposti": email
    ///   "Saapunut pvm": received
    /// ignore: ["Käsittelijä", "Muistiinpanot"]
    /// ```
    ///
    /// Both keys are optional; any other key is an error, so that a typo does not pass unnoticed.
    /// - Throws: ``ImportMappingError`` (invalid data) naming the key or line that is wrong.
    public init(yaml: String) throws(ImportMappingError) {
        func fail(_ problem: ImportMappingError.Problem) -> ImportMappingError {
            ImportMappingError(source: .file, problem: problem)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Resolver.basic)
        } catch let error as YamlError {
            throw fail(.notYAML(line: Self.line(of: error)))
        } catch {
            throw fail(.notYAML(line: nil))
        }
        guard let root else { throw fail(.empty) }
        guard let top = root.mapping else { throw fail(.shape("the file must be a mapping with columns and ignore")) }
        for (key, value) in top {
            switch key.scalar?.string {
            case "columns"?:
                guard let columns = value.mapping else {
                    throw fail(.shape("columns must be a mapping from header names to columns"))
                }
                for (header, target) in columns {
                    guard let name = header.scalar?.string else {
                        throw fail(.shape("every key under columns must be a header name"))
                    }
                    guard let column = target.scalar?.string else {
                        throw fail(
                            .shape(
                                "the value of '\(ImportHeaderProblem.clip(name))' under columns must be a column name"))
                    }
                    try map(name, to: column, source: .file)
                }
            case "ignore"?:
                let names: [Node]
                if let list = value.sequence {
                    names = Array(list)
                } else if value.scalar != nil {
                    names = [value]
                } else {
                    throw fail(.shape("ignore must be a list of header names"))
                }
                for node in names {
                    guard let name = node.scalar?.string else { throw fail(.shape("ignore must list header names")) }
                    try ignore(name, source: .file)
                }
            default:
                throw fail(
                    .shape(
                        "unknown key '\(ImportHeaderProblem.clip(key.scalar?.string ?? ""))'; "
                            + "a mapping file has columns and ignore"))
            }
        }
    }

    /// The line a YAML error is on, if it says.
    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            mark.line
        default:
            nil
        }
    }
}
