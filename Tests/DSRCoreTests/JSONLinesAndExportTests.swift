import DSRCore
import Foundation
import Testing

/// JSON Lines input, format detection and the export columns.
struct JSONLinesAndExportTests {
    static func parse(_ text: String, chunk: Int = 5) throws -> [ImportRow.Parsed] {
        var parser = JSONLinesParser()
        var rows: [ImportRow.Parsed] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            try parser.parse(bytes[start..<min(bytes.count, start + chunk)]) { rows.append($0) }
            start += chunk
        }
        try parser.finish { rows.append($0) }
        return rows
    }

    @Test func objectsPerLineWithFinnishKeysNumbersAndNulls() throws {
        // Given JSON Lines with a BOM, a blank line, Finnish keys, a number and a null
        let rows = try Self.parse(
            "\u{FEFF}{\"laji\":\"access\",\"saapunut\":\"5.11.2026\",\"nimi\":\"A\",\"viite\":42,\"email\":null}\n\n"
                + "{\"kind\":\"erasure\",\"received\":\"2026-11-05\",\"name\":\"B\\nC\"}")

        // Then two rows come out, on their own line numbers, with the values as text
        #expect(rows.count == 2)
        guard case .row(let first) = rows[0], case .row(let second) = rows[1] else {
            Issue.record("expected two rows: \(rows)")
            return
        }
        #expect(first.line == 1)
        #expect(first[.kind] == "access")
        #expect(first[.reference] == "42")
        #expect(first[.email] == "")
        #expect(first.header(of: .received) == "saapunut")
        #expect(second.line == 3)
        #expect(second[.name] == "B\nC")
    }

    @Test func badLinesAndUnknownKeysAreIssuesOfTheirLine() throws {
        let rows = try Self.parse(
            "{\"kind\":\"access\"\n{\"kind\":\"access\",\"colour\":\"red\"}\n[1,2]\n{\"name\":[1]}\n")
        let issues = rows.compactMap { row -> ImportIssue? in
            if case .invalid(let issue) = row { return issue }
            return nil
        }
        #expect(issues.map(\.line) == [1, 2, 3, 4])
        #expect(issues[1].column == "colour")
        #expect(!issues.contains { $0.description.contains("red") })
    }

    @Test func formatIsToldFromTheFirstCharacter() {
        #expect(ImportFormat.detect(Array("\u{FEFF}  {\"kind\":1}".utf8)) == .jsonLines)
        #expect(ImportFormat.detect(Array("kind,received,name".utf8)) == .csv)
        #expect(ImportFormat.detect(Array("\u{FEFF}laji;saapunut".utf8)) == .csv)
    }

    @Test func exportWritesEveryImportColumnOfARecord() throws {
        // Given a closed objection to direct marketing with a reference, a multi-line address and a note
        var record = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 42), kind: .objection, state: StateID("completed"),
            workflowVersion: 1, received: try #require(CivilDate(year: 2026, month: 10, day: 5)),
            subject: DataSubject(
                name: "Virtanen, Anna", email: "anna@example.fi", address: "Katu 1\n00100 Helsinki",
                phone: "+358 40 1"),
            channel: .webForm, language: .sv, isDirectMarketing: true, note: "Sanoi \"ei\"; heti", clock: .stopped,
            deadline: try #require(CivilDate(year: 2026, month: 11, day: 5)), reference: "CRM-1")
        record.closedOn = CivilDate(year: 2026, month: 10, day: 9)
        record.outcome = .completed

        // When it is written as CSV and as JSON Lines
        let line = RequestExport.csvLine(
            record, acknowledgedOn: CivilDate(year: 2026, month: 10, day: 6), separator: ";")
        let json = try RequestExport.jsonLine(record, acknowledgedOn: nil)

        // Then every column is there, quoted where needed, the telephone number neutralised against formula
        // injection (issue 12), and the header names them in order
        #expect(
            RequestExport.csvHeader() == "case,reference,kind,received,name,email,phone,address,language,channel,"
                + "direct_marketing,note,state,acknowledged,extended,extension_reason,paused,closed,outcome")
        #expect(
            line == "2026-0042;CRM-1;objection;2026-10-05;\"Virtanen, Anna\";anna@example.fi;'+358 40 1;"
                + "\"Katu 1\n00100 Helsinki\";sv;web-form;yes;\"Sanoi \"\"ei\"\"; heti\";completed;2026-10-06;;;;"
                + "2026-10-09;completed")
        #expect(!json.contains("\n"))
        #expect(json.contains("\"direct_marketing\":\"yes\""))
        #expect(!json.contains("acknowledged"))
    }

    @Test func everyExportColumnIsAnImportColumnUnderItsOwnName() {
        for column in ImportColumn.exportOrder {
            #expect(ImportColumn(header: column.rawValue) == column)
            #expect(ImportColumn(header: column.finnishName) == column)
            #expect(ImportColumn(header: column.finnishName.uppercased()) == column)
        }
        #expect(Set(ImportColumn.exportOrder) == Set(ImportColumn.allCases))
        #expect(ImportColumn.allCases.map(\.ordinal) == Array(0..<ImportColumn.allCases.count))
    }
}
