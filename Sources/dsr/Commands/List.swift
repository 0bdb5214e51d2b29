import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr list`: lists requests, soonest deadline first.
    struct List: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List open requests, soonest deadline first, with days left or overdue.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var filter: ListFilter

        func run() async throws {
            try await reportingFailuresAsync {
                if let hetu = filter.hetu {
                    try await ListFilter.printMatches(
                        of: hetu, global: global, asOf: filter.asOf, format: filter.format,
                        names: NameDisplay.shown(noNamesFlag: filter.noNames))
                    return
                }
                try await ListFilter.print(
                    global: global, overdue: filter.overdue, dueWithin: filter.dueWithin,
                    kind: filter.kind, state: filter.state, all: filter.all, asOf: filter.asOf,
                    format: filter.format, names: NameDisplay.shown(noNamesFlag: filter.noNames),
                    assigned: try filter.assignment())
            }
        }
    }

    /// `dsr overdue`: the same as `dsr list --overdue`.
    struct Overdue: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "overdue", abstract: "List overdue requests (dsr list --overdue).")

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("Answer as if today were DATE.", valueName: "DATE")) var asOf: String?
        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @Flag(help: "Leave out the person's name (also DSR_NO_NAMES=1), e.g. when sharing the screen.") var noNames =
            false

        func run() async throws {
            try await reportingFailuresAsync {
                try await ListFilter.print(
                    global: global, overdue: true, dueWithin: nil, kind: nil, state: nil, all: false,
                    asOf: asOf, format: format, names: NameDisplay.shown(noNamesFlag: noNames))
            }
        }
    }
}

/// The filters and format of `dsr list`.
struct ListFilter: ParsableArguments {
    @Flag(help: "Only requests past their deadline.") var overdue = false
    @Option(help: ArgumentHelp("Only requests due within DAYS days.", valueName: "DAYS")) var dueWithin: Int?
    @Option(help: "Only this kind.") var kind: String?
    @Option(help: "Only this workflow state.") var state: String?
    @Flag(help: "Include closed requests.") var all = false
    @Option(help: ArgumentHelp("Answer as if today were DATE.", valueName: "DATE")) var asOf: String?
    @Option(help: "table, json or csv.") var format: ListFormat = .table
    @Option(
        help: ArgumentHelp("Every request, open or closed, of the person with this henkilötunnus.", valueName: "CODE"))
    var hetu: String?
    @Flag(help: "Leave out the person's name (also DSR_NO_NAMES=1), e.g. when sharing the screen.") var noNames = false
    @Option(help: ArgumentHelp("Only requests assigned to this user.", valueName: "NAME")) var assigned: String?
    @Flag(help: "Only requests assigned to nobody.") var unassigned = false

    func validate() throws {
        if assigned != nil && unassigned {
            throw ValidationError("give either --assigned or --unassigned, not both.")
        }
    }

    /// The assignment the list is filtered on, from `--assigned` or `--unassigned`.
    /// - Throws: ``InputError`` for a text that is no user name.
    func assignment() throws -> RequestQuery.Assignment? {
        if unassigned { return .nobody }
        return try assigned.map { .user(try UserName.parse($0, field: "--assigned").rawValue) }
    }

    /// Prints every request of the person with an identity code, matched by its keyed lookup tag.
    static func printMatches(
        of hetu: String, global: GlobalOptions, asOf: String?, format: ListFormat,
        names: Bool
    ) async throws {
        let moment = try Clock.moment()
        let asOfDate = try Parse.date(asOf, field: "--as-of", default: moment.date)
        let code = try IdentityCodes.validated(hetu)
        let matches = try await global.openCasesForReading().find(
            FindByIdentityCode(code: code),
            actor: global.actorName, today: moment)
        KeyAdoption.note(matches.adoptedKeyPath)
        let summaries = matches.records.map { RequestSummary($0, asOf: asOfDate, name: names) }
        printSummaries(summaries, format: format, names: names, ifNone: "No request carries that identity code.")
    }

    /// Prints summaries as a table (names cut to fit, escaped for the terminal), CSV or JSON; an empty table is
    /// `ifNone` where one is given (CSV and JSON stay a header or an empty list).
    static func printSummaries(_ summaries: [RequestSummary], format: ListFormat, names: Bool, ifNone: String?) {
        switch format {
        case .table:
            if summaries.isEmpty, let ifNone {
                StandardOutput.print(ifNone)
            } else {
                StandardOutput.print(
                    RequestListing.table(
                        NameDisplay.forTerminal(summaries),
                        nameWidth: names ? RequestListing.defaultNameWidth : nil),
                    terminator: "")
            }
        case .csv: StandardOutput.print(RequestListing.csv(summaries, names: names), terminator: "")
        case .json: StandardOutput.print(RequestListing.json(summaries), terminator: "")
        }
    }

    /// Runs the query and prints the result.
    static func print(
        global: GlobalOptions, overdue: Bool, dueWithin: Int?, kind: String?, state: String?, all: Bool,
        asOf: String?, format: ListFormat, names: Bool, assigned: RequestQuery.Assignment? = nil
    ) async throws {
        let asOfDate = try Parse.date(asOf, field: "--as-of", default: try Clock.today())
        if let dueWithin, dueWithin < 0 {
            throw InputError.unknownValue(field: "--due-within", text: String(dueWithin), accepted: ["0 or more days"])
        }
        var query = RequestQuery(includeClosed: all)
        if overdue { query.overdueAsOf = asOfDate }
        if let dueWithin { query.dueOnOrBefore = asOfDate.adding(days: min(dueWithin, 36_500)) }
        if let kind { query.kind = try Parse.kind(kind) }
        if let state { query.state = try Parse.state(state, kind: query.kind) }
        query.assigned = assigned
        let service = try await global.openCasesForReading()
        var summaries = try await service.list(ListCases(query: query, asOf: asOfDate, names: names))
        if overdue {
            // An answer printed but not sent past the deadline: the request is closed, but not answered (issue 15).
            summaries += try await service.unsentAnswers()
                .filter { answer in
                    answer.record.deadline < asOfDate && query.kind.map { $0 == answer.record.kind } ?? true
                        && query.state.map { $0 == answer.record.state } ?? true
                        && assigned.map { $0.matches(answer.record.assignee) } ?? true
                }
                .map { RequestSummary($0, asOf: asOfDate, name: names) }
        }
        printSummaries(
            summaries, format: format, names: names, ifNone: overdue ? "No overdue requests on \(asOfDate)." : nil)
    }
}
