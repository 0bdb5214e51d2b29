import DSRCore

/// `dsr audit verify`'s text output: the counts checked, the head hash, and each problem by event and case number
/// (the JSON form is ``AuditVerificationDocument``, shared with the server).
enum AuditReportView {
    /// The text form.
    static func text(_ report: ChainReport) -> String {
        var lines = [
            "Checked \(report.eventsChecked) event(s), \(report.requestsChecked) request(s) "
                + "(\(report.requestsReplayed) replayed through their workflow), "
                + "\(report.profilesChecked) controller-profile version(s).",
            "Personal data: \(report.personalDataChecked) event(s) checked against the chain, "
                + "\(report.personalDataPurged) removed by purge. Issued letters: \(report.lettersChecked) checked.",
        ]
        if report.requestsNotReplayable > 0 {
            lines.append(
                "\(report.requestsNotReplayable) request(s) follow a workflow version this dsr does not have "
                    + "and were not replayed.")
        }
        if report.purgedTagsNotCovered > 0 {
            lines.append(
                "\(report.purgedTagsNotCovered) purged tag(s) are not covered by the chain: their cases were purged "
                    + "by an earlier dsr, whose purge events do not record the tags kept (a change to them is not "
                    + "detected).")
        }
        if report.caseViewsNotCovered > 0 {
            lines.append(
                "\(report.caseViewsNotCovered) entry(ies) of the access log are not covered by its keyed chain: "
                    + "written before dsr chained the log or without the register's key file, or checked without "
                    + "that file (a change to them is not detected).")
        }
        lines.append("Head: event \(report.lastSequence), hash \(report.headHash)")
        if report.anchorsChecked > 0 {
            lines.append("Anchors: \(report.anchorsChecked) checked against the chain.")
        }
        if report.isIntact {
            if let anchor = report.anchor { lines.append("Anchor: \(anchor)") }
            lines.append(
                "The register is intact. Keep the anchor line outside the register (docs/security.md, "
                    + "\"Anchors\"); 'dsr audit verify --anchor LINE' checks that the register still holds it.")
        } else {
            lines.append("\(report.problems.count) problem(s):")
            for problem in report.problems.prefix(50) { lines.append("  \(problem)") }
            if report.problems.count > 50 {
                lines.append("  … and \(report.problems.count - 50) more (see --format json)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
