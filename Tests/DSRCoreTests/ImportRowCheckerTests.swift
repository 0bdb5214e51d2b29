import DSRCore
import Foundation
import Testing

/// Checking import rows: every problem of a row is listed by column, and valid rows become drafts and histories.
struct ImportRowCheckerTests {
    static let today = CivilDate(year: 2026, month: 11, day: 21) ?? CivilDate(daysSinceEpoch: 0)

    /// A row under a header, at line 2.
    static func row(_ cells: KeyValuePairs<String, String>) throws -> ImportRow {
        let header = try ImportHeader(cells.map(\.key))
        guard case .row(let row) = header.row(CSVParser.Record(line: 2, fields: cells.map(\.value))) else {
            throw ImportError.emptyFile
        }
        return row
    }

    static func check(_ cells: KeyValuePairs<String, String>) throws -> ImportRowChecker.Checked {
        var checker = ImportRowChecker(workflows: try WorkflowCatalog.builtIn(), today: today)
        return checker.check(try row(cells))
    }

    static func issues(_ cells: KeyValuePairs<String, String>) throws -> [ImportIssue] {
        guard case .invalid(let issues) = try check(cells) else { return [] }
        return issues
    }

    static func request(_ cells: KeyValuePairs<String, String>) throws -> ImportedRequest {
        let checked = try check(cells)
        guard case .request(let request) = checked else {
            Issue.record("expected a valid row, got \(checked)")
            throw ImportError.emptyFile
        }
        return request
    }

