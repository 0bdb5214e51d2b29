import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr search TEXT`: finds requests, open or closed, by their texts, newest case first.
    struct Search: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Find requests by name, e-mail, phone, address, reference, case number or note, newest first.",
            discussion: """
                Every word must match one of a request's texts: the person's name, e-mail address, telephone number \
                or address, the reference, the case number or the note made at registration. A word matches the \
                beginning of a word of the text (virt finds Virtanen), ignoring case and diacritics (meikalainen \
                finds Meikäläinen); a case number (2026-42) matches that case. Open and closed requests are \
                searched; the newest 50 matches are shown unless --limit says otherwise. With no match, the table \
                says so and the command succeeds (exit 0); an empty search text is invalid data (exit 65).
                Example: dsr search meikalainen   dsr search matti.virtanen@example.fi   dsr search --hetu CODE
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The words to find (several words: each must match).", valueName: "TEXT"))
        var words: [String] = []
        @Option(help: ArgumentHelp("Show at most N matches (default 50, at most 10000).", valueName: "N"))
        var limit: Int?
        @Option(
            help: ArgumentHelp(
                "Every request, open or closed, of the person with this henkilötunnus (as list --hetu).",
                valueName: "CODE"))
        var hetu: String?
        @Option(help: ArgumentHelp("Count days left as if today were DATE.", valueName: "DATE")) var asOf: String?
        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @Flag(help: "Leave out the person's name (also DSR_NO_NAMES=1), e.g. when sharing the screen.") var noNames =
            false

        func run() async throws {
            try await reportingFailuresAsync {
                let names = NameDisplay.shown(noNamesFlag: noNames)
                if let hetu {
                    guard words.isEmpty, limit == nil else {
                        throw UsageFailure(
                            message: "give either the text to search for or --hetu CODE, not both "
                                + "(--hetu lists every request of the person, without --limit).")
                    }
                    try await ListFilter.printMatches(
                        of: hetu, global: global, asOf: asOf, format: format, names: names)
                    return
                }
                guard !words.isEmpty else {
                    throw UsageFailure(
                        message: "give the text to search for (for example `dsr search meikalainen`), "
                            + "or --hetu CODE.")
                }
                let asOfDate = try Parse.date(asOf, field: "--as-of", default: try Clock.today())
                let command = SearchCases(
                    text: words.joined(separator: " "), limit: limit ?? SearchQuery.defaultLimit,
                    asOf: asOfDate, names: names)
                // The search text is personal data: it is checked before the register is opened and never repeated.
                _ = try CaseService.check(command)
                let summaries = try await global.openCasesForReading().search(command)
                ListFilter.printSummaries(
                    summaries, format: format, names: names, ifNone: "No request matches the search.")
            }
        }
    }
}
