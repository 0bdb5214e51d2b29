import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr note CASE TEXT`: adds a dated note to a case (issue 15).
    struct Note: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: "Add a dated note to a case (shown by 'dsr show'; removed by purge with the personal data).",
            discussion: "Example: dsr note 2026-0042 \"Called the person; the copy goes by post.\"")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Argument(help: "The note.") var text: String

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let caseNumber = try Parse.caseNumber(caseNumber)
                let added = try await global.openCases(creating: false).addNote(
                    AddNote(caseNumber: caseNumber, text: text), actor: global.actorName, today: moment)
                print("\(added.caseNumber)  note added on \(added.on)")
            }
        }
    }
}
