import DSRStore
import Foundation
import Testing

/// A reference shared by two people is a conflict, not "already imported"; and a purged request, which keeps only
/// keyed tags of its reference and import key, is not brought back by importing its row again.
struct ImportReferenceTests {
    private func write(_ text: String, _ name: String, in dsr: DSRBinary) throws -> String {
        let path = dsr.folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func checksum(_ dsr: DSRBinary) -> String {
        let bytes = [dsr.database, dsr.database + "-wal"].flatMap { path in
            FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        }
        return SQLiteStore.sha256ForTesting(bytes)
    }

    @Test func aRowWhoseReferenceBelongsToAnotherPersonIsAConflictAndNothingIsImported() throws {
        // Given a request registered by hand with a reference
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(
            try dsr.run([
                "register", "access", "--name", "Aino Arkistoija", "--received", "2026-11-02",
                "--reference", "CRM-7",
            ]).status == 0)
        let before = checksum(dsr)

        // When a file brings another person under the same reference, with a valid new row beside it
        let file = try write(
            "kind,received,name,reference\naccess,2026-11-03,Bertta Poistaja,NEW-1\n"
                + "erasure,2026-11-02,Cecilia Rajoittaja,CRM-7\n", "rows.csv", in: dsr)
        let result = try dsr.run(["import", file])

        // Then it is a conflict on line 3, exit 65, no name in the message, and nothing was imported
        #expect(result.status == 65, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("line 3"))
        #expect(result.stderr.contains("another person"))
        for name in ["Aino", "Bertta", "Cecilia"] { #expect(!(result.stdout + result.stderr).contains(name)) }
        #expect(checksum(dsr) == before)
        // And the same person's row under that reference is still "already present"
        let same = try write(
            "kind,received,name,reference\naccess,2026-11-02,aino  arkistoija,CRM-7\n", "same.csv", in: dsr)
        let again = try dsr.run(["import", same])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try dsr.run(["list", "--all", "--format", "csv"]).stdout.split(separator: "\n").count == 2)
    }

    @Test func purgedRequestsAreNotBroughtBackByAReimport() throws {
        // Given two imported requests, one with a reference and one without, withdrawn and purged
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try write(
            "kind,received,name,reference\naccess,2026-01-05,Aino Arkistoija,Sähköposti Aino 5.1.\n"
                + "erasure,2026-01-06,Bertta Poistaja,\n", "old.csv", in: dsr)
        #expect(try dsr.run(["import", file]).status == 0)
        #expect(try dsr.run(["withdraw", "2026-0001", "--on", "2026-01-09"]).status == 0)
        #expect(try dsr.run(["withdraw", "2026-0002", "--on", "2026-01-09"]).status == 0)
        let purge = try dsr.run(["purge", "--closed-before", "2026-03-01"])
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stdout.contains("Not reached by purge"))
        // The reference is gone from the register's record
        #expect(!(try dsr.run(["show", "2026-0001"])).stdout.contains("Sähköposti"))

        // When the old spreadsheet is imported again, both rows are recognised and nothing is added
        let again = try dsr.run(["import", file])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try dsr.run(["list", "--all", "--format", "csv"]).stdout.split(separator: "\n").count == 3)
        #expect(try dsr.run(["audit", "verify"]).status == 0)

        // And without the register's key the tags cannot be checked: the import stops (74) and adds nothing
        try FileManager.default.removeItem(atPath: dsr.database + ".key")
        let keyless = try dsr.run(["import", file])
        #expect(keyless.status == 74)
        #expect(keyless.stderr.contains(dsr.database + ".key"))
        #expect(try dsr.run(["list", "--all", "--format", "csv"]).stdout.split(separator: "\n").count == 3)
    }
}
