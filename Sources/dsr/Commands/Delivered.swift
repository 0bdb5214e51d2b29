import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr delivered CASE/Ln --on DATE`: records that a sent letter was delivered (issue 15).
    struct Delivered: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "delivered",
            abstract: "Record that a sent letter was delivered.",
            discussion: """
                The day may not be before the day it was sent or after today. Recording it again corrects the earlier \
                record and needs --reason. Example: dsr delivered 2026-0042/L3 --on 2026-03-06
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The letter, for example 2026-0042/L3.") var letter: String
        @Option(help: ArgumentHelp("The day it was delivered (2026-03-06 or 6.3.2026).", valueName: "DATE"))
        var on: String
        @Option(help: "Why an earlier record of this letter's delivery is corrected.") var reason: String?

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let number = try LetterShowIssued.letterNumber(letter, nil)
                let day = try Parse.date(on, field: "--on")
                let recorded = try await global.openCases(creating: false).recordDelivered(
                    RecordDelivered(letter: number, on: day, reason: reason), actor: global.actorName, today: moment)
                print(DispatchOutput.line(recorded))
            }
        }
    }
}