    @Test func finnishHeadersFinnishDatesAndNames() throws {
        // Given a row with Finnish headers, a Finnish date, a Finnish kind and channel
        let request = try Self.request([
            "Viite": "T-17", "Laji": "tarkastuspyyntö", "Saapunut": "5.10.2026", "Nimi": " Matti Meikäläinen ",
            "Sähköposti": "matti@example.fi", "Osoite": "Kotikatu 1\n00100 Helsinki", "Kieli": "ruotsi",
            "Kanava": "posti",
        ])

        // Then it is a draft with cleaned values
        #expect(request.line == 2)
        #expect(
            request.draft
                == RequestDraft(
                    kind: .access,
                    subject: DataSubject(
                        name: "Matti Meikäläinen", email: "matti@example.fi",
                        address: "Kotikatu 1\n00100 Helsinki"),
                    received: try #require(CivilDate(year: 2026, month: 10, day: 5)), channel: .post, language: .sv,
                    reference: "T-17"))
    }

    @Test func aPausedRowNamesItsPausingEvent() throws {
        // Given a request waiting for identity since 3 November (Finnish header for the day of the pause)
        let request = try Self.request([
            "laji": "access", "saapunut": "2.11.2026", "nimi": "A", "tila": "awaiting-identity",
            "keskeytetty": "3.11.2026",
        ])

        // Then it is rebuilt from the first state through request-identity on that day
        #expect(request.pauseEvent == EventID("request-identity"))
        #expect(request.paused == CivilDate(year: 2026, month: 11, day: 3))
        #expect(request.acknowledged == nil)
    }

    @Test func everyProblemOfARowIsListedByItsColumnWithoutTheValues() throws {
        // Given a row with four bad cells under Finnish headers
        let secret = "Salainen Henkilö"
        let issues = try Self.issues([
            "laji": "valituspyyntö", "saapunut": "31.2.2026", "nimi": "", "sähköposti": secret,
        ])

        // Then each is reported under the file's own column name, on line 2
        #expect(issues.map(\.column) == ["laji", "saapunut", "nimi", "sähköposti"])
        #expect(issues.allSatisfy { $0.line == 2 })
        // And no message repeats what the cell held
        #expect(!issues.contains { $0.description.contains(secret) || $0.description.contains("valituspyyntö") })
    }

    @Test(arguments: [
        ("2026-11-22", "after today"),
        ("2018-05-24", "before 25 May 2018"),
        ("2026-13-01", "not a real date"),
        ("", "is empty"),
    ])
    func receivedMustBeARealDayOfTheGDPREraUpToToday(received: String, expected: String) throws {
        let issues = try Self.issues(["kind": "access", "received": received, "name": "A"])
        #expect(issues.count == 1)
        #expect(issues.first?.column == "received")
        #expect(issues.first?.message.contains(expected) == true, "\(issues)")
    }

    @Test func datesWithATimeOfDayAsSpreadsheetsWriteThem() throws {
        let request = try Self.request(["kind": "access", "received": "5.11.2026 14:30", "name": "A"])
        #expect(request.draft.received == CivilDate(year: 2026, month: 11, day: 5))
    }

    @Test(arguments: [
        (["closed": "2026-11-01"], "outcome", "needs its outcome"),
        (["outcome": "completed"], "closed", "needs the day it was closed"),
        (["state": "completed", "closed": "2026-11-01", "outcome": "refused"], "outcome", "does not match"),
        (["state": "in-progress", "closed": "2026-11-01"], "state", "open state"),
        (["state": "awaiting-identity"], "paused", "needs the day its clock was paused"),
        (["kind": "restriction", "state": "restricted"], "state", "cannot be imported"),
        (["paused": "2026-10-05"], "paused", "not one that waits for the data subject"),
        (["state": "in-progress", "paused": "2026-10-05"], "paused", "not one that waits for the data subject"),
        (
            ["state": "awaiting-clarification", "acknowledged": "2026-10-10", "paused": "2026-10-05"], "paused",
            "before"
        ),
        (["state": "no-such-state"], "state", "not a state"),
        (["state": "received", "acknowledged": "2026-10-02"], "state", "first state"),
        (["extended": "2026-10-20"], "extension_reason", "needs its reasons"),
        (["extended": "2026-11-20", "extension_reason": "busy"], "extended", "after the first month"),
        (["acknowledged": "2026-10-10", "extended": "2026-10-05", "extension_reason": "busy"], "extended", "before"),
        (["closed": "2026-09-30", "outcome": "withdrawn"], "closed", "before received"),
        (["direct_marketing": "yes"], "direct_marketing", "only to objections"),
        (["outcome": "maybe", "closed": "2026-11-01"], "outcome", "not completed"),
        (["email": "not-an-address"], "email", "not an e-mail"),
        (["name": "Tab\tbed"], "name", "control characters"),
        (["name": "M\u{FFFD}ki"], "name", "UTF-8"),
    ])
    func historyColumnsMustFitTogether(extra: [String: String], column: String, expected: String) throws {
        // Given an access request received on 1 October 2026 with some history columns
        var cells: [(String, String)] = [("kind", "access"), ("received", "2026-10-01"), ("name", "A")]
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) {
            if let index = cells.firstIndex(where: { $0.0 == key }) {
                cells[index].1 = value
            } else {
                cells.append((key, value))
            }
        }
        let header = try ImportHeader(cells.map(\.0))
        guard case .row(let row) = header.row(CSVParser.Record(line: 7, fields: cells.map(\.1))) else {
            Issue.record("the row cannot be read")
            return
        }

        // When it is checked
        var checker = ImportRowChecker(workflows: try WorkflowCatalog.builtIn(), today: Self.today)
        let checked = checker.check(row)

        // Then the problem is named in the right column
        guard case .invalid(let issues) = checked else {
            Issue.record("expected \(column) to be refused")
            return
        }
        #expect(issues.contains { $0.column == column && $0.message.contains(expected) }, "\(issues)")
    }

    @Test func theImportKeyComesFromTheRegistrationDataAlone() throws {
        let cells: KeyValuePairs<String, String> = [
            "kind": "erasure", "received": "2026-10-01", "name": "A B", "email": "a@b.fi",
        ]
        let first = try Self.request(cells)
        let again = try Self.request(cells)
        let other = try Self.request(["kind": "erasure", "received": "2026-10-01", "name": "A C", "email": "a@b.fi"])
        let closedLater = try Self.request([
            "kind": "erasure", "received": "2026-10-01", "name": "A B", "email": "a@b.fi",
            "closed": "2026-10-10", "outcome": "completed", "viite": "X-1",
        ])
        #expect(first.draft.reference == nil)
        #expect(first.importKey == again.importKey)
        #expect(first.importKey.count == 64)
        #expect(first.importKey != other.importKey)
        // A row closed since, or given a reference since, is the same request
        #expect(first.importKey == closedLater.importKey)
    }

    @Test func sha256OfTheImportKeyIsTheStandardOne() throws {
        // The key is SHA-256 in plain Swift; a record and its draft give the same key
        let draft = RequestDraft(
            kind: .access, subject: DataSubject(name: "A"),
            received: try #require(CivilDate(year: 2026, month: 1, day: 2)))
        let record = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 1), kind: .access, state: StateID("received"),
            workflowVersion: 1, received: draft.received, subject: draft.subject, channel: draft.channel,
            language: .fi, isDirectMarketing: false, note: "not part of the key", clock: .running,
            deadline: draft.received)
        #expect(ImportKey.of(draft) == ImportKey.of(record))
        #expect(ImportKey.of(draft).allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test func unknownDuplicateAndMissingColumnsStopTheWholeFile() {
        #expect(
            throws: ImportError.invalidHeader([
                .unknown("colour", position: 2, closest: nil), .missing(.received, closest: nil),
                .missing(.name, closest: nil),
            ])
        ) { try ImportHeader(["kind", "colour"]) }
        #expect(
            throws: ImportError.invalidHeader([
                .duplicate("nimi", position: 3, column: .name, first: 1),
                .missing(.received, closest: nil),
            ])
        ) {
            try ImportHeader(["name", "kind", "nimi"])
        }
        #expect(throws: ImportError.invalidHeader([.missing(.received, closest: nil), .missing(.name, closest: nil)])) {
            try ImportHeader(["laji"])
        }
    }

    @Test func tooManyFieldsIsAnIssueOfTheRow() throws {
        let header = try ImportHeader(["kind", "received", "name"])
        guard
            case .invalid(let issue) = header.row(
                CSVParser.Record(line: 4, fields: ["access", "2026-10-01", "A", "B"]))
        else {
            Issue.record("expected an issue")
            return
        }
        #expect(issue.line == 4)
        #expect(issue.message.contains("4 fields"))
    }
}
