import ArgumentParser
import DSRCases
import DSRCore
import Foundation

/// A workflow event that has its own `dsr` subcommand.
protocol WorkflowEventName {
    /// The event's name in the workflow definitions, also the subcommand's name.
    static var name: String { get }
    /// The subcommand's one-line help.
    static var abstract: String { get }
}

/// `dsr EVENT CASE [options]`: records one workflow event on a case and prints the new state and deadline.
struct EventCommand<Name: WorkflowEventName>: AsyncParsableCommand, RegisterCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Name.name, abstract: Name.abstract)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
    @OptionGroup var options: EventOptions

    func run() async throws {
        try await reportingFailuresAsync { try await options.apply(EventID(Name.name), to: caseNumber, global: global) }
    }
}

extension DSR {
    /// `dsr event CASE NAME`: records any event a workflow defines, including ones added by editing `Workflows/`.
    struct Event: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "event",
            abstract: "Record any workflow event by name (see 'dsr workflow show KIND').")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number.") var caseNumber: String
        @Argument(help: "The event's name.") var event: String
        @OptionGroup var options: EventOptions

        func run() async throws {
            try await reportingFailuresAsync { try await options.apply(EventID(event), to: caseNumber, global: global) }
        }
    }
}

/// The options any event accepts; each workflow event says which it requires.
struct EventOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The day it happened (default today).", valueName: "DATE")) var on: String?
    @Option(help: "Why (required by extend, refuse and notify-lift).") var reason: String?
    @Option(help: ArgumentHelp("A refusal ground code (repeatable; see 'dsr grounds').", valueName: "CODE"))
    var ground: [String] = []
    @Option(help: ArgumentHelp("Partial refusal: what was granted.", valueName: "TEXT")) var partial: String?
    @Flag(help: "Tietosuojalaki § 34(3): withhold the reasons of an access restriction.") var reasonsWithheld = false
    @Option(help: ArgumentHelp("A recipient told under GDPR Art. 19 (repeatable).", valueName: "NAME"))
    var recipient: [String] = []
    @Flag(help: "Record that there were no Art. 19 recipients to tell.") var noRecipients = false
    @Option(help: ArgumentHelp("When a restriction ends (Art. 18).", valueName: "TEXT")) var endCondition: String?
    @Option(
        help: ArgumentHelp(
            "What was done (format and delivery, processing stopped, data corrected).", valueName: "TEXT"))
    var details: String?
    @Option(help: ArgumentHelp("notify-lift: the day the restriction ends (GDPR Art. 18(3)).", valueName: "DATE"))
    var liftsOn: String?
    @Option(
        help: ArgumentHelp(
            "request-identity, request-clarification: what is asked (repeatable).",
            valueName: "TEXT"))
    var asked: [String] = []
    @Option(help: "A free-text note.") var note: String?
    @Option(help: "text or json.") var format: ObjectFormat = .text

    func validate() throws {
        if noRecipients && !recipient.isEmpty {
            throw ValidationError("give either --recipient or --no-recipients, not both.")
        }
    }

    /// Records the event and prints the new state and deadline.
    func apply(_ event: EventID, to caseText: String, global: GlobalOptions) async throws {
        let moment = try Clock.moment()
        let today = moment.date
        let caseNumber = try Parse.caseNumber(caseText)
        let input = EventInput(
            on: try Parse.date(on, field: "--on", default: today), reason: reason,
            grounds: ground.map { GroundCode(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) },
            granted: partial, reasonsWithheld: reasonsWithheld,
            recipients: noRecipients ? [] : (recipient.isEmpty ? nil : recipient),
            endCondition: endCondition, details: details, note: note,
            liftsOn: try liftsOn.map { try Parse.date($0, field: "--lifts-on") }, asked: asked.isEmpty ? nil : asked)
        let cases = try await global.openCases(creating: false)
        let transition = try await Diagnostics.timed(global.log, "record \(event)", caseNumber: caseNumber) {
            try await cases.record(
                RecordEvent(caseNumber: caseNumber, event: event, input: input), actor: global.actorName,
                today: moment)
        }
        let record = transition.record
        // GDPR Art. 12(4): a refusal is due within one month of receipt (or the extended period); one recorded
        // after the deadline is still recorded, but the officer is told that it is late (legal-facts § 1.1).
        if record.outcome == .refused, let closedOn = record.closedOn, closedOn > record.deadline {
            printWarning(
                "\(record.caseNumber) was refused on \(closedOn), after its deadline \(record.deadline); "
                    + "the refusal is late (GDPR Art. 12(4)). Send the certificate without further delay.")
        }
        switch format {
        case .json:
            print(RequestListing.prettyJSON(RequestSummary(record, asOf: today)), terminator: "")
        case .text:
            var line = "\(record.caseNumber)  \(transition.from) → \(record.state)  deadline \(record.deadline)"
            if record.clock != .running { line += " (clock \(record.clock.rawValue))" }
            print(line)
            for effect in transition.effects {
                if case .letterDue(let letter) = effect {
                    print("Letter to send: dsr letter \(record.caseNumber) \(letter.rawValue)")
                }
            }
        }
    }
}
