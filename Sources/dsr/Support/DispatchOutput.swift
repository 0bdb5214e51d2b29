import DSRCases
import DSRCore

/// The lines `dsr sent` and `dsr delivered` print.
enum DispatchOutput {
    /// What was recorded, with a warning when an answer was sent after the request's deadline.
    static func line(_ recorded: DispatchRecorded) -> String {
        var line: String
        switch recorded.event {
        case .letterDelivered:
            line = "\(recorded.letter)  delivered on \(recorded.on)"
        default:
            line = "\(recorded.letter)  sent on \(recorded.on) \(recorded.via?.word(.en) ?? "")"
        }
        if let earlier = recorded.corrects { line += " (corrects the record of \(earlier))" }
        if recorded.event == .letterSent, recorded.isAnswer, recorded.on > recorded.deadline {
            line +=
                "\nNote: the answer was sent after the deadline \(recorded.deadline); the request counts as answered "
                + "late."
        }
        return line
    }
}
