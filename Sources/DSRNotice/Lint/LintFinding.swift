import DSRCore

/// One problem the linter found in a notice.
public struct LintFinding: Sendable, Codable, Equatable {
    /// The rule's stable code, for example `repealed-law` (see ``LintRule``).
    public var rule: String
    /// How serious the finding is.
    public var severity: Severity
    /// The 1-based source line, or `nil` for something missing from the whole notice.
    public var line: Int?
    /// The offending text as written, or an empty string when something is missing.
    public var quote: String
    /// What is wrong, in Finnish, Swedish and English.
    public var message: LocalizedText
    /// How to fix it, in Finnish, Swedish and English.
    public var fix: LocalizedText

    /// Creates a finding.
    public init(rule: String, severity: Severity, line: Int?, quote: String, message: LocalizedText, fix: LocalizedText)
    {
        self.rule = rule
        self.severity = severity
        self.line = line
        self.quote = quote
        self.message = message
        self.fix = fix
    }

    /// Creates a finding of a catalogued rule with its standard message and fix.
    init(_ rule: LintRule, line: Int?, quote: String, message: LocalizedText? = nil, fix: LocalizedText? = nil) {
        self.init(
            rule: rule.rawValue, severity: rule.severity, line: line, quote: quote, message: message ?? rule.message,
            fix: fix ?? rule.fix)
    }
}
