import Foundation
import Testing

/// A PostgreSQL location (`--database postgresql://…`, `$DSR_DATABASE`) is never taken for the path of an SQLite
/// register: before this was fixed, `dsr init --database postgresql://…` exited 0 and made an SQLite file named after
/// the URL in the working folder.
struct PostgresLocationTests {
    /// Files and folders below `folder`, by relative path.
    private static func contents(of folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted()
    }

    @Test(arguments: ["postgresql://dsr@127.0.0.1:1/dsr", "postgres://dsr@127.0.0.1:1/dsr"])
    func aCommandThatCannotUsePostgreSQLCreatesNoFileNamedAfterTheURL(url: String) throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let work = dsr.folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

        // When commands that would create or read an SQLite register get a PostgreSQL URL, as option or variable
        let initialised = try dsr.run(["init", "--database", url], in: work)
        let registered = try dsr.run(
            ["register", "access", "--name", "Maija Meikäläinen", "--received", "2026-11-20", "--database", url],
            in: work)
        let listed = try dsr.run(["list"], environment: ["DSR_DATABASE": url], in: work)
        let restored = try dsr.run(["restore", "backup.sqlite"], environment: ["DSR_DATABASE": url], in: work)

        // Then each fails with exit 74 naming the register without its user name, and nothing is created
        for result in [initialised, registered, listed, restored] {
            #expect(result.status == 74)
            #expect(result.stderr.contains("postgresql://127.0.0.1:1/dsr"))
            #expect(!result.stderr.contains("dsr@"))
        }
        #expect(Self.contents(of: work).isEmpty)
    }
}
