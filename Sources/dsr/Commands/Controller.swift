import ArgumentParser
import DSRCore
import DSRStore

extension DSR {
    /// `dsr controller`: the controller profile that letters are signed with.
    struct Controller: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "controller",
            abstract: "Set or show the controller profile used in letters.",
            subcommands: [Set.self, ShowProfile.self])

        /// `dsr controller set`: sets fields; each change is a new profile version.
        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: "Set controller fields (a correction is recorded as a new profile version).")

            @OptionGroup var global: GlobalOptions
            @Option(help: "The controller's name.") var name: String?
            @Option(help: "The business ID (Y-tunnus), e.g. 2747637-5.") var businessId: String?
            @Option(help: "The postal address.") var address: String?
            @Option(help: "The e-mail address for data-protection matters.") var email: String?
            @Option(help: "The telephone number.") var phone: String?
            @Option(help: "The contact person who signs letters.") var contact: String?
            @Option(help: "The contact person's telephone and e-mail.") var contactDetails: String?
            @Option(help: "The register's name.") var registerName: String?
            @Option(help: ArgumentHelp("Internal target: answer this many working days before the deadline.", valueName: "DAYS"))
            var internalTargetDays: Int?

            func run() throws {
                try reportingFailures {
                    let today = try Clock.today()
                    let service = try global.openService(creating: true)
                    var profile = try service.store.controllerProfile()?.profile ?? ControllerProfile()
                    let changes = ControllerProfileChanges(
                        name: name, businessID: businessId, address: address, email: email, phone: phone,
                        contactPerson: contact, contactDetails: contactDetails, registerName: registerName,
                        internalTargetWorkingDays: internalTargetDays)
                    try changes.apply(to: &profile)
                    let version = try service.setControllerProfile(profile, actor: global.actorName, now: Clock.now(),
                                                                   today: today, source: "dsr controller set")
                    print("Controller profile version \(version) saved.")
                }
            }
        }

        /// `dsr controller show`.
        struct ShowProfile: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the controller profile.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: ObjectFormat = .text

            func run() throws {
                try reportingFailures {
                    guard let current = try global.openStoreForReading().controllerProfile() else {
                        print("No controller profile yet; set one with 'dsr controller set --name ... --business-id ...'.")
                        return
                    }
                    switch format {
                    case .json: print(RequestListing.prettyJSON(current.profile), terminator: "")
                    case .text: print(TerminalText.escaped(ControllerProfileChanges.text(current.profile, version: current.version)), terminator: "")
                    }
                }
            }
        }
    }
}
