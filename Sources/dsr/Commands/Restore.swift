import ArgumentParser
import DSRCore
import DSRStore
import Foundation

extension DSR {
    /// `dsr restore FILE`: replaces the register with a backup, after verifying the backup.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the register with the backup FILE once the backup verifies (--force if a register exists).",
            discussion: "The register that is replaced is kept beside it as DATABASE.replaced-TIME. Run no other dsr "
                + "command on the register while restoring. The identity-code key file is not touched.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The backup file.") var file: String
        @Flag(help: "Replace an existing register.") var force = false

        func run() throws {
            try reportingFailures {
                let existed = FileManager.default.fileExists(atPath: global.databasePath)
                let outcome = try SQLiteStore.restore(from: file, to: global.databasePath, replacing: force,
                                                      workflows: try WorkflowCatalog.builtIn(), now: Clock.now())
                let report = outcome.report
                print("Restored \(file) to \(global.databasePath): \(report.eventsChecked) event(s), "
                      + "\(report.requestsChecked) request(s), verified.")
                print("Head: event \(report.lastSequence), hash \(report.headHash)")
                if let kept = outcome.replacedRegisterKeptAt {
                    print("The register it replaced is kept at \(kept).")
                }
                if !existed {
                    let key = IdentityCodeKey.path(forRegister: global.databasePath)
                    let hint = FileManager.default.fileExists(atPath: key) ? ""
                        : " Its identity-code key is not part of the backup: put your copy of that register's key at \(key) "
                            + "(docs/security.md, Key handling)."
                    printNote("created a new register at \(global.databasePath) from the backup.\(hint)")
                }
            }
        }
    }
}
