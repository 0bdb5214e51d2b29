import ArgumentParser

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
        subcommands: [
            Init.self, Register.self, List.self, Overdue.self, Due.self, Show.self,
            Search.self,
            EventCommand<AcknowledgeEvent>.self,
            EventCommand<RequestIdentityEvent>.self, EventCommand<ReceiveIdentityEvent>.self,
            EventCommand<RequestClarificationEvent>.self, EventCommand<ReceiveClarificationEvent>.self,
            EventCommand<ExtendEvent>.self, EventCommand<CompleteEvent>.self, EventCommand<RefuseEvent>.self,
            EventCommand<WithdrawEvent>.self, EventCommand<RestrictEvent>.self, EventCommand<NotifyLiftEvent>.self,
            EventCommand<LiftEvent>.self, Event.self,
            Grounds.self, Letter.self, Controller.self, Notice.self, Deadline.self, CalendarExport.self, Report.self,
            Workflow.self,
            Audit.self, Backup.self, Restore.self, Purge.self, Import.self, Export.self, Key.self,
            CaseGroup.self, Note.self, Void.self, Reopen.self,
            Sent.self, Delivered.self, Suppressed.self,
        ]
    )

    /// Makes descriptors 0-2 and `SIGPIPE` safe, parses the command line and runs the command, then ends with its
    /// standard output's failure, if any. Parsing errors are reworded so that they repeat no value that could be
    /// personal data (``ParserFailure``). Commands that call the service layer are asynchronous and awaited here.
    static func main() async {
        ProcessSetup.prepare()
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            ParserFailure.exit(error, arguments: Array(CommandLine.arguments.dropFirst()))
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
