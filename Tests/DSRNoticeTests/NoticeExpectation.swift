import DSRCore
import DSRNotice
import Foundation

/// What a fixture must parse and lint to, stored as `<name>.expected.json` next to it.
struct NoticeExpectation: Codable, Equatable {
    /// A finding without its (fixed, catalogued) message and fix texts.
    struct Finding: Codable, Equatable, CustomStringConvertible {
        var rule: String
        var severity: Severity
        var line: Int?
        var quote: String

        var description: String { "\(severity.rawValue) \(rule) line \(line.map(String.init) ?? "-"): \(quote)" }
    }

    var format: NoticeFormat
    var encoding: NoticeEncoding
    var controllers: [ControllerProfile]
    var profile: ControllerProfile
    var missing: [ProfileField]
    var findings: [Finding]

    /// The actual result for a fixture.
    init(notice: ParsedNotice, findings: [LintFinding]) {
        format = notice.format
        encoding = notice.encoding
        controllers = notice.controllers
        profile = notice.profile
        missing = notice.missing
        self.findings = findings.map { Finding(rule: $0.rule, severity: $0.severity, line: $0.line, quote: $0.quote) }
    }

    /// The JSON form, with sorted keys so the files diff well.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
