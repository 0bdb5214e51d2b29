import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr void CASE EVENT --reason TEXT`: marks a mistaken event void (issue 15).
    struct Void: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "Mark a mistaken event void; the case's state and clock are replayed without it.",
            discussion: """
                EVENT is the event's number, shown as #N in the timeline of 'dsr show'. The event stays in the \
                history, marked void. Issued letters, registrations, purges and voids cannot be voided.
                Example: dsr void 2026-0042 17 --reason "extension recorded on the wrong day"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Argument(help: ArgumentHelp("The event's number (#N in 'dsr show').", valueName: "EVENT")) var event: String
        @Option(help: "Why the event is void (required).") var reason: String?

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let caseNumber = try Parse.caseNumber(caseNumber)
                let digits = event.hasPrefix("#") ? String(event.dropFirst()) : event
                guard let sequence = Int64(digits), sequence > 0 else {
                    throw InputError.unknownValue(field: "event", text: event, accepted: ["an event number such as 17"])
                }
                let voided = try await global.openCases(creating: false).void(
                    VoidEvent(caseNumber: caseNumber, sequence: sequence, reason: reason ?? ""),
                    actor: global.actorName, today: moment)
                let record = voided.record
                var line =
                    "\(record.caseNumber)  event \(sequence) (\(voided.name)) is void; "
                    + "\(voided.previousState) → \(record.state)  deadline \(record.deadline)"
                if record.clock != .running { line += " (clock \(record.clock.rawValue))" }
                print(line)
                if voided.previousDeadline != record.deadline {
                    print("Deadline moved from \(voided.previousDeadline) to \(record.deadline).")
                }
            }
        }
    }
}
