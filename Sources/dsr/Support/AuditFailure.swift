import DSRCore
import Foundation

/// `dsr audit verify` found the register's history or state broken (exit 1).
struct AuditFailure: LocalizedErrorWithCategory {
    /// How many problems were found.
    let problems: Int
    /// The first event found broken, if any.
    let firstEvent: Int64?
    /// The first case found broken, if any.
    let firstCase: CaseNumber?
    /// The first problem.
    let first: ChainProblem

    var category: ErrorCategory { .ruleViolation }

    var errorDescription: String? {
        var place: [String] = []
        if let firstEvent { place.append("event \(firstEvent)") }
        if let firstCase { place.append("case \(firstCase)") }
        let location = place.isEmpty ? "the register as a whole" : place.joined(separator: ", ")
        return
            "the register does not verify: \(problems) problem(s), the first at \(location) (\(first.kind.rawValue)). "
            + "Keep this register for investigation, restore the latest backup that verifies ('dsr restore FILE "
            + "--force'), and check it against the anchors kept outside the register ('dsr audit verify "
            + "--anchor-file FOLDER')."
    }
}
