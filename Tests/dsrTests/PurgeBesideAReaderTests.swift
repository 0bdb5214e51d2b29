import Foundation
import Testing

/// `dsr purge` beside another process's long read: not reported done (exit 75) until the log is emptied, and the
/// same command run again finishes it.
@Suite(.enabled(if: SQLiteTool.path != nil, "needs the sqlite3 tool (scripts/setup installs it)"))
struct PurgeBesideAReaderTests {
    @Test func purgeExitsSeventyFiveWhileAReaderHoldsTheRegisterAndFinishesWhenRunAgain() throws {
        // Given a withdrawn request, and sqlite3 holding a read transaction open on the register
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(
            try dsr.run([
                "register", "access", "--name", "Åsa Öhman", "--received", "2026-01-05",
                "--reference", "Sähköposti Åsa",
            ]).status == 0)
        #expect(try dsr.run(["withdraw", "2026-0001", "--on", "2026-01-09"]).status == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: try #require(SQLiteTool.path))
        reader.arguments = [dsr.database]
        let input = Pipe()
        let output = Pipe()
        reader.standardInput = input
        reader.standardOutput = output
        reader.standardError = FileHandle.nullDevice
        try reader.run()
        input.fileHandleForWriting.write(Data("BEGIN;\nSELECT count(*) FROM request;\n".utf8))
        _ = output.fileHandleForReading.availableData  // the count: the read transaction has its snapshot

        // When the request is purged, the purge is not reported done: exit 75, and how to finish it
        let blocked = try dsr.run(["purge", "--closed-before", "2026-03-01"])
        #expect(blocked.status == 75, "\(blocked.stdout) \(blocked.stderr)")
        #expect(blocked.stderr.contains("run the same `dsr purge` again"))
        #expect(!blocked.stdout.contains("Removed the personal data"))

        // And once the reader is gone, the same command finishes it, and no byte of the file or its log holds the
        // name or the reference, in any case or with its accents folded
        try input.fileHandleForWriting.close()
        reader.waitUntilExit()
        let finished = try dsr.run(["purge", "--closed-before", "2026-03-01"])
        #expect(finished.status == 0, "\(finished.stderr)")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        bytes += (try? Data(contentsOf: URL(fileURLWithPath: dsr.database + "-wal"))) ?? Data()
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        for value in ["Åsa Öhman", "Sähköposti Åsa"].map({ $0.lowercased() }) {
            #expect(!text.contains(value))
            #expect(
                !text.folding(options: .diacriticInsensitive, locale: nil)
                    .contains(value.folding(options: .diacriticInsensitive, locale: nil)))
        }
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }
}
