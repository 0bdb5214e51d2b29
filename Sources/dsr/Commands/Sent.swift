import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr sent CASE/Ln --on DATE --via post|email|portal|hand [--tracking ID]`: records that an issued letter was
    /// sent (issue 15).
    struct Sent: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "sent",
            abstract: "Record that an issued letter was sent (the answer counts from the day it was sent).",
            discussion: """
                The day may not be before the letter's date or after today. Recording the same letter again corrects \
                the earlier record and needs --reason. Example: dsr sent 2026-0042/L3 --on 2026-03-05 --via post \
                --tracking JJFI12345678
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The letter, for example 2026-0042/L3.") var letter: String
        @Option(help: ArgumentHelp("The day it was sent (2026-03-05 or 5.3.2026).", valueName: "DATE")) var on: String
        @Option(help: "post, email, portal or hand (also posti, sähköposti, portaali, käsin).") var via: String
        @Option(help: ArgumentHelp("The carrier's tracking code.", valueName: "ID")) var tracking: String?
        @Option(help: "Why an earlier record of this letter's sending is corrected.") var reason: String?

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let number = try LetterShowIssued.letterNumber(letter, nil)
                let day = try Parse.date(on, field: "--on")
                let channel = try Parse.dispatchChannel(via)
                let recorded = try await global.openCases(creating: false).recordSent(
                    RecordSent(letter: number, on: day, via: channel, tracking: tracking, reason: reason),
                    actor: global.actorName, today: moment)
                print(DispatchOutput.line(recorded))
            }
        }
    }
}
