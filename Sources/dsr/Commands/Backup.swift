import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr backup FILE`: a consistent, verified copy of the register, made while others may write.
    struct Backup: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the register to FILE (mode 0600) from one consistent snapshot, and verify the copy.",
            discussion: "Other dsr commands may keep writing meanwhile. FILE is an SQLite register whichever the "
                + "register's kind (a PostgreSQL register's backup too), so it verifies and restores anywhere. The backup's anchor (its head) is kept in "
                + "FILE.anchor; 'dsr audit verify --anchor-file FILE.anchor' later shows the register still holds "
                + "everything the backup held. The identity-code key file (DATABASE.key) "
                + "is not part of the backup: keep a copy of it separately, away from the backups.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The backup file to create.") var file: String
        @Flag(help: "Replace FILE and FILE.anchor if they exist (never the register's own files).") var force = false

        func run() async throws {
            try await reportingFailuresAsync {
                try OutputTarget(path: file, force: force, register: global.databasePath).check()
                let made = try await global.openCases(creating: false).backup(
                    BackupRegister(
                        destination: file,
                        replacing: force))
                let report = made.report
                print(
                    "Backup written to \(file) (mode 600): \(report.eventsChecked) event(s), "
                        + "\(report.requestsChecked) request(s), verified.")
                print("Head: event \(report.lastSequence), hash \(report.headHash)")
                if let anchor = report.anchor, let kept = made.anchorLocation {
                    print(
                        "Anchor: \(anchor) (kept in \(kept), mode 600; keep a "
                            + "copy where the register's users cannot change it)")
                }
                if let key = made.identityKeyLocation {
                    print("The identity-code key \(key) is not in the backup; keep its copy apart from the backups.")
                }
            }
        }
    }
}
