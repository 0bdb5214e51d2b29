import Foundation
import Testing

/// `dsr search`: the built binary finds requests by their texts, prints them as `list` does, and refuses a search
/// text with nothing to search for without repeating it.
struct SearchCommandTests {
    /// A register of three people: 2026-0001 Maija Meikäläinen, 2026-0002 Åsa Åhlström (closed), 2026-0003 Matti
    /// Meikäläinen.
    static func registerThree(_ dsr: DSRBinary) throws {
        for arguments in [
            [
                "register", "access", "--name", "Maija Meikäläinen", "--email", "maija@example.fi",
                "--phone", "+358 40 123 4567", "--received", "2026-11-02", "--reference", "CRM-77",
            ],
            [
                "register", "erasure", "--name", "Åsa Åhlström", "--email", "asa@example.se", "--received",
                "2026-11-03",
                "--note", "Soitti tiistaina",
            ],
            [
                "register", "access", "--name", "Matti Meikäläinen", "--address", "Hämeenkatu 5\n33100 Tampere",
                "--received", "2026-11-04",
            ],
            ["withdraw", "2026-0002", "--on", "2026-11-05"],
        ] {
            let result = try dsr.run(arguments)
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test func searchFindsByNameEmailPhoneCaseNumberAndNoteNewestFirst() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try Self.registerThree(dsr)

        let byName = try dsr.run(["search", "meikalainen"])
        #expect(byName.status == 0, "\(byName.stderr)")
        let lines = byName.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(byName.stdout)")
        #expect(lines.first?.hasPrefix("CASE") == true && lines.first?.contains("NAME") == true)
        #expect(lines.dropFirst().map { String($0.prefix(9)) } == ["2026-0003", "2026-0001"])
        #expect(byName.stdout.contains("Matti Meikäläinen"))

        #expect(try dsr.run(["search", "ahlstrom"]).stdout.contains("2026-0002"))  // closed requests too
        #expect(try dsr.run(["search", "asa@example.se", "--format", "csv"]).stdout.contains("2026-0002,erasure"))
        #expect(try dsr.run(["search", "0401234567", "--format", "csv"]).stdout.contains("2026-0001,access"))
        #expect(try dsr.run(["search", "2026-3", "--format", "csv"]).stdout.split(separator: "\n").count == 2)
        #expect(try dsr.run(["search", "tiistai"]).stdout.contains("2026-0002"))
        #expect(try dsr.run(["search", "crm-77"]).stdout.contains("2026-0001"))
        // several arguments are several words, each of which must match
        #expect(try dsr.run(["search", "matti", "meik"]).stdout.split(separator: "\n").count == 2)
        #expect(try dsr.run(["search", "maija meik"]).stdout.contains("2026-0001"))
    }

    @Test func formatsLimitAndNoNamesWorkAsForList() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try Self.registerThree(dsr)

        let limited = try dsr.run(["search", "meikalainen", "--limit", "1", "--format", "json"])
        #expect(limited.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(limited.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.map { $0["case"] as? String } == ["2026-0003"])
        #expect(rows?.first?["name"] as? String == "Matti Meikäläinen")

        let hidden = try dsr.run(["search", "meikalainen", "--no-names"])
        #expect(!hidden.stdout.contains("Meikäläinen") && !hidden.stdout.contains("NAME"))
        let hiddenByEnvironment = try dsr.run(
            ["search", "meikalainen", "--format", "csv"],
            environment: ["DSR_NO_NAMES": "1"])
        #expect(!hiddenByEnvironment.stdout.contains("Meikäläinen"))
        #expect(hiddenByEnvironment.stdout.hasPrefix("case,kind,"))
    }

    @Test func noMatchSaysSoAndSucceeds() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try Self.registerThree(dsr)

        let table = try dsr.run(["search", "virtanen"])
        #expect(table.status == 0)
        #expect(table.stdout == "No request matches the search.\n")
        #expect(table.stderr.isEmpty)
        #expect(try dsr.run(["search", "virtanen", "--format", "json"]).stdout.filter { !$0.isWhitespace } == "[]")
        let csv = try dsr.run(["search", "virtanen", "--format", "csv"])
        #expect(csv.status == 0 && csv.stdout.split(separator: "\n").count == 1)
    }

    @Test(arguments: [[""], ["  "], ["\""], ["*"], ["(", ")"], ["--", "-"]])
    func aSearchTextWithNothingToSearchForIsInvalidData(words: [String]) throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try Self.registerThree(dsr)

        let result = try dsr.run(["search"] + words)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix("Error: the search text is empty or has no letter or digit"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func queryLanguageIsNeverTrappedOrEchoed() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try Self.registerThree(dsr)

        for text in [
            "\"meikalainen", "NEAR(maija matti)", "meik*", "maija OR matti", "name:maija", "{maija}", "^maija",
        ] {
            let result = try dsr.run(["search", text])
            #expect(result.status == 0, "\(text): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(text): \(result.stderr)")
        }
        #expect(try dsr.run(["search", "\"meikalainen"]).stdout.contains("2026-0001"))
        #expect(try dsr.run(["search", "maija OR matti"]).stdout == "No request matches the search.\n")
        // A long personal text that fails is not repeated
        let long = try dsr.run(["search", String(repeating: "Meikäläinen ", count: 50)])
        #expect(long.status == 65)
        #expect(!long.stderr.contains("Meikäläinen"))
    }

    @Test func usageErrorsAndTheKeyedLookup() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try Self.registerThree(dsr)
        #expect(
            try dsr.run([
                "register", "access", "--name", "Aino Arkistoija", "--hetu", "131052-308T",
                "--received", "2026-11-06",
            ]).status == 0)

        let none = try dsr.run(["search"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("give the text to search for"))
        #expect(try dsr.run(["search", "maija", "--hetu", "131052-308T"]).status == 64)
        let badLimit = try dsr.run(["search", "maija", "--limit", "0"])
        #expect(badLimit.status == 65)
        #expect(badLimit.stderr.contains("--limit must be from 1 to 10000"))

        // --hetu goes through the keyed lookup, as list --hetu does
        let byCode = try dsr.run(["search", "--hetu", "131052-308T", "--format", "csv"])
        #expect(byCode.status == 0, "\(byCode.stderr)")
        #expect(byCode.stdout == (try dsr.run(["list", "--hetu", "131052-308T", "--format", "csv"])).stdout)
        #expect(byCode.stdout.contains("2026-0004"))
        // the code is not a searchable text: it is sealed, never indexed
        #expect(try dsr.run(["search", "131052-308T"]).stdout == "No request matches the search.\n")
    }

    @Test func aPurgedCaseIsNoLongerFoundByName() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try Self.registerThree(dsr)

        let purge = try dsr.run(["purge", "--closed-before", "2026-11-20"])
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(try dsr.run(["search", "ahlstrom"]).stdout == "No request matches the search.\n")
        #expect(try dsr.run(["search", "2026-0002"]).stdout.contains("2026-0002"))
    }
}
