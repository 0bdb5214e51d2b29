import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr case`: commands on a case's own data.
    struct CaseGroup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case",
            abstract: "Correct a request's data or record its access information, with the change recorded.",
            subcommands: [CaseSet.self])
    }

    /// `dsr case set CASE --field VALUE … [--reason TEXT]`: corrects a request's data (issue 15).
    struct CaseSet: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Correct a request's data; each change is recorded with its old and new value.",
            discussion: """
                A reason (--reason) is required when a recorded value is changed or removed; filling in an empty \
                field needs none. An empty value ("") removes an e-mail address, address, phone or reference. \
                Changing --received computes the deadline again from the new day. --enclose FILE keeps FILE with \
                an access request as the copy of the data (Art. 15(3)), like 'dsr attach --label data-copy': \
                sealed, at most 25 MB (DSR_MAX_ATTACHMENT_MB sets another limit), deleted by purge.
                --categories, --purposes, --recipients, --retention, --source, --automated-decisions and --transfers \
                record the GDPR Art. 15(1)-(2) information as it applies to this person, which the access response \
                prints; where the case records none, the response uses the controller profile's (the privacy \
                notice's) text. "none" says there are no recipients, no automated decision-making or no transfers.
                Example: dsr case set 2026-0042 --recipients "Posti Oy (address updates)" --automated-decisions none
                --assignee NAME assigns the case to an enabled user of the register (see 'dsr user list'); \
                --no-assignee assigns it to nobody. Neither needs a reason.
                Example: dsr case set 2026-0042 --email maija@example.fi --name "Maija Meikäläinen" --reason "typo"
                Example: dsr case set 2026-0042 --assignee anna
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Option(help: "The data subject's name.") var name: String?
        @Option(help: "The e-mail address (\"\" removes it).") var email: String?
        @Option(help: "The postal address (\"\" removes it).") var address: String?
        @Option(help: "The phone number (\"\" removes it).") var phone: String?
        @Option(help: "fi, sv or en: the language of the answer.") var language: String?
        @Option(help: "The controller's own reference (\"\" removes it).") var reference: String?
        @Option(help: "How the request came: email, post, web-form, phone, in-person (or a Finnish name).")
        var channel: String?
        @Option(help: ArgumentHelp("The day the request was received; the deadline moves with it.", valueName: "DATE"))
        var received: String?
        @Option(help: "Art. 15(1)(b): the categories of the person's data, one per line.") var categories: String?
        @Option(help: "Art. 15(1)(a): the purposes their data are processed for.") var purposes: String?
        @Option(help: "Art. 15(1)(c): the recipients of their data, by name where known (\"none\": none).")
        var recipients: String?
        @Option(help: "Art. 15(1)(d): how long their data are kept, or the criteria.") var retention: String?
        @Option(help: "Art. 15(1)(g): where their data came from, if not from them.") var source: String?
        @Option(help: "Art. 15(1)(h): automated decisions about them, logic and consequences (\"none\": none).")
        var automatedDecisions: String?
        @Option(help: "Art. 15(2): transfers outside the EU/EEA and their safeguards (\"none\": none).")
        var transfers: String?
        @Option(help: "Why a recorded value is changed or removed.") var reason: String?
        @Option(help: ArgumentHelp("Assign the case to this user of the register.", valueName: "NAME"))
        var assignee: String?
        @Flag(help: "Assign the case to nobody.") var noAssignee = false
        @Option(help: "text or json.") var format: ObjectFormat = .text
        @Option(help: ArgumentHelp("Keep FILE as the copy of the data (Art. 15(3)).", valueName: "FILE"))
        var enclose: String?

        func validate() throws {
            let fields = [name, email, address, phone, language, reference, channel, received, assignedValue]
            let access = [categories, purposes, recipients, retention, source, automatedDecisions, transfers]
            if assignee != nil && noAssignee {
                throw ValidationError("give either --assignee or --no-assignee, not both.")
            }
            if enclose == nil, (fields + access).allSatisfy({ $0 == nil }) {
                throw ValidationError(
                    "give at least one field to set: --name, --email, --address, --phone, "
                        + "--language, --reference, --channel, --received, --categories, --purposes, --recipients, "
                        + "--retention, --source, --automated-decisions, --transfers, --assignee, --no-assignee "
                        + "or --enclose.")
            }
        }

        /// The assignee to set: a name, `""` for nobody (`--no-assignee`), or `nil` to leave it.
        private var assignedValue: String? { noAssignee ? "" : assignee }

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let caseNumber = try Parse.caseNumber(caseNumber)
                // The enclosure is read (and refused if too large) before anything is changed.
                let enclosure = try enclose.map {
                    try AttachmentFileReader.contents(of: $0, limit: try AttachmentFileReader.limit(option: nil))
                }
                let command = SetCaseFields(
                    caseNumber: caseNumber, name: name, email: email, address: address, phone: phone,
                    reference: reference, language: try language.map(Parse.language),
                    channel: try channel.map(Parse.channel),
                    received: try received.map { try Parse.date($0, field: "--received") },
                    access: AccessInformation(
                        categories: categories, purposes: purposes, recipients: recipients, retention: retention,
                        source: source, automatedDecisions: automatedDecisions, transfers: transfers),
                    reason: reason, assignee: assignedValue)
                let cases = try await global.openCases(creating: false)
                if let enclose, let enclosure {
                    try await encloseCopy(enclosure, fileName: enclose, caseNumber: caseNumber, cases: cases, moment)
                    let access = [categories, purposes, recipients, retention, source, automatedDecisions, transfers]
                    let fields = [name, email, address, phone, language, reference, channel, received, assignedValue]
                    if (fields + access).allSatisfy({ $0 == nil }) {
                        return
                    }
                }
                let result = try await cases.setFields(
                    command, actor: global.actorName,
                    today: moment)
                let record = result.record
                switch format {
                case .json:
                    print(RequestListing.prettyJSON(RequestSummary(record, asOf: moment.date)), terminator: "")
                case .text:
                    if result.changes.isEmpty {
                        print("\(record.caseNumber)  nothing changed: the values given are the ones recorded.")
                        return
                    }
                    let fields = result.changes.map(\.field.rawValue).joined(separator: ", ")
                    print("\(record.caseNumber)  corrected: \(fields)")
                    if result.deadlineMoved {
                        print(
                            "Deadline moved from \(result.previousDeadline) to \(record.deadline) "
                                + "(the day of receipt changed).")
                    }
                }
            }
        }

        /// Keeps the file given with --enclose as the case's Art. 15(3) copy of the data (label `data-copy`, sealed).
        private func encloseCopy(
            _ content: Data, fileName: String, caseNumber: CaseNumber, cases: CaseService, _ moment: Today
        ) async throws {
            let added = try await cases.attach(
                AttachFile(
                    caseNumber: caseNumber, content: content, fileName: fileName,
                    label: AttachmentLabel.dataCopy.value, sensitive: true,
                    limit: try AttachmentFileReader.limit(option: nil)), actor: global.actorName, today: moment)
            if format == .text { AttachmentOutput.printAdded(added, format: .text) }
        }
    }
}
