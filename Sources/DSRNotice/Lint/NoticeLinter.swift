import DSRCore

/// Checks a parsed privacy notice against current law and reports findings with stable rule codes.
///
/// ```swift
/// let findings = try NoticeLinter().lint(try NoticeParser().parse(data))
/// print(findings.textReport(language: .fi))
/// exit(findings.hasErrors ? 1 : 0)
/// ```
///
/// The rules are listed in ``LintRule`` and explained, with their legal sources, in docs/notice-lint.md. Findings
/// are sorted by line (findings about something missing, without a line, come last) and then by severity.
public struct NoticeLinter: Sendable {
    /// The supervisory authority's current details, quoted in the fix of an outdated address.
    private let authority: SupervisoryAuthority?

    /// Creates a linter with the curated authority details compiled into dsr.
    ///
    /// - Throws: ``DSRCore/SupervisoryAuthorityError`` when the compiled-in details are missing or malformed (a
    ///   build defect). The error stops the command: a linter without them would silently drop the current address
    ///   from the fix of `outdated-authority-address`.
    public init() throws(SupervisoryAuthorityError) {
        authority = try SupervisoryAuthority.builtIn()
    }

    /// Creates a linter with given authority details (for tests, or when the curated data is unavailable).
    ///
    /// - Parameter authority: The details to cite, or `nil` to cite none.
    public init(authority: SupervisoryAuthority?) {
        self.authority = authority
    }

    /// Lints a parsed notice.
    ///
    /// - Parameter notice: The notice from ``NoticeParser``.
    /// - Returns: The findings, sorted.
    public func lint(_ notice: ParsedNotice) -> [LintFinding] {
        let context = LintContext(notice: notice, authority: authority)
        var findings: [LintFinding] = []
        findings += LawRules.findings(context)
        findings += AuthorityRules.findings(context)
        findings += TransferRules.findings(context)
        findings += RightsRules.findings(context)
        findings += CompletenessRules.findings(context)
        var seen: Set<String> = []
        findings = findings.filter { finding in
            seen.insert("\(finding.rule)|\(finding.line ?? 0)|\(finding.quote)").inserted
        }
        return findings.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.line != b.line { return (a.line ?? Int.max) < (b.line ?? Int.max) }
            if a.severity != b.severity { return a.severity < b.severity }
            return left.offset < right.offset
        }.map(\.element)
    }
}
