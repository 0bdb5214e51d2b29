import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr controller`: the controller profile that letters are signed with.
    struct Controller: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "controller",
            abstract: "Set or show the controller profile used in letters.",
            subcommands: [Set.self, ShowProfile.self])

        /// `dsr controller set`: sets fields; each change is a new profile version.
        struct Set: AsyncParsableCommand, RegisterCommand {
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
            @Option(help: "The title of the contact person who signs letters.") var signerTitle: String?
            @Option(
                help: "The privacy notice's language (fi, sv or en; default fi): that of its purposes and categories.")
            var noticeLanguage: String?
            @Option(help: "The purposes of processing in Swedish, for Swedish letters.") var purposesSv: String?
            @Option(help: "The purposes of processing in English, for English letters.") var purposesEn: String?
            @Option(help: "The legal basis of processing in Swedish, for Swedish letters.") var legalBasisSv: String?
            @Option(help: "The legal basis of processing in English, for English letters.") var legalBasisEn: String?
            @Option(help: ArgumentHelp("A category of data in Swedish (repeatable).", valueName: "ITEM"))
            var categoriesSv: [String] = []
            @Option(help: ArgumentHelp("A category of data in English (repeatable).", valueName: "ITEM"))
            var categoriesEn: [String] = []
            @Option(
                help: ArgumentHelp(
                    "Internal target: answer this many working days before the deadline.", valueName: "DAYS"))
            var internalTargetDays: Int?
            @Option(
                help: ArgumentHelp(
                    "Keep the letter templates in DIR (TYPE.LANG.mustache) in the profile: every letter uses them.",
                    valueName: "DIR"))
            var templates: String?
            @Flag(help: "Go back to dsr's own letter templates.") var noTemplates = false

            func validate() throws {
                if templates != nil && noTemplates {
                    throw ValidationError("give either --templates DIR or --no-templates, not both.")
                }
            }

            func run() async throws {
                try await reportingFailuresAsync {
                    let today = try Clock.moment()
                    var changes = ControllerProfileChanges(
                        name: name, businessID: businessId, address: address, email: email, phone: phone,
                        contactPerson: contact, contactDetails: contactDetails, registerName: registerName,
                        internalTargetWorkingDays: internalTargetDays)
                    changes.signerTitle = signerTitle
                    changes.noticeLanguage = try noticeLanguage.map(Parse.language)
                    changes.purposesInLanguage[.sv] = purposesSv
                    changes.purposesInLanguage[.en] = purposesEn
                    changes.legalBasisInLanguage[.sv] = legalBasisSv
                    changes.legalBasisInLanguage[.en] = legalBasisEn
                    if !categoriesSv.isEmpty { changes.dataCategoriesInLanguage[.sv] = categoriesSv }
                    if !categoriesEn.isEmpty { changes.dataCategoriesInLanguage[.en] = categoriesEn }
                    if let templates {
                        let files = try LetterTemplateFolder.read(templates)
                        guard !files.isEmpty else {
                            throw FileError.missing(path: templates, what: "folder with TYPE.LANG.mustache templates")
                        }
                        changes.templates = files
                    }
                    if noTemplates { changes.templates = [:] }
                    let saved: ControllerProfileVersion
                    do {
                        saved = try await global.openCases(creating: true).changeControllerProfile(
                            ChangeControllerProfile(changes: changes, source: "dsr controller set"),
                            actor: global.actorName,
                            today: today)
                    } catch let error as InputError {
                        throw error.namingControllerProfileOptions()
                    }
                    print("Controller profile version \(saved.version) saved.")
                }
            }
        }

        /// `dsr controller show`.
        struct ShowProfile: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "show", abstract: "Print the controller profile.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: ObjectFormat = .text

            func run() async throws {
                try await reportingFailuresAsync {
                    guard let current = try await global.openCasesForReading().controllerProfile() else {
                        print(
                            "No controller profile yet; set one with 'dsr controller set --name ... --business-id ...'."
                        )
                        return
                    }
                    switch format {
                    case .json: print(RequestListing.prettyJSON(current.profile), terminator: "")
                    case .text:
                        print(
                            TerminalText.escaped(
                                ControllerProfileChanges.text(current.profile, version: current.version)),
                            terminator: "")
                    }
                }
            }
        }
    }
}
