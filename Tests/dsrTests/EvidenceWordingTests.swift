import DSRCore
import Foundation
import Testing

@testable import dsr

/// The evidence and upkeep errors are worded by the tool exactly as before they became front-end neutral, and the
/// libraries' own texts name no option and no command of the tool.
struct EvidenceWordingTests {
    /// The anchor format, as the messages give it.
    private static let format = "'dsr-anchor v1 events=N head=HEX' (HEX: 64 lowercase hexadecimal digits)"

    @Test func anchorErrorsKeepTheirMessages() {
        let messages = [
            ChainAnchorError.malformed(path: nil, line: nil).commandLineMessage:
                "the --anchor value holds no anchor line; an anchor is one line \(Self.format), as 'dsr audit anchor' "
                + "and 'dsr backup' write it.",
            ChainAnchorError.malformed(path: "/srv/b.anchor", line: nil).commandLineMessage:
                "/srv/b.anchor holds no anchor line; an anchor is one line \(Self.format), as 'dsr audit anchor' and "
                + "'dsr backup' write it.",
            ChainAnchorError.malformed(path: "/srv/b.anchor", line: 2).commandLineMessage:
                "line 2 of /srv/b.anchor is not an anchor line; an anchor is one line \(Self.format), as "
                + "'dsr audit anchor' and 'dsr backup' write it.",
            ChainAnchorError.missing(path: "/srv/b.anchor").commandLineMessage:
                "there is no anchor file or folder at /srv/b.anchor; check the path.",
            ChainAnchorError.noAnchorFiles(folder: "/srv").commandLineMessage:
                "the folder /srv holds no .anchor file; give the file a backup's anchor was kept in (BACKUP.anchor), "
                + "or the folder of the backups.",
        ]
        for (message, expected) in messages { #expect(message == expected) }
    }

    @Test func backupErrorsKeepTheirMessages() {
        #expect(
            BackupError.destinationExists(path: "/srv/r.sqlite", isRegister: true).commandLineMessage
                == "a register is already at /srv/r.sqlite; it was left as it is. Give --force to replace it (it is then "
                + "kept beside it as a .replaced-… file), or choose another path.")
        #expect(
            BackupError.destinationExists(path: "/srv/b.sqlite", isRegister: false).commandLineMessage
                == "/srv/b.sqlite already exists; it was left as it is. Choose another path, or give --force to replace it."
        )
        #expect(
            BackupError.sourceDoesNotVerify(path: "/srv/b.sqlite", problems: 2, first: "event 3: x").commandLineMessage
                == "the backup /srv/b.sqlite does not verify (2 problem(s); first: event 3: x); nothing was replaced. "
                + "Restore another backup, or run 'dsr audit verify --database /srv/b.sqlite' for the details.")
        #expect(
            BackupError.copyDoesNotVerify(path: "/srv/b.sqlite", problems: 1, first: "event 3: x").commandLineMessage
                == "the backup was written to /srv/b.sqlite, but the register does not verify (1 problem(s); first: "
                + "event 3: x). Keep the backup, and run 'dsr audit verify' for the details.")
        #expect(
            BackupError.sourceMissing(path: "/srv/b.sqlite").commandLineMessage
                == "there is no backup at /srv/b.sqlite; check the path.")
    }

    @Test func purgeAndLogErrorsKeepTheirMessages() {
        #expect(
            CheckpointIncomplete(path: "/srv/r.sqlite").commandLineMessage
                == "another process holds the register /srv/r.sqlite open in a long read, so SQLite could not write its log "
                + "into the file and empty it: copies of the removed personal data remain in /srv/r.sqlite-wal and in the "
                + "file until it can. The purge is not finished. Close the other programs that use the register (another "
                + "dsr, sqlite3, a backup tool) and run the same `dsr purge` again; it completes the job.")
        #expect(
            AuditTrailError.unreadableEvent(sequence: 7, caseNumber: nil).commandLineMessage
                == "the register could not export the event log: event 7 cannot be read; run 'dsr audit verify'. Nothing "
                + "was changed; try again.")
        #expect(
            AuditTrailError.unreadableEvent(sequence: 7, caseNumber: CaseNumber(year: 2026, sequence: 3))
                .commandLineMessage == "the register could not export the history of case 2026-0003: event 7 cannot be "
                + "read; run 'dsr audit verify'. Nothing was changed; try again.")
        #expect(
            AuditTrailError.unreadableHead.commandLineMessage
                == "the register could not read the head of the event log: the last event cannot be read; run "
                + "'dsr audit verify'. Nothing was changed; try again.")
    }

    @Test func theLibraryTextsNameNoOptionOrCommand() {
        let errors: [any LocalizedError] = [
            ChainAnchorError.malformed(path: nil, line: nil),
            ChainAnchorError.malformed(path: "/srv/b.anchor", line: 2),
            BackupError.destinationExists(path: "/srv/r.sqlite", isRegister: true),
            BackupError.destinationExists(path: "/srv/b.sqlite", isRegister: false),
            BackupError.sourceDoesNotVerify(path: "/srv/b.sqlite", problems: 2, first: "event 3: x"),
            BackupError.copyDoesNotVerify(path: "/srv/b.sqlite", problems: 1, first: "event 3: x"),
            CheckpointIncomplete(path: "/srv/r.sqlite"), AuditTrailError.unreadableHead,
            AuditTrailError.unreadableEvent(sequence: 7, caseNumber: nil),
        ]
        for error in errors {
            let text = error.errorDescription ?? ""
            #expect(!text.contains("--") && !text.contains("dsr "), "\(text)")
        }
    }
}
