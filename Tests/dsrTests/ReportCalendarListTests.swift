import Foundation
import Testing

/// `dsr report`, `dsr calendar` and the name column of `list`, `overdue` and `due` through the binary (issue 15).
struct ReportCalendarListTests {
    /// The day every command runs on.
    static let today = "2026-06-15"

    /// Runs each command, expecting success.
    private func given(_ dsr: DSRBinary, _ commands: [[String]], sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        for arguments in commands {
            let result = try dsr.run(arguments, today: Self.today)
            #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    /// A year of requests built by hand, each figure of the report known:
    /// 0001 access, completed on time after 21 days; 0002 access by post, completed late after 36 days;
    /// 0003 access by web form, extended on 20 March, open and past its extended deadline (2 June) on 15 June;
    /// 0004 rectification, open, not due until 25 June; 0005 access, refused after 19 days;
    /// 0006 access, withdrawn; 0007 access by phone, paused 5 days, completed after 20 days.
    private func year(_ dsr: DSRBinary) throws {
        try given(
            dsr,
            [
                ["register", "access", "--name", "Aino Ajoissa", "--received", "2026-01-12"],
                ["complete", "2026-0001", "--on", "2026-02-02"],
                ["register", "access", "--name", "Bertta Myöhässä", "--received", "2026-02-02", "--channel", "post"],
                ["complete", "2026-0002", "--on", "2026-03-10"],
                [
                    "register", "access", "--name", "Cecilia Jatkettu", "--received", "2026-03-02", "--channel",
                    "web-form",
                ],
                ["extend", "2026-0003", "--reason", "Tiedot kolmessa järjestelmässä", "--on", "2026-03-20"],
                ["register", "rectification", "--name", "Daavid Avoin", "--received", "2026-05-25"],
                ["register", "access", "--name", "Eero Evätty", "--received", "2026-04-01"],
                [
                    "refuse", "2026-0005", "--ground", "art12-5-excessive", "--reason", "Toistuva pyyntö", "--on",
                    "2026-04-20",
                ],
                ["register", "access", "--name", "Fanni Peruja", "--received", "2026-04-10"],
                ["withdraw", "2026-0006", "--on", "2026-04-15"],
                ["register", "access", "--name", "Gunnar Odottaja", "--received", "2026-04-20", "--channel", "phone"],
                ["request-identity", "2026-0007", "--on", "2026-04-22"],
                ["receive-identity", "2026-0007", "--on", "2026-04-27"],
                ["complete", "2026-0007", "--on", "2026-05-10"],
            ])
    }

    @Test func everyFigureOfTheReportIsTheHandCountedOne() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try year(dsr)
        let result = try dsr.run(["report", "--year", "2026", "--format", "json"], today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["from"] as? String == "2026-01-01")
        #expect(report["to"] as? String == "2026-12-31")
        #expect(report["asOf"] as? String == "2026-06-15")
        #expect(report["receivedByKind"] as? [String: Int] == ["access": 6, "rectification": 1])
        #expect(report["receivedByChannel"] as? [String: Int] == ["email": 4, "post": 1, "web-form": 1, "phone": 1])
        #expect(report["closedByKind"] as? [String: Int] == ["access": 5])
        #expect(report["answeredOnTime"] as? Int == 3)
        #expect(report["answeredLate"] as? Int == 1)
        #expect(report["stillOpen"] as? Int == 2)
        #expect(report["openPastDeadline"] as? Int == 1)
        #expect(report["medianDaysToClose"] as? Double == 20.5)
        #expect(report["p90DaysToClose"] as? Int == 36)
        #expect(report["extensionsUsed"] as? Int == 1)
        #expect(report["pausedRequests"] as? Int == 1)
        #expect(report["pausedDays"] as? Int == 5)
        #expect(report["refusals"] as? Int == 1)
        #expect(report["partialRefusals"] as? Int == 0)
        #expect(report["refusalsByGround"] as? [String: Int] == ["art12-5-excessive": 1])
        #expect(report["withdrawals"] as? Int == 1)

        let text = try dsr.run(["report", "--year", "2026"], today: Self.today).stdout
        #expect(text.contains("As of 2026-06-15"))
        #expect(text.contains("Still open: 2   of which past the deadline: 1"))
        #expect(text.contains("Extensions used: 1"))
        // A report of a year that has ended counts on its last day: 0004 (due 25 June) is then past its deadline.
        let later = try dsr.run(["report", "--year", "2026", "--format", "csv"], today: "2027-02-01").stdout
        #expect(later.contains("as_of,,2026-12-31\n"))
        #expect(later.contains("open_past_deadline,,2\n"))
    }

    @Test func calendarRemindsAndCancelsClosedRequests() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try year(dsr)
        let result = try dsr.run(["calendar"], today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout.replacingOccurrences(of: "\r\n ", with: "")
        func event(_ uid: String) -> String? {
            guard let start = text.range(of: "UID:\(uid)\r\n") else { return nil }
            return String(
                text[start.lowerBound...].prefix { _ in true }.split(separator: "END:VEVENT", maxSplits: 1)[0])
        }
        // 0004: deadline Thursday 25 June 2026; three working days before is Monday 22 June, 09:00 EEST = 06:00Z.
        let open = try #require(event("deadline-2026-0004@dsr"))
        #expect(open.contains("STATUS:CONFIRMED"))
        #expect(open.contains("TRIGGER;VALUE=DATE-TIME:20260622T060000Z"))
        // 0007 closed 10 May (36 days ago) stays, cancelled; 0001 closed 2 February (133 days ago) is gone.
        let closed = try #require(event("deadline-2026-0007@dsr"))
        #expect(closed.contains("STATUS:CANCELLED"))
        #expect(!closed.contains("VALARM"))
        #expect(event("deadline-2026-0001@dsr") == nil)

        let one = try dsr.run(["calendar", "--remind", "1"], today: Self.today).stdout
        #expect(one.contains("TRIGGER;VALUE=DATE-TIME:20260624T060000Z"))
        let bad = try dsr.run(["calendar", "--remind", "31"], today: Self.today)
        #expect(bad.status == 65)
    }

    @Test func listShowsNamesUnlessHidden() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try year(dsr)
        let table = try dsr.run(["list"], today: Self.today).stdout
        #expect(table.contains("NAME"))
        #expect(table.contains("Daavid Avoin"))
        for hidden in [
            try dsr.run(["list", "--no-names"], today: Self.today),
            try dsr.run(["list"], today: Self.today, environment: ["DSR_NO_NAMES": "1"]),
            try dsr.run(["overdue", "--no-names"], today: Self.today),
            try dsr.run(["due", "--no-names", "--within", "30"], today: Self.today),
            try dsr.run(["list", "--no-names", "--format", "csv"], today: Self.today),
            try dsr.run(["list", "--format", "json"], today: Self.today, environment: ["DSR_NO_NAMES": "1"]),
        ] {
            #expect(hidden.status == 0)
            #expect(!hidden.stdout.contains("Daavid") && !hidden.stdout.contains("Cecilia"))
            #expect(!hidden.stdout.contains("NAME") && !hidden.stdout.contains("name"))
        }
        #expect(try dsr.run(["overdue"], today: Self.today).stdout.contains("Cecilia Jatkettu"))
        #expect(try dsr.run(["due", "--within", "30"], today: Self.today).stdout.contains("Daavid Avoin"))
        let csv = try dsr.run(["list", "--format", "csv"], today: Self.today).stdout
        #expect(
            csv.hasPrefix(
                "case,kind,state,clock,received,deadline,days_left,overdue,extended,channel,language,closed,outcome,name\n"
            ))
        #expect(csv.contains(",Daavid Avoin\n"))
        #expect(
            try dsr.run(["list", "--format", "json"], today: Self.today).stdout.contains("\"name\" : \"Daavid Avoin\""))
        #expect(
            try dsr.run(["due", "--format", "csv", "--within", "30"], today: Self.today).stdout.contains(",name\n"))
    }

    @Test func longNamesAreCutAndControlCharactersEscaped() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try given(
            dsr,
            [
                ["register", "access", "--name", "Maria-Magdaleena Pitkänimi-Esimerkkinen", "--received", "2026-06-01"]
            ])
        let table = try dsr.run(["list"], today: Self.today).stdout
        #expect(table.contains("Maria-Magdaleena Pitkän…"))
        #expect(!table.contains("Esimerkkinen"))
        let due = try dsr.run(["due", "--within", "30"], today: Self.today).stdout
        #expect(due.contains("Maria-Magdaleena Pitkän…"))
        // The CSV keeps the whole name.
        #expect(try dsr.run(["list", "--format", "csv"], today: Self.today).stdout.contains("Pitkänimi-Esimerkkinen"))

        // A name with an escape sequence, as an older dsr or another tool may have stored it.
        try given(dsr, [["register", "access", "--name", "Olli Oikea", "--received", "2026-06-02"]])
        try SQLiteTool.tamper(
            dsr.database,
            #"""
            UPDATE request SET record = replace(record, 'Olli Oikea', 'Olli\u001b[2J') WHERE caseSequence = 2;
            """#)
        for arguments in [["list"], ["due", "--within", "30"]] {
            let output = try dsr.run(arguments, today: Self.today).stdout
            #expect(!output.contains("\u{1B}"), "\(arguments)")
            #expect(output.contains("Olli\\u{1B}[2J"), "\(arguments)")
        }
    }

    @Test func aPurgedRequestShowsRemovedInsteadOfTheName() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try given(
            dsr,
            [
                ["register", "access", "--name", "Vanha Asiakas", "--received", "2020-03-02"],
                ["complete", "2020-0001", "--on", "2020-03-10"],
                ["purge", "--closed-before", "2021-01-01"],
            ])
        for arguments in [
            ["list", "--all"], ["list", "--all", "--format", "csv"], ["list", "--all", "--format", "json"],
        ] {
            let output = try dsr.run(arguments, today: Self.today).stdout
            #expect(output.contains("[removed]"), "\(arguments): \(output)")
            #expect(!output.contains("Vanha"), "\(arguments)")
        }
    }
}
