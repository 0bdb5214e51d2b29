import DSRCore

/// `dsr audit verify`'s output: the counts checked, the head hash, and each problem by event and case number.
struct AuditReportView: Encodable {
    /// One problem.
    struct Problem: Encodable {
        var kind: String
        var event: Int64?
        var `case`: String?
        var detail: String
    }

    var intact: Bool
    var eventsChecked: Int
    var requestsChecked: Int
    var requestsReplayed: Int
    var requestsNotReplayable: Int
    var profilesChecked: Int
    var personalDataChecked: Int
    var personalDataPurged: Int
    var lettersChecked: Int
    var lastSequence: Int64
    var headHash: String
    var anchor: String?
    var anchorsChecked: Int
    var firstBrokenEvent: Int64?
    var firstBrokenCase: String?
    var problems: [Problem]

    /// The view of a report.
    init(_ report: ChainReport) {
        intact = report.isIntact
        eventsChecked = report.eventsChecked
        requestsChecked = report.requestsChecked
        requestsReplayed = report.requestsReplayed
        requestsNotReplayable = report.requestsNotReplayable
        profilesChecked = report.profilesChecked
        personalDataChecked = report.personalDataChecked
        personalDataPurged = report.personalDataPurged
        lettersChecked = report.lettersChecked
        lastSequence = report.lastSequence
        headHash = report.headHash
        anchor = report.anchor?.description
        anchorsChecked = report.anchorsChecked
        firstBrokenEvent = report.firstBrokenSequence
        firstBrokenCase = report.firstBrokenCase?.description
        problems = report.problems.map {
            Problem(kind: $0.kind.rawValue, event: $0.sequence, case: $0.caseNumber?.description, detail: $0.detail)
        }
    }

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
