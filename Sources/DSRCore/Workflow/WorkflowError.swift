import Foundation

/// A workflow definition that cannot be loaded: malformed YAML, or a definition that breaks a statutory invariant.
public struct WorkflowError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The file the definition came from.
    public var file: String
    /// The line in the file, where known.
    public var line: Int?
    /// The rule that was broken, a stable short code such as `one-initial-state`.
    public var rule: String
    /// What is wrong, in a sentence.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int?, rule: String, message: String) {
        self.file = file
        self.line = line
        self.rule = rule
        self.message = message
    }

    /// A broken definition is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// `file:line: [rule] message`.
    public var errorDescription: String? {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): [\(rule)] \(message)"
    }
}
