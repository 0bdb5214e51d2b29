import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr register KIND --name NAME ...`: registers an incoming request.
    struct Register: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "register",
            abstract: "Register an incoming request and print its case number and deadline.",
            discussion: "KIND: access (tarkastuspyyntö), rectification (oikaisupyyntö), erasure (poistopyyntö), "
                + "restriction (rajoittamispyyntö), portability (siirtopyyntö), objection (vastustamispyyntö, kielto).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The right exercised, in English, Finnish or Swedish.") var kind: String
        @Option(help: "The data subject's name.") var name: String
        @Option(help: "Their e-mail address.") var email: String?
        @Option(help: "Their postal address.") var address: String?
        @Option(help: "Their telephone number.") var phone: String?
        @Option(
            help: ArgumentHelp(
                "Their henkilötunnus: validated, stored encrypted under the register's key (DATABASE.key), shown masked.",
                valueName: "CODE"))
        var hetu: String?
        @Option(help: ArgumentHelp("The day (or date-time) received; default today.", valueName: "DATE"))
        var received: String?
        @Option(help: "email, post, web-form, phone or in-person, or its Finnish name (sähköposti, posti, …).")
        var channel: String = "email"
        @Option(help: "fi, sv or en: the language to answer in.") var language: String = "fi"
        @Flag(help: "For an objection: it is against direct marketing (GDPR Art. 21(2), absolute).")
        var directMarketing = false
        @Option(help: "A free-text note.") var note: String?
        @Option(
            help: ArgumentHelp(
                "Your own reference for the request (unique in the register; `dsr import` uses it "
                    + "to recognise the request).", valueName: "REF"))
        var reference: String?
        @Option(help: "text or json.") var format: ObjectFormat = .text

        func run() async throws {
            try await reportingFailuresAsync {
                let today = try Clock.moment()
                let draft = RequestDraft(
                    kind: try Parse.kind(kind),
                    subject: DataSubject(name: name, email: email, address: address, phone: phone),
                    received: try Parse.date(received, field: "--received", default: today.date),
                    channel: try Parse.channel(channel), language: try Parse.language(language),
                    isDirectMarketing: directMarketing, note: note, reference: reference)
                try CaseService.check(RegisterRequest(draft: draft), today: today)
                let command = RegisterRequest(draft: draft, identityCode: try hetu.map(IdentityCodes.validated))
                let cases = try await global.openCases(creating: true, readingWorkflowsOf: [draft.kind])
                let registered = try await Diagnostics.timed(global.log, "register") {
                    try await cases.register(command, actor: global.actorName, today: today)
                }
                Diagnostics.note(global.log, "request registered", caseNumber: registered.record.caseNumber)
                KeyAdoption.note(registered.adoptedKeyPath)
                let record = registered.record
                switch format {
                case .json:
                    print(RequestListing.prettyJSON(RequestSummary(record, asOf: today.date)), terminator: "")
                case .text:
                    print(
                        "\(record.caseNumber)  \(record.kind.rawValue) (\(record.kind.names[record.language]))  "
                            + "received \(record.received)  deadline \(record.deadline)")
                }
            }
        }
    }
}
