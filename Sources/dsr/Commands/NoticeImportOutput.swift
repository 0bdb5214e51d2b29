import DSRCore
import DSRNotice
import Foundation

/// Prints the result of `dsr notice import`: each field as read from the notice next to the current profile.
enum NoticeImportOutput {
    /// The JSON document: every field with its value, the current value, the change and its source (line and text).
    static func json(plan: NoticeImportPlan, notice: ParsedNotice, version: Int?, dryRun: Bool) -> String {
        struct Output: Encodable {
            var saved: Bool
            var dryRun: Bool
            var version: Int?
            var format: String
            var encoding: String
            var profile: ControllerProfile
            var fields: [NoticeImportPlan.Row]
            var missing: [String]
            var problems: [NoticeImportPlan.Problem]
            var controllers: Int
            var invalidBusinessIDs: [NoticeField]
        }
        return RequestListing.prettyJSON(
            Output(
                saved: version != nil, dryRun: dryRun, version: version, format: notice.format.rawValue,
                encoding: notice.encoding.rawValue, profile: plan.profile, fields: plan.rows,
                missing: notice.missing.map(\.rawValue), problems: plan.problems, controllers: notice.controllers.count,
                invalidBusinessIDs: notice.fields.filter { !$0.isValid }))
    }

    /// The text report: one entry per field that the notice or the current profile has, marked with its change.
    static func text(plan: NoticeImportPlan, notice: ParsedNotice, currentVersion: Int?) -> String {
        var report = "Format: \(notice.format.rawValue) (\(notice.encoding.rawValue))\n"
        report +=
            currentVersion.map { "Compared with controller profile version \($0).\n" }
            ?? "No controller profile yet.\n"
        for row in plan.rows where row.change != .absent {
            let source: String
            switch row.origin {
            case .notice: source = row.line.map { " (line \($0))" } ?? ""
            case .given: source = " (--name)"
            case .current: source = " (current, kept)"
            case .none: source = ""
            }
            report += "\(row.field.label[.en])\(source) [\(row.change.rawValue)]\n"
            report += indented(row.value ?? "(none)")
            if row.change == .changed || row.change == .removed, let current = row.current {
                report += "  was:\n" + indented(current)
            }
        }
        if !notice.missing.isEmpty {
            report += "\nNot in the notice: " + notice.missing.map { $0.label[.en] }.joined(separator: ", ") + "\n"
        }
        for invalid in notice.fields where !invalid.isValid {
            report += "Line \(invalid.line): the business ID fails its check digit and was not imported.\n"
        }
        return report
    }

    private static func indented(_ value: String) -> String {
        value.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            + "\n"
    }
}
