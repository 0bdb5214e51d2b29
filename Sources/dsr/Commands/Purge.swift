import ArgumentParser
import DSRCore
import DSRStore

extension DSR {
    /// `dsr purge --closed-before DATE`: removes the personal data of requests closed before a day.
    struct Purge: ParsableCommand {
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
        @Option(help: ArgumentHelp("Purge requests closed before this day.", valueName: "DATE")) var closedBefore: String?
        @Flag(help: "List what would be purged and change nothing.") var dryRun = false
        @Flag(help: ArgumentHelp("Keep each request's reference (it may itself name the person; by default it is "
                                 + "removed and only a keyed tag of it is kept, so a re-import does not bring the request back)."))
        var keepReferences = false

        func run() throws {
            try reportingFailures {
                let today = try Clock.today()
                let suggested = RetentionPolicy.suggestedCutoff(today: today)
                guard let closedBefore else {
                    throw UsageFailure(message: "give --closed-before DATE. dsr suggests --closed-before \(suggested): "
                                          + RetentionPolicy.reason)
                }
                let cutoff = try Parse.date(closedBefore, field: "--closed-before")
                guard cutoff <= today else {
                    throw InputError.unknownValue(field: "--closed-before", text: closedBefore,
                                                  accepted: ["today (\(today)) or an earlier day"])
                }
                let store = try global.openExistingStore()
                let candidates = try store.records(RequestQuery(includeClosed: true)).filter {
                    guard let closedOn = $0.closedOn else { return false }
                    return closedOn < cutoff && $0.personalDataRemovedOn == nil
                }.sorted { $0.caseNumber < $1.caseNumber }
                if cutoff > suggested {
                    printWarning("--closed-before \(cutoff) keeps personal data for less than dsr suggests "
                                 + "(\(suggested)); make sure no complaint or claim can still need it.")
                }
                if dryRun {
                    print("Would remove the personal data of \(candidates.count) request(s) closed before \(cutoff):")
                    for record in candidates { print("\(record.caseNumber)  closed \(record.closedOn?.description ?? "")") }
                    return
                }
                // References and import keys are kept only as tags under the register's key, so it must be there.
                let key = candidates.isEmpty ? nil : try IdentityCodes.key(of: store, global: global)
                if key == nil, !keepReferences, candidates.contains(where: { $0.reference != nil }) {
                    throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: global.databasePath))
                }
                var legacy = 0
                let now = Clock.now()
                for record in candidates {
                    let outcome = try store.purgePersonalData(of: record.caseNumber, key: key) { current in
                        RequestService.purge(current, closedBefore: cutoff, keepReference: keepReferences,
                                             actor: global.actorName, now: now, today: today)
                    }
                    legacy += outcome.legacyEvents
                    let letters = outcome.letterFilesErased > 0 ? ", \(outcome.letterFilesErased) letter file(s) erased" : ""
                    print("\(record.caseNumber)  personal data removed (\(outcome.eventsPurged) event(s)\(letters))")
                }
                try store.checkpoint()
                print("Removed the personal data of \(candidates.count) request(s) closed before \(cutoff).")
                print("Not reached by purge: backups of the register made before now, exports and letters saved as "
                      + "files, and copies the file system keeps (snapshots, versions, trash). Rotate backups as "
                      + "docs/security.md describes (Personal data in the hash chain, and purging it).")
                if legacy > 0 {
                    printWarning("\(legacy) event(s) were recorded before schema version 2 and keep their data inside "
                                 + "the hash chain; see docs/security.md.")
                }
            }
        }
    }
}
