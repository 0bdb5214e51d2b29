import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr restore FILE`: replaces the register with a backup, after verifying the backup.
    struct Restore: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract:
                "Replace the register with the backup FILE once the backup verifies (--force if a register exists).",
            discussion: "The register that is replaced is kept beside it as DATABASE.replaced-TIME. Run no other dsr "
                + "command on the register while restoring. The identity-code key file is not touched.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The backup file.") var file: String
        @Flag(help: "Replace an existing register.") var force = false

        func run() async throws {
            try await reportingFailuresAsync {
                let outcome = try await CaseService.restore(
                    RestoreRegister(source: file, replacing: force),
                    into: try global.registerLocation(),
                    workflows: try WorkflowCatalog.builtIn(), now: Clock.now())
                let report = outcome.report
                print(
                    "Restored \(file) to \(global.databasePath): \(report.eventsChecked) event(s), "
                        + "\(report.requestsChecked) request(s), verified.")
                print("Head: event \(report.lastSequence), hash \(report.headHash)")
                if let kept = outcome.replacedRegisterKeptAt {
                    print("The register it replaced is kept at \(kept).")
                }
                if outcome.createdRegister {
                    let key = outcome.identityKeyLocation
                    let hint =
                        outcome.identityKeyPresent
                        ? ""
                        : " Its identity-code key is not part of the backup: put your copy of that register's key at \(key) "
                            + "(docs/security.md, Key handling)."
                    printNote("created a new register at \(global.databasePath) from the backup.\(hint)")
                }
            }
        }
    }
}
