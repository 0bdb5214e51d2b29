import Foundation
import Testing

/// `dsr sent`, `dsr delivered`, the due and overdue lists of answers printed but not sent, and
/// `dsr letter --format eml`, through the built binary (issue 15).
@Suite("dsr sent, delivered, letter --format eml")
struct DispatchCommandTests {
    /// A register with a controller (with an e-mail address) and an access request received 5 October 2026
    /// (deadline 5 November), refused on 2 November with its refusal certificate issued as 2026-0001/L1.
    private func refusedAndIssued(email: String? = "matti@example.fi") throws -> DSRBinary {
        let dsr = try DSRBinary()
        try dsr.run([
            "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--contact", "Sasu Mikkola",
            "--email", "tietosuoja@esimerkki.fi",
        ])
        try dsr.run(
            ["register", "access", "--name", "Matti Meikäläinen", "--received", "2026-10-05"]
                + (email.map { ["--email", $0] } ?? []))
        try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Neljäs pyyntö.", "--on", "2026-11-02",
        ])
        let pdf = dsr.folder.appendingPathComponent("refusal.pdf")
        let issued = try dsr.run([
            "letter", "2026-0001", "--issue", "--format", "pdf", "--date", "2026-11-02", "--output", pdf.path,
        ])
        #expect(issued.status == 0, "\(issued.stderr)")
        return dsr
    }

    @Test func sentAndDeliveredAreRecordedWithTheirRules() throws {
        let dsr = try refusedAndIssued()
        defer { dsr.remove() }
        // Wrong days: before the letter's date, after today, delivered before sent or not sent at all
        #expect(try dsr.run(["sent", "2026-0001/L1", "--on", "2026-11-01", "--via", "post"]).status == 65)
        #expect(try dsr.run(["sent", "2026-0001/L1", "--on", "2026-11-22", "--via", "post"]).status == 65)
        #expect(try dsr.run(["delivered", "2026-0001/L1", "--on", "2026-11-04"]).status == 1)
        #expect(try dsr.run(["sent", "2026-0001/L2", "--on", "2026-11-03", "--via", "post"]).status == 66)
        #expect(try dsr.run(["sent", "2026-0001/L1", "--on", "2026-11-03", "--via", "pigeon"]).status == 65)

        // A Finnish channel word, a tracking code that is never echoed in errors
        let sent = try dsr.run([
            "sent", "2026-0001/L1", "--on", "3.11.2026", "--via", "posti", "--tracking", "JJFI65432100",
        ])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("2026-0001/L1  sent on 2026-11-03 by post"))
        let again = try dsr.run(["sent", "2026-0001/L1", "--on", "2026-11-04", "--via", "email"])
        #expect(again.status == 65 && again.stderr.contains("--reason"))
        let corrected = try dsr.run([
            "sent", "2026-0001/L1", "--on", "2026-11-04", "--via", "sähköposti", "--reason", "lähti vasta 4.11.",
        ])
        #expect(corrected.stdout.contains("(corrects the record of 2026-11-03)"))
        #expect(try dsr.run(["delivered", "2026-0001/L1", "--on", "2026-11-03"]).status == 65)
        #expect(try dsr.run(["delivered", "2026-0001/L1", "--on", "2026-11-05"]).status == 0)

        // show lists the letter's dispatch; the register verifies
        let show = try dsr.run(["show", "2026-0001"])
        #expect(show.stdout.contains("2026-0001/L1  refusal  dated 2026-11-02  sent on 2026-11-04 by e-mail"))
        #expect(show.stdout.contains("delivered on 2026-11-05"))
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func anAnswerPrintedButNotSentIsDueAndOverdueAndLateOnceSentLate() throws {
        let dsr = try refusedAndIssued()
        defer { dsr.remove() }
        // Printed on 2 November, not sent: due lists it first, overdue lists it, the report counts it open
        let due = try dsr.run(["due"])
        #expect(due.stdout.contains("Answers printed but not sent (1)"))
        #expect(due.stdout.contains("[printed, not sent: 2026-0001/L1]"))
        #expect(try dsr.run(["due", "--format", "json"]).stdout.contains("\"unsentAnswer\" : \"2026-0001/L1\""))
        let overdue = try dsr.run(["overdue"])
        #expect(overdue.stdout.contains("printed, not sent: 2026-0001/L1; 16 days overdue"))
        #expect(try dsr.run(["overdue", "--format", "json"]).stdout.contains("\"unsentAnswer\" : \"2026-0001/L1\""))
        let open = try dsr.run(["report", "--year", "2026", "--format", "json"]).stdout
        #expect(open.contains("\"answeredLate\" : 0") && open.contains("\"openPastDeadline\" : 1"))

        // Sent on 6 November, after the deadline of 5 November: late
        let sent = try dsr.run(["sent", "2026-0001/L1", "--on", "2026-11-06", "--via", "post"])
        #expect(sent.stdout.contains("answered late"))
        let late = try dsr.run(["report", "--year", "2026", "--format", "json"]).stdout
        #expect(late.contains("\"answeredLate\" : 1") && late.contains("\"answeredOnTime\" : 0"))
        #expect(!(try dsr.run(["due"]).stdout.contains("printed but not sent")))
        #expect(try dsr.run(["overdue"]).stdout.contains("No overdue requests"))
    }

    @Test func anEmailDraftIsAMIMEMessageWithThePDFAttached() throws {
        let dsr = try refusedAndIssued()
        defer { dsr.remove() }
        let eml = dsr.folder.appendingPathComponent("l1.eml")
        let written = try dsr.run([
            "letter", "2026-0001", "--issue", "--format", "eml", "--date", "2026-11-02", "--output", eml.path,
        ])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try Data(contentsOf: eml)
        let second = try dsr.run(["letter", "2026-0001", "--issue", "--format", "eml", "--date", "2026-11-02"])
        #expect(Data(second.stdout.utf8) == bytes)  // the same letter gives the same bytes
        let text = String(decoding: bytes, as: UTF8.self)
        // CRLF line ends only, no line over 78 characters, a draft to the person from the controller
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(text.contains("\r\nX-Unsent: 1\r\n") && text.contains("\r\nTo: <matti@example.fi>\r\n"))
        #expect(text.contains("From: =?utf-8?b?") && text.contains("<tietosuoja@esimerkki.fi>"))
        #expect(text.hasPrefix("Date: Mon, 02 Nov 2026 12:00:00 +0200\r\n"))
        #expect(text.contains("filename=\"2026-0001-L1.pdf\""))
        // The attachment is the issued PDF, byte for byte
        let parts = text.components(
            separatedBy: "Content-Disposition: attachment; filename=\"2026-0001-L1.pdf\"\r\n\r\n")
        let base64 = try #require(parts.last?.components(separatedBy: "\r\n--").first)
        let attached = try #require(Data(base64Encoded: base64.replacingOccurrences(of: "\r\n", with: "")))
        let pdf = try Data(contentsOf: dsr.folder.appendingPathComponent("refusal.pdf"))
        #expect(attached == pdf)
    }

    @Test func anEmailDraftNeedsTheAddressAndNamesNone() throws {
        let dsr = try refusedAndIssued(email: nil)
        defer { dsr.remove() }
        let refused = try dsr.run(["letter", "2026-0001", "--format", "eml"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("case 2026-0001 has no e-mail address"))
        #expect(refused.stdout.isEmpty)
    }
}
