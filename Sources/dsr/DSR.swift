import ArgumentParser
import Foundation

/// The `dsr` command: registers data-subject requests, computes their deadlines and prints their letters.
@main
struct DSR: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dsr",
        abstract: "Data-subject rights requests under the GDPR, on the Finnish calendar.",
        discussion: """
            Exit codes: 0 success; 1 a rule refused the action; 64 usage error; 65 invalid data; \
            66 unknown case or missing file (or register); 73 output file exists or cannot be created (--force \
            replaces an existing file); 74 database or output cannot be written, or the identity-code key is missing \
            or wrong; 75 temporary failure, run the command again (purge beside a reader); 141 standard output closed \
            by its reader.
            The register is $DSR_DATABASE, else $XDG_DATA_HOME/dsr/dsr.sqlite (~/.local/share/dsr/dsr.sqlite).
            """,
        version: "0.1.0",
        groupedSubcommands: commandGroups.map(\.commandGroup)
    )

    /// Every command, grouped as `dsr --help` lists them, each with one example (``HelpPage``). A new command goes
    /// in the group where an officer would look for it; `scripts/command-table` regenerates README's table from this
    /// list (through `dsr --dump-commands`).
    static let commandGroups: [HelpGroup] = [
        HelpGroup(
            "Every day",
            [
                .init(Due.self, "dsr due --within 14"),
                .init(Overdue.self, "dsr overdue --no-names"),
                .init(List.self, "dsr list --due-within 7"),
                .init(Search.self, "dsr search meikalainen"),
                .init(Show.self, "dsr show 2026-0001"),
                .init(
                    Register.self,
                    "dsr register tarkastuspyyntö --name \"Matti Meikäläinen\" --received 5.10.2026 --channel posti"),
                .init(Note.self, "dsr note 2026-0001 \"Called the person; the copy goes by post.\""),
                .init(CalendarExport.self, "dsr calendar --output deadlines.ics --force"),
                .init(Deadline.self, "dsr deadline --received 2026-10-05 --explain"),
                .init(Suppressed.self, "dsr suppressed m.meikalainen@example.fi"),
            ]),
        HelpGroup(
            "Request events",
            [
                .init(EventCommand<AcknowledgeEvent>.self, "dsr acknowledge 2026-0001"),
                .init(
                    EventCommand<RequestIdentityEvent>.self,
                    "dsr request-identity 2026-0001 --asked \"a copy of an ID\""),
                .init(EventCommand<ReceiveIdentityEvent>.self, "dsr receive-identity 2026-0001 --on 2026-10-12"),
                .init(
                    EventCommand<RequestClarificationEvent>.self,
                    "dsr request-clarification 2026-0001 --asked \"which services\""),
                .init(EventCommand<ReceiveClarificationEvent>.self, "dsr receive-clarification 2026-0001"),
                .init(EventCommand<ExtendEvent>.self, "dsr extend 2026-0001 --reason \"Data in three systems.\""),
                .init(EventCommand<CompleteEvent>.self, "dsr complete 2026-0001"),
                .init(
                    EventCommand<RefuseEvent>.self,
                    "dsr refuse 2026-0001 --ground art12-5-excessive --reason \"Fourth request this month.\""),
                .init(EventCommand<WithdrawEvent>.self, "dsr withdraw 2026-0001"),
                .init(
                    EventCommand<RestrictEvent>.self,
                    "dsr restrict 2026-0003 --end-condition \"until the accuracy is checked\" --no-recipients"),
                .init(
                    EventCommand<NotifyLiftEvent>.self,
                    "dsr notify-lift 2026-0003 --lifts-on 2026-11-30 --reason \"Accuracy checked.\""),
                .init(EventCommand<LiftEvent>.self, "dsr lift 2026-0003"),
                .init(Event.self, "dsr event 2026-0001 acknowledge"),
                .init(Grounds.self, "dsr grounds --kind tarkastuspyyntö"),
                .init(CaseGroup.self, "dsr case set 2026-0001 --email m.meikalainen@example.fi"),
                .init(Void.self, "dsr void 2026-0001 3 --reason \"Wrong date.\""),
                .init(Reopen.self, "dsr reopen 2026-0001 --reason \"The person asked for the missing data.\""),
            ]),
        HelpGroup(
            "Letters",
            [
                .init(Letter.self, "dsr letter 2026-0001 acknowledgement --format pdf --output ack.pdf --issue"),
                .init(Sent.self, "dsr sent 2026-0001/L2 --on 2026-10-20 --via post"),
                .init(Delivered.self, "dsr delivered 2026-0001/L2 --on 2026-10-22"),
            ]),
        HelpGroup(
            "Register and evidence",
            [
                .init(Report.self, "dsr report --year 2026 --format html > report.html"),
                .init(Audit.self, "dsr audit verify"),
                .init(Import.self, "dsr import requests.csv --map \"Sähköposti=email\" --dry-run"),
                .init(Export.self, "dsr export --all --format csv > requests.csv"),
                .init(Backup.self, "dsr backup /mnt/backup/dsr-2026-11-21.sqlite"),
                .init(Restore.self, "dsr restore /mnt/backup/dsr-2026-11-21.sqlite --force"),
                .init(Migrate.self, "dsr migrate --from dsr.sqlite --to postgresql://dsr@db.example.fi/dsr"),
                .init(Purge.self, "dsr purge --closed-before 2025-01-01 --dry-run"),
                .init(Attach.self, "dsr attach 2026-0001 signed-request.pdf --label request"),
                .init(Attachments.self, "dsr attachments 2026-0001"),
                .init(AttachmentGroup.self, "dsr attachment get 2026-0001/A1 --output request.pdf"),
                .init(AccessLog.self, "dsr access-log --case 2026-0001"),
            ]),
        HelpGroup(
            "Setup",
            [
                .init(Init.self, "dsr init"),
                .init(Controller.self, "dsr controller set --name \"Esimerkki Oy\" --business-id 2747637-5"),
                .init(Notice.self, "dsr notice lint tietosuojaseloste.md"),
                .init(Key.self, "dsr key rotate"),
                .init(Workflow.self, "dsr workflow graph access"),
                .init(User.self, "dsr user add anna --role handler --sign-in-link"),
                .init(Token.self, "dsr token create --user ci-bot --label ci"),
                .init(Serve.self, "dsr serve --listen 127.0.0.1:8080"),
            ]),
    ]

    /// Makes descriptors 0-2 and `SIGPIPE` safe, answers the help pages dsr writes itself (``HelpPage``), else starts
    /// the PostgreSQL register the command line names connecting (``EarlyRegister``), parses the command line and runs
    /// the command, then ends with its standard output's failure, if any. Parsing errors are reworded so that they
    /// repeat no value that could be personal data (``ParserFailure``). Commands that call the service layer are
    /// asynchronous and awaited here.
    static func main() async {
        ProcessSetup.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let page = HelpPage(arguments: arguments) {
            do {
                try reportingFailures { print(try page.text(), terminator: "") }
            } catch {
                exit(withError: error)
            }
            StandardOutput.endOfCommand()
            return
        }
        GlobalOptions.startEarly(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            ParserFailure.exit(error, arguments: arguments)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
        StandardOutput.endOfCommand()
    }
}
