import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr due`: what needs doing, grouped by urgency, with the next action of each request.
    struct Due: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract:
                "Open requests grouped as overdue, due today, due soon and waiting, with the next action; answers "
                + "printed but not sent first.")

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("The window of 'due soon', in days.", valueName: "DAYS")) var within: Int = 7
        @Option(help: ArgumentHelp("Answer as if today were DATE.", valueName: "DATE")) var asOf: String?
        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @Flag(help: "Leave out the person's name (also DSR_NO_NAMES=1), e.g. when sharing the screen.") var noNames =
            false

        func run() async throws {
            try await reportingFailuresAsync {
                let names = NameDisplay.shown(noNamesFlag: noNames)
                guard (0...3650).contains(within) else {
                    throw InputError.unknownValue(field: "--within", text: String(within), accepted: ["0 to 3650 days"])
                }
                let asOfDate = try Parse.date(asOf, field: "--as-of", default: try Clock.today())
                let service = try await global.openCasesForReading()
                let open = try await service.openDeadlines()
                let due = DueList(
                    records: open.records, workflows: try WorkflowCatalog.builtIn(),
                    asOf: asOfDate, window: within, internalTargetDays: open.internalTargetDays,
                    names: names, unsent: try await service.unsentAnswers())
                switch format {
                case .table:
                    let environment = ProcessInfo.processInfo.environment
                    let colour =
                        isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
                    print(NameDisplay.forTerminal(due).text(asOf: asOfDate, colour: colour), terminator: "")
                case .json:
                    print(RequestListing.prettyJSON(due.items), terminator: "")
                case .csv:
                    var lines = [
                        "group,case,kind,state,deadline,internal_target,days_left,extension_notice_by,next_action,"
                            + "unsent_answer" + (names ? ",name" : "")
                    ]
                    for item in due.items {
                        lines.append(
                            ([
                                item.group.rawValue, item.case, item.kind, item.state, item.deadline,
                                item.internalTarget ?? "", item.daysLeft.map(String.init) ?? "",
                                item.extensionNoticeBy ?? "", item.nextAction, item.unsentAnswer ?? "",
                            ] + (names ? [item.name ?? ""] : []))
                            .map(RequestListing.quoted).joined(separator: ","))
                    }
                    print(lines.joined(separator: "\n"))
                }
            }
        }
    }

    /// `dsr calendar`: an iCalendar file of open deadlines.
    struct CalendarExport: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Write an iCalendar (.ics) file with one all-day event per open deadline (and internal target).",
            discussion: """
                Each deadline carries a reminder at 09:00 Helsinki time, by default 3 working days before it (weekends \
                and Finnish holidays skipped). Requests answered or closed in the last 90 days keep their events with \
                STATUS:CANCELLED, so that a calendar subscribed to the file removes them.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("Write to FILE (mode 0600) instead of standard output.", valueName: "FILE"))
        var output: String?
        @Flag(help: "Replace FILE if it exists (never the register's own files).") var force = false
        @Option(
            help: ArgumentHelp(
                "Remind DAYS working days before each deadline (0 to 30; 0: on the day).",
                valueName: "DAYS"))
        var remind: Int = ICalendarWriter.defaultReminderWorkingDays

        func run() async throws {
            try await reportingFailuresAsync {
                guard (0...30).contains(remind) else {
                    throw InputError.unknownValue(
                        field: "--remind", text: String(remind), accepted: ["0 to 30 working days"])
                }
                let file = try LetterOutput.file(output, force: force, global: global)
                let open = try await global.openCasesForReading().openDeadlines(includingClosed: true)
                let text = ICalendarWriter.calendar(
                    open.records,
                    internalTargetDays: open.internalTargetDays,
                    stamp: Clock.now(), today: try Clock.today(), reminderWorkingDays: remind)
                try LetterOutput.write(Array(text.utf8), to: file)
            }
        }
    }
}
