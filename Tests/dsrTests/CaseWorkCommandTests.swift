import Foundation
import Testing

/// `dsr case set`, `note`, `void` and `reopen` (issue 15) through the built binary: exit codes, messages, and the
/// record kept in `show` and `audit verify`.
struct CaseWorkCommandTests {
    /// A register with one access request received 2 November 2026 (deadline 2 December); today is 21 November.
    private static func registered() throws -> DSRBinary {
        let dsr = try DSRBinary()
        let result = try dsr.run([
            "register", "access", "--name", "Aino Asiakas", "--email", "aino@example.fi",
            "--received", "2026-11-02",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return dsr
    }

    /// The number `dsr show` gives the case's first event named `name` (`#N` in its timeline).
    private static func number(of name: String, in dsr: DSRBinary) throws -> String {
        let timeline = try dsr.run(["show", "2026-0001"]).stdout
        let line = try #require(
            timeline.split(separator: "\n").first { $0.split(separator: " ").contains(Substring(name)) })
        return String(try #require(line.split(separator: " ").first { $0.hasPrefix("#") }).dropFirst())
    }

    @Test func caseSetNeedsAReasonToChangeARecordedValueAndMovesTheDeadline() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        // Filling in the phone needs no reason
        let filled = try dsr.run(["case", "set", "2026-0001", "--phone", "040 123 4567"])
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(filled.stdout.contains("corrected: phone"))
        // Changing the e-mail address without one is invalid data naming --reason, and never echoes the value
        let refused = try dsr.run(["case", "set", "2026-0001", "--email", "aino.a@example.fi"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("--reason"))
        #expect(!refused.stderr.contains("aino"))
        // No field at all is a usage error
        #expect(try dsr.run(["case", "set", "2026-0001", "--reason", "x"]).status == 64)
        // A new day of receipt moves the deadline and says so
        let moved = try dsr.run(["case", "set", "2026-0001", "--received", "5.11.2026", "--reason", "stamp misread"])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("Deadline moved from 2026-12-02 to 2026-12-07"))
        let show = try dsr.run(["show", "2026-0001"])
        #expect(show.stdout.contains("case-set → received  by test-officer  (received 2026-11-02 → 2026-11-05)"))
        #expect(show.stdout.contains("(phone filled in)"))
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func aNoteShowsInShowAsTextAndJSON() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        let added = try dsr.run(["note", "2026-0001", "Soitettu; kopio postitse."])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try dsr.run(["show", "2026-0001"]).stdout.contains("Notes:\n  2026-11-21  Soitettu; kopio postitse."))
        let json = try dsr.run(["show", "2026-0001", "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == "Soitettu; kopio postitse.")
        #expect(try dsr.run(["note", "2026-0001", " "]).status == 65)
    }

    @Test func aVoidedWrongDateExtensionReplaysItsDeadline() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        #expect(try dsr.run(["extend", "2026-0001", "--on", "2026-11-20", "--reason", "paljon aineistoa"]).status == 0)
        // The right day, earlier, cannot be recorded beside it
        #expect(try dsr.run(["extend", "2026-0001", "--on", "2026-11-10", "--reason", "x"]).status != 0)
        let extend = try Self.number(of: "extend", in: dsr)
        let missingReason = try dsr.run(["void", "2026-0001", extend])
        #expect(missingReason.status == 65)
        #expect(missingReason.stderr.contains("--reason"))
        let voided = try dsr.run(["void", "2026-0001", "#" + extend, "--reason", "wrong day"])
        #expect(voided.status == 0, "\(voided.stderr)")
        #expect(voided.stdout.contains("event \(extend) (extend) is void"))
        #expect(voided.stdout.contains("Deadline moved from 2027-02-02 to 2026-12-02"))
        #expect(try dsr.run(["extend", "2026-0001", "--on", "2026-11-10", "--reason", "paljon aineistoa"]).status == 0)
        let show = try dsr.run(["show", "2026-0001"]).stdout
        #expect(
            show.contains(
                "#\(extend)  2026-11-20  extend → in-progress  by test-officer  (deadline extended by two months)  [void]"
            ))
        #expect(show.contains("void → received  by test-officer  (voids #\(extend))"))
        let audit = try dsr.run(["audit", "verify"])
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        // The voided event stays in the audit export
        let export = try dsr.run(["audit", "export", "2026-0001"]).stdout
        #expect(export.contains("\"name\":\"extend\",\"on\":\"2026-11-20\""))
        #expect(export.contains("\"name\":\"void\""))
    }

    @Test func registrationsAndIssuedLettersAreNeverVoided() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        let registration = try dsr.run(["void", "2026-0001", try Self.number(of: "register", in: dsr), "--reason", "x"])
        #expect(registration.status == 1)
        #expect(registration.stderr.contains("can never be voided"))
        #expect(try dsr.run(["void", "2026-0001", "99", "--reason", "x"]).status == 66)
        #expect(try dsr.run(["void", "2026-0001", "x1", "--reason", "x"]).status == 65)
        let profile = try dsr.run([
            "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5",
            "--address", "Esimerkkikatu 2, 00100 Helsinki", "--email", "tietosuoja@example.fi",
            "--contact", "Tietosuojavastaava",
        ])
        #expect(profile.status == 0, "\(profile.stderr)")
        let letter = try dsr.run([
            "letter", "write", "2026-0001", "acknowledgement", "--issue", "--output",
            dsr.folder.appendingPathComponent("ack.md").path,
        ])
        #expect(letter.status == 0, "\(letter.stderr)")
        let events = try dsr.run(["show", "2026-0001"]).stdout
        let line = try #require(events.split(separator: "\n").first { $0.contains("letter-issued") })
        let number = try #require(line.split(separator: " ").first { $0.hasPrefix("#") }).dropFirst()
        let refused = try dsr.run(["void", "2026-0001", String(number), "--reason", "x"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("issued letters are superseded, not voided: issue a new letter"))
    }

    @Test func reopenTakesACompletedRequestBack() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        let open = try dsr.run(["reopen", "2026-0001", "--reason", "x"])
        #expect(open.status == 1)
        #expect(open.stderr.contains("is open"))
        #expect(try dsr.run(["complete", "2026-0001", "--on", "2026-11-10"]).status == 0)
        let completion = try dsr.run(["void", "2026-0001", try Self.number(of: "complete", in: dsr), "--reason", "x"])
        #expect(completion.status == 1)
        #expect(completion.stderr.contains("dsr reopen 2026-0001"))
        let reopened = try dsr.run(["reopen", "2026-0001", "--reason", "the person answered"])
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(reopened.stdout.contains("completed → in-progress  deadline 2026-12-02"))
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }
}
