import Foundation
import Testing

/// `dsr attach`, `attachments`, `attachment get` and `case set --enclose` (issues 15 and 14) through the built
/// binary: exit codes, messages, files written, and `audit verify` over the attachments.
struct AttachmentCommandTests {
    /// A register with one access request received 2 November 2026; today is 21 November.
    private static func registered() throws -> DSRBinary {
        let dsr = try DSRBinary()
        let result = try dsr.run([
            "register", "access", "--name", "Aino Asiakas", "--email", "aino@example.fi",
            "--received", "2026-11-02",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return dsr
    }

    /// Writes a file in the test's folder and returns its path.
    private static func file(_ dsr: DSRBinary, _ name: String, _ bytes: Data) throws -> String {
        let path = dsr.folder.appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func attachListGetAndTheRefusals() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        let bytes = Data("allekirjoitettu pyyntö".utf8)
        let path = try Self.file(dsr, "Aino Asiakas pyyntö.pdf", bytes)

        let attached = try dsr.run(["attach", "2026-0001", path, "--label", "signed-request"])
        #expect(attached.status == 0, "\(attached.stderr)")
        #expect(attached.stdout.contains("2026-0001/A1  attached: signed-request"))
        let listed = try dsr.run(["attachments", "2026-0001"])
        #expect(listed.stdout.contains("A1  signed-request  23 B"), "\(listed.stdout)")
        #expect(listed.stdout.contains("plain  kept"))
        #expect(!listed.stdout.contains("Aino"))
        let json = try dsr.run(["attachments", "2026-0001", "--format", "json"]).stdout
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.first?["number"] as? String == "2026-0001/A1")
        #expect(array.first?["deleted"] as? Bool == false)
        #expect(try dsr.run(["show", "2026-0001"]).stdout.contains("Attachments:\n  A1  signed-request"))

        // Reading it back writes the bytes, and never replaces a file without --force
        let output = dsr.folder.appendingPathComponent("copy.pdf").path
        #expect(try dsr.run(["attachment", "get", "2026-0001/A1", "--output", output]).status == 0)
        #expect(FileManager.default.contents(atPath: output) == bytes)
        let exists = try dsr.run(["attachment", "get", "2026-0001/A1", "--output", output])
        #expect(exists.status == 73)
        #expect(try dsr.run(["attachment", "get", "2026-0001/A1", "--output", output, "--force"]).status == 0)
        #expect(try dsr.run(["attachment", "get", "2026-0001/A9", "--output", output + "2"]).status == 66)
        #expect(try dsr.run(["attachment", "get", "2026-0001/X1", "--output", output + "2"]).status == 65)

        // Too big (before the register is touched), empty, a label with a name in it, a missing file
        let big = try Self.file(dsr, "big.bin", Data(count: (1 << 20) + 1))
        let tooBig = try dsr.run(["attach", "2026-0001", big, "--max-size", "1"])
        #expect(tooBig.status == 65)
        #expect(tooBig.stderr.contains("larger than the limit of 1 MB"), "\(tooBig.stderr)")
        let tooBigByVariable = try dsr.run(["attach", "2026-0001", big], environment: ["DSR_MAX_ATTACHMENT_MB": "1"])
        #expect(tooBigByVariable.status == 65)
        #expect(try dsr.run(["attach", "2026-0001", big, "--max-size", "0"]).status == 65)
        #expect(try dsr.run(["attach", "2026-0001", try Self.file(dsr, "empty", Data())]).status == 65)
        let badLabel = try dsr.run(["attach", "2026-0001", path, "--label", "Aino Asiakas"])
        #expect(badLabel.status == 65)
        #expect(!badLabel.stderr.contains("Aino"))
        #expect(try dsr.run(["attach", "2026-0001", dsr.folder.appendingPathComponent("nothing").path]).status == 66)
        #expect(try dsr.run(["attachments", "2026-0001", "--format", "json"]).stdout == json)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func identityEvidenceIsSealedAndDeletedOnceTheIdentityIsConfirmed() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        #expect(try dsr.run(["request-identity", "2026-0001", "--on", "2026-11-03"]).status == 0)
        let card = try Self.file(dsr, "ajokortti.jpg", Data("ajokortti".utf8))
        let attached = try dsr.run(["attach", "2026-0001", card, "--label", "identity"])
        #expect(attached.status == 0, "\(attached.stderr)")
        #expect(attached.stdout.contains("sealed"))
        // The bytes are not in the register file in the clear
        let stored = try SQLiteTool.run(dsr.database, "SELECT hex(content) FROM attachment WHERE number = 1")
        #expect(!stored.contains(Data("ajokortti".utf8).map { String(format: "%02X", $0) }.joined()))

        #expect(try dsr.run(["receive-identity", "2026-0001", "--on", "2026-11-10"]).status == 0)
        let listed = try dsr.run(["attachments", "2026-0001"]).stdout
        #expect(listed.contains("sealed  deleted on 2026-11-21 (identity confirmed"), "\(listed)")
        let gone = try dsr.run([
            "attachment", "get", "2026-0001/A1", "--output", dsr.folder.appendingPathComponent("x").path,
        ])
        #expect(gone.status == 66)
        #expect(gone.stderr.contains("deleted"))
        #expect(try SQLiteTool.run(dsr.database, "SELECT content IS NULL FROM attachment").contains("1"))
        #expect(try dsr.run(["attach", "2026-0001", card, "--label", "identity"]).status == 1)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func auditVerifyFindsAChangedOrDeletedAttachment() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        let path = try Self.file(dsr, "pyynto.pdf", Data("pyyntö".utf8))
        #expect(try dsr.run(["attach", "2026-0001", path]).status == 0)
        #expect(try dsr.run(["attach", "2026-0001", path]).status == 0)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
        try SQLiteTool.tamper(dsr.database, "UPDATE attachment SET content = X'00' WHERE number = 1")
        try SQLiteTool.tamper(dsr.database, "UPDATE attachment SET content = NULL WHERE number = 2")
        let verify = try dsr.run(["audit", "verify"])
        #expect(verify.status == 1, "\(verify.stdout)\(verify.stderr)")
        let report = verify.stdout + verify.stderr
        #expect(report.contains("attachment"), "\(report)")
        // The changed bytes are never given out
        let output = dsr.folder.appendingPathComponent("copy.pdf").path
        let mismatch = try dsr.run(["attachment", "get", "2026-0001/A1", "--output", output])
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.contains("2026-0001/A1"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// The chain walk collects the `attachment-added` events (issue 19): an event whose row was deleted is still found,
    /// in sequence order, and an attachment that is still stored is not reported.
    @Test func auditVerifyFindsAttachmentEventsWhoseRowsWereDeleted() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        #expect(
            try dsr.run(["register", "erasure", "--name", "Eino Esimerkki", "--received", "2026-11-03"]).status == 0)
        let path = try Self.file(dsr, "pyynto.pdf", Data("pyyntö".utf8))
        for caseNumber in ["2026-0001", "2026-0002", "2026-0001"] {
            #expect(try dsr.run(["attach", caseNumber, path]).status == 0)
        }
        #expect(try dsr.run(["audit", "verify"]).status == 0)
        try SQLiteTool.tamper(dsr.database, "DELETE FROM attachment WHERE caseSequence = 2 OR number = 2")
        let verify = try dsr.run(["audit", "verify"])
        #expect(verify.status == 1, "\(verify.stdout)\(verify.stderr)")
        let lines = verify.stdout.split(separator: "\n").filter { $0.contains("has no stored row") }
        #expect(
            lines == [
                "  event 5 (case 2026-0002): an attachment of case 2026-0002 recorded in the chain has no stored row "
                    + "(deleted behind dsr's back)",
                "  event 6 (case 2026-0001): an attachment of case 2026-0001 recorded in the chain has no stored row "
                    + "(deleted behind dsr's back)",
            ], "\(verify.stdout)")
    }
    @Test func caseSetEnclosesTheCopyOfTheDataAndPurgeDeletesIt() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        let copy = try Self.file(dsr, "kopio.pdf", Data("tiedot".utf8))
        let enclosed = try dsr.run(["case", "set", "2026-0001", "--enclose", copy])
        #expect(enclosed.status == 0, "\(enclosed.stderr)")
        #expect(enclosed.stdout.contains("2026-0001/A1  attached: data-copy"))
        #expect(try dsr.run(["attachments", "2026-0001"]).stdout.contains("A1  data-copy"))
        let big = try Self.file(dsr, "big.bin", Data(count: (1 << 20) + 1))
        let tooBig = try dsr.run(
            ["case", "set", "2026-0001", "--enclose", big, "--phone", "040 1"],
            environment: ["DSR_MAX_ATTACHMENT_MB": "1"])
        #expect(tooBig.status == 65)
        #expect(!(try dsr.run(["show", "2026-0001"]).stdout.contains("040 1")))

        #expect(try dsr.run(["withdraw", "2026-0001", "--on", "2026-11-05"]).status == 0)
        #expect(try dsr.run(["purge", "--closed-before", "2026-11-21"]).status == 0)
        #expect(
            try dsr.run(["attachments", "2026-0001"]).stdout.contains("deleted on 2026-11-21 (personal data purged)"))
        #expect(
            try SQLiteTool.run(dsr.database, "SELECT count(*) FROM attachment WHERE content IS NOT NULL")
                .contains("0"))
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }
}
