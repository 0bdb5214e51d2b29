import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr migrate --from SOURCE --to TARGET`: copies a whole register between SQLite and PostgreSQL.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Copy a whole register, with its hash chain, from an SQLite file into an empty PostgreSQL "
                + "database or back, and verify both.",
            discussion: "One of --from and --to is a path, the other a postgresql:// URL. The target must hold no "
                + "events (an SQLite target must not exist); nothing is replaced. The rows are copied as stored, so "
                + "the copy's chain is the source's; both registers are then verified, each against the copied head. "
                + "The identity-code key file is copied to where the new register's key belongs. Progress goes to "
                + "standard error. See docs/storage.md.")

        @Option(help: ArgumentHelp("The register to copy.", valueName: "PATH-OR-URL")) var from: String
        @Option(help: ArgumentHelp("The empty register to copy into.", valueName: "URL-OR-PATH")) var to: String

        func validate() throws {
            guard GlobalOptions.isPostgreSQL(from) != GlobalOptions.isPostgreSQL(to) else {
                throw ValidationError(
                    "--from and --to must be one SQLite path and one postgresql:// URL; to copy an SQLite register, "
                        + "use 'dsr backup'.")
            }
        }

        func run() async throws {
            try await reportingFailuresAsync {
                let reporter = CopyProgressReport()
                let (made, key) = try await GlobalOptions.migrate(from: from, to: to) { reporter.show($0) }
                reporter.finish()
                print(
                    "Copied \(made.rows) row(s): \(made.target.eventsChecked) event(s), "
                        + "\(made.target.requestsChecked) request(s).")
                print("Head: event \(made.head.events), hash \(made.head.headHash)")
                print(
                    made.source.isIntact ? "The source verifies, and holds that head." : "The source does NOT verify.")
                print(made.target.isIntact ? "The copy verifies, and holds that head." : "The copy does NOT verify.")
                if let key {
                    print("The identity-code key \(key.from) was copied to \(key.to) (mode 600).")
                }
                if !made.isIntact {
                    let first =
                        (made.target.firstBreak ?? made.source.firstBreak)?.description ?? "see dsr audit verify"
                    throw BackupError.copyDoesNotVerify(
                        path: to, problems: made.target.problems.count + made.source.problems.count, first: first)
                }
            }
        }
    }
}
