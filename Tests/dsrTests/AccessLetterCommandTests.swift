import Foundation
import Testing

/// Issue 14 through the built binary: the access information of `case set`, the access response and the partial
/// refusal that print it, the letter date rules, the late refusal and the extension notice's window in `show`.
struct AccessLetterCommandTests {
    /// A register with a controller profile (no privacy notice) and one access request received 2 November 2026
    /// (deadline 2 December); today is 21 November.
    private static func registered() throws -> DSRBinary {
        let dsr = try DSRBinary()
        for arguments in [
            [
                "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--contact",
                "Sasu Mikkola",
            ],
            ["register", "access", "--name", "Aino Asiakas", "--received", "2026-11-02", "--language", "en"],
        ] {
            let result = try dsr.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return dsr
    }

    /// The access information a case needs, as `case set` arguments.
    private static let information = [
        "--categories", "Name and contact details\nOrder history", "--purposes", "Delivering your orders.",
        "--recipients", "Posti Oy (deliveries)", "--retention", "Six years.", "--automated-decisions", "none",
    ]

    @Test func anAccessResponseWithoutItsRequiredPartsIsRefusedNamingThem() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        #expect(try dsr.run(["complete", "2026-0001"]).status == 0)
        #expect(try dsr.run(["case", "set", "2026-0001", "--recipients", "Posti Oy"]).status == 0)
        let refused = try dsr.run(["letter", "2026-0001", "access-response", "--issue"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "neither the case nor the controller profile gives: --purposes, --categories, --retention, "
                    + "--automated-decisions"))
        #expect(!refused.stderr.contains("Posti") && !refused.stderr.contains("Aino"))
        #expect(try dsr.run(["letter", "issued", "2026-0001"]).stdout.contains("No letters have been issued"))
    }

    @Test func caseSetRecordsTheAccessInformationAndTheResponsePrintsIt() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        // Filling in needs no reason; changing a recorded value does
        let filled = try dsr.run(["case", "set", "2026-0001"] + Self.information)
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(filled.stdout.contains("corrected: categories, purposes, recipients, retention, automatedDecisions"))
        let changed = try dsr.run(["case", "set", "2026-0001", "--recipients", "Posti Oy, DHL"])
        #expect(changed.status == 65)
        #expect(changed.stderr.contains("(--recipients)") && !changed.stderr.contains("DHL"))
        #expect(
            try dsr.run(["case", "set", "2026-0001", "--recipients", "Posti Oy, DHL", "--reason", "DHL too"]).status
                == 0)
        let show = try dsr.run(["show", "2026-0001"]).stdout
        #expect(show.contains("  recipients: Posti Oy, DHL"))
        #expect(show.contains("  automatedDecisions: none"))
        // The response prints them as they apply to the person
        #expect(try dsr.run(["complete", "2026-0001"]).status == 0)
        let letter = try dsr.run(["letter", "2026-0001", "access-response", "--issue"])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.contains("Recipients of your personal data (Article 15(1)(c))\nPosti Oy, DHL"))
        #expect(letter.stdout.contains("- Order history"))
        #expect(letter.stdout.contains("No decisions based solely on automated processing"))
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func aPartialRefusalOfAccessCarriesBothParts() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        #expect(try dsr.run(["case", "set", "2026-0001"] + Self.information).status == 0)
        let refused = try dsr.run([
            "refuse", "2026-0001", "--ground", "tsl34-1-security-crime", "--reason", "Investigation under way.",
            "--partial", "Your customer data and order history.",
        ])
        #expect(refused.status == 0, "\(refused.stderr)")
        let letter = try dsr.run(["letter", "2026-0001", "refusal"])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.contains("Your request is refused in part."))
        #expect(letter.stdout.contains("Information on the part of your request that has been granted"))
        #expect(letter.stdout.contains("Recipients of your personal data (Article 15(1)(c))\nPosti Oy (deliveries)"))
        #expect(letter.stdout.contains("Data Protection Ombudsman"))
    }

    @Test func aLetterDateMustLieFromReceiptToTodayAndAReprintKeepsItsDate() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        for date in ["2026-11-01", "2026-11-22"] {
            let refused = try dsr.run(["letter", "2026-0001", "acknowledgement", "--date", date, "--issue"])
            #expect(refused.status == 65, "\(date)")
            #expect(refused.stderr.contains("Give a date from the day of receipt to today."))
        }
        let issued = try dsr.run(["letter", "2026-0001", "acknowledgement", "--date", "2026-11-03", "--issue"])
        #expect(issued.status == 0, "\(issued.stderr)")
        #expect(issued.stderr.contains("dated 3.11.2026"))
        // Without --date, the same letter is the one issued on 3.11.2026, with its date
        let again = try dsr.run(["letter", "2026-0001", "acknowledgement", "--issue"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("Letter 2026-0001/L1 with this content was already issued"))
        #expect(try dsr.run(["letter", "2026-0001", "acknowledgement"]).stdout.contains("3 November 2026"))
    }

    @Test func aLateRefusalIsRecordedAsLateAndShown() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(
            try dsr.run(["register", "access", "--name", "Aino Arkistoija", "--received", "2026-09-01"]).status == 0)
        let late = try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Toistuva pyyntö",
            "--on", "2026-10-05",
        ])
        #expect(late.status == 0)
        #expect(late.stderr.contains("the refusal is late"))
        #expect(
            try dsr.run(["show", "2026-0001"]).stdout.contains("Late:      refused on 2026-10-05, after the deadline"))
        let json = try dsr.run(["show", "2026-0001", "--format", "json"]).stdout
        #expect(json.contains("\"late\" : true") || json.contains("\"late\":true"))
        let report = try dsr.run(["report", "--from", "2026-01-01", "--to", "2026-12-31"])
        #expect(report.stdout.contains("Refusals: 1 (partial 0, late 1)"), "\(report.stdout)")
    }

    @Test func showGivesTheExtensionNoticeWindowThatPausesDoNotWiden() throws {
        let dsr = try Self.registered()
        defer { dsr.remove() }
        #expect(try dsr.run(["request-identity", "2026-0001", "--on", "2026-11-03"]).status == 0)
        #expect(try dsr.run(["receive-identity", "2026-0001", "--on", "2026-11-13"]).status == 0)
        let show = try dsr.run(["show", "2026-0001"]).stdout
        #expect(show.contains("Deadline 2026-12-14:"), "\(show)")
        #expect(show.contains("Extension notice by 2026-12-02 (GDPR Art. 12(3): within one month of receipt"))
    }
}
