import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr purge --closed-before DATE`: removes the personal data of requests closed before a day.
    struct Purge: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "purge",
            abstract: "Remove the personal data of requests closed before DATE; keep their statistics and history.",
            discussion: "Removes names, contact details, identity codes, free texts and the controller's reference "
                + "(unless --keep-references); kind, dates, states, grounds and outcome stay, and the audit chain "
                + "still verifies. Each request gets a purge event. Without --closed-before, dsr prints the day it "
                + "suggests (docs/security.md, Retention). The purge is done only once SQLite has written its log "
                + "into the register and emptied it; while another process holds the register open that cannot "
                + "happen, and dsr exits 75: run the same command again later.")

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("Purge requests closed before this day.", valueName: "DATE")) var closedBefore:
            String?
        @Flag(help: "List what would be purged and change nothing.") var dryRun = false
        @Flag(
            help: ArgumentHelp(
                "Keep each request's reference (it may itself name the person; by default it is "
                    + "removed and only a keyed tag of it is kept, so a re-import does not bring the request back)."))
        var keepReferences = false

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let today = moment.date
                let suggested = RetentionPolicy.suggestedCutoff(today: today)
                guard let closedBefore else {
                    throw UsageFailure(
                        message: "give --closed-before DATE. dsr suggests --closed-before \(suggested): "
                            + RetentionPolicy.reason)
                }
                let cutoff = try Parse.date(closedBefore, field: "--closed-before")
                guard cutoff <= today else {
                    throw InputError.unknownValue(
                        field: "--closed-before", text: closedBefore,
                        accepted: ["today (\(today)) or an earlier day"])
                }
                let service = try await global.openCases(creating: false)
                if cutoff > suggested {
                    printWarning(
                        "--closed-before \(cutoff) keeps personal data for less than dsr suggests "
                            + "(\(suggested)); make sure no complaint or claim can still need it.")
                }
                if dryRun {
                    let candidates = try await service.purgeCandidates(closedBefore: cutoff)
                    print("Would remove the personal data of \(candidates.count) request(s) closed before \(cutoff):")
                    for record in candidates {
                        print("\(record.caseNumber)  closed \(record.closedOn?.description ?? "")")
                    }
                    return
                }
                let run = try await service.purge(
                    PurgeClosedCases(closedBefore: cutoff, keepReferences: keepReferences),
                    actor: global.actorName, today: moment)
                KeyAdoption.note(run.adoptedKeyPath)
                var legacy = 0
                for try await outcome in run.outcomes {
                    legacy += outcome.legacyEvents
                    let letters =
                        outcome.letterFilesErased > 0 ? ", \(outcome.letterFilesErased) letter file(s) erased" : ""
                    print(
                        "\(outcome.record.caseNumber)  personal data removed (\(outcome.eventsPurged) event(s)\(letters))"
                    )
                }
                let candidates = run.candidates
                print("Removed the personal data of \(candidates.count) request(s) closed before \(cutoff).")
                print(
                    "Not reached by purge: backups of the register made before now, exports and letters saved as "
                        + "files, and copies the file system keeps (snapshots, versions, trash). Rotate backups as "
                        + "docs/security.md describes (Personal data in the hash chain, and purging it).")
                if legacy > 0 {
                    printWarning(
                        "\(legacy) event(s) were recorded before schema version 2 and keep their data inside "
                            + "the hash chain; see docs/security.md.")
                }
            }
        }
    }
}
