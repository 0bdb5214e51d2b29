/// A problem with one row of an import file: where it is and what to do, never the personal data it holds.
public struct ImportIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The line the row starts on, from 1.
    public var line: Int
    /// The column as the file's header names it, or `nil` if the problem concerns the whole row.
    public var column: String?
    /// What is wrong and what to do, without the value itself (it may be personal data).
    public var message: String

    /// Creates an issue.
    public init(line: Int, column: String?, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 12, column saapunut: …` or `line 12: …`.
    public var description: String {
        if let column { return "line \(line), column \(column): \(message)" }
        return "line \(line): \(message)"
    }
}
