import DSRCore
import Foundation
import Testing

@testable import DSRPostgres

/// Tampering with a PostgreSQL register behind dsr's back: the owner disables the triggers that refuse it
/// (`session_replication_role = replica`, which also silences foreign keys) and changes, deletes or inserts rows of
/// each evidence table with `psql`; the register's verification (`dsr audit verify`) must then report a problem that
/// names what broke. The tests run when `DSR_TEST_POSTGRES_URL` is set.
struct PostgresTamperTests {
    /// One change behind dsr's back and the problem it must cause.
    struct Tampering: Sendable, CustomTestStringConvertible {
        /// The SQL run as the owner with triggers off.
        var sql: String
        /// The kind of problem expected.
        var kind: ChainProblem.Kind
        /// The event it must name, if any.
        var sequence: Int64?
        /// The case it must name, if any.
        var caseNumber: CaseNumber?

        var testDescription: String { sql }
    }

    /// The first and second case of the register ``make(_:)`` builds.
    private static let first = CaseNumber(year: 2026, sequence: 1)
    private static let second = CaseNumber(year: 2026, sequence: 2)

    /// Every evidence table, changed, deleted from and inserted into. The register holds: event 1 the controller
    /// profile, events 2 and 3 the registrations of cases 2026-0001 and 2026-0002, event 4 a letter of 2026-0001,
    /// event 5 an attachment of 2026-0002.
    static let tamperings: [Tampering] = [
        Tampering(sql: "UPDATE event SET actor = 'someone' WHERE sequence = 2", kind: .hashMismatch, sequence: 2),
        Tampering(sql: "DELETE FROM event WHERE sequence = 3", kind: .missingEvents, sequence: 4),
        Tampering(
            sql: "INSERT INTO event SELECT sequence + 1, case_year, case_sequence, name, on_day, recorded_at, actor, "
                + "workflow_version, state_after, data, state_hash, previous_hash, hash, format, personal_hash "
                + "FROM event WHERE sequence = 5", kind: .brokenLink, sequence: 6),
        Tampering(
            sql: "UPDATE event_personal SET data = replace(data, 'Maija', 'Mirja') WHERE sequence = 2",
            kind: .personalDataMismatch, sequence: 2),
        Tampering(sql: "DELETE FROM event_personal WHERE sequence = 3", kind: .personalDataMissing, sequence: 3),
        Tampering(
            sql: "INSERT INTO event_personal VALUES (1, 'salt', '{}')", kind: .unexpectedPersonalData, sequence: 1),
        Tampering(
            sql: "UPDATE request SET record = replace(record, 'Maija', 'Mirja') WHERE case_sequence = 2",
            kind: .stateMismatch, caseNumber: second),
        Tampering(sql: "DELETE FROM request WHERE case_sequence = 2", kind: .missingRequest, caseNumber: second),
        // A request row naming an earlier event of its case, an event of another case, or no event at all.
        Tampering(
            sql: "UPDATE request SET last_event_sequence = 3 WHERE case_sequence = 2", kind: .missingEvent,
            caseNumber: second),
        Tampering(
            sql: "UPDATE request SET last_event_sequence = 2 WHERE case_sequence = 2", kind: .missingEvent,
            caseNumber: second),
        Tampering(
            sql: "UPDATE request SET last_event_sequence = 99 WHERE case_sequence = 2", kind: .missingEvent,
            caseNumber: second),
        // The columns lists and the overdue list read, beside the record the chain vouches for.
        Tampering(
            sql: "UPDATE request SET deadline = '2027-12-31' WHERE case_sequence = 2", kind: .columnsMismatch,
            caseNumber: second),
        Tampering(
            sql: "UPDATE request SET clock = 'stopped' WHERE case_sequence = 2", kind: .columnsMismatch,
            caseNumber: second),
        Tampering(
            sql: "UPDATE request SET import_key = repeat('0', 64) WHERE case_sequence = 2", kind: .importKeyMismatch,
            caseNumber: second),
        Tampering(
            sql: "INSERT INTO request SELECT case_year, 3, kind, state, clock, workflow_version, received, deadline, "
                + "closed_on, is_open, outcome, last_event_sequence, record, NULL, NULL, channel, language, "
                + "is_extended FROM request WHERE case_sequence = 2",
            kind: .missingEvent, caseNumber: CaseNumber(year: 2026, sequence: 3)),
        Tampering(
            sql: "UPDATE controller_profile SET profile = replace(profile, 'Esimerkki', 'Toinen')",
            kind: .stateMismatch, sequence: 1),
        Tampering(sql: "DELETE FROM controller_profile", kind: .missingProfile, sequence: 1),
        Tampering(
            sql: "INSERT INTO controller_profile SELECT 2, profile, created_at, 3 FROM controller_profile",
            kind: .stateMismatch, sequence: 3),
        Tampering(sql: "UPDATE case_counter SET last = 7", kind: .counterMismatch),
        Tampering(sql: "DELETE FROM case_counter", kind: .counterMismatch),
        Tampering(sql: "INSERT INTO case_counter VALUES (2030, 1)", kind: .counterMismatch),
        Tampering(sql: "UPDATE letter SET date = '2026-01-01'", kind: .letterMismatch, sequence: 4),
        Tampering(sql: "DELETE FROM letter_file; DELETE FROM letter", kind: .letterMismatch, sequence: 4),
        Tampering(
            sql: "INSERT INTO letter SELECT case_year, 2, number, type, language, date, profile_version, format, "
                + "body_sha256, 3 FROM letter", kind: .letterMismatch, sequence: 3),
        Tampering(sql: "UPDATE letter_file SET content = 'changed'::bytea", kind: .letterMismatch, sequence: 4),
        Tampering(
            sql: "UPDATE chain_head SET sequence = 3, hash = (SELECT hash FROM event WHERE sequence = 3)",
            kind: .missingEvents),
        Tampering(sql: "UPDATE attachment SET content = 'changed'::bytea", kind: .attachmentMismatch, sequence: 5),
        Tampering(sql: "UPDATE attachment SET content = NULL", kind: .attachmentMismatch, sequence: 5),
        Tampering(sql: "DELETE FROM attachment", kind: .attachmentMismatch, sequence: 5),
        Tampering(
            sql: "INSERT INTO attachment SELECT case_year, case_sequence, 2, sha256, size, sealed, content, 4 "
                + "FROM attachment", kind: .attachmentMismatch, sequence: 4),
    ]

    /// Builds the register the tamperings change, straight through the storage.
    static func make(_ store: PostgresStore) async throws {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let day = try #require(CivilDate(year: 2026, month: 3, day: 2))
        _ = try await store.saveControllerProfile(
            ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5"),
            entry: EventEntry(
                caseNumber: nil, name: "controller-set", on: day, recordedAt: now, actor: "test-officer",
                workflowVersion: 0, stateAfter: nil, data: "{}"))
        let workflow = try WorkflowCatalog.builtIn()[.access]
        for name in ["Maija Meikäläinen", "Maija Virtanen"] {
            let draft = RequestDraft(
                kind: .access, subject: DataSubject(name: name, email: "maija@example.fi"), received: day)
            _ = try await store.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                    actor: "test-officer", now: now)
            }
        }
        let body = Array("Vastaanottoilmoitus".utf8)
        let issued = try await store.issueLetter(first) { context in
            let sha256 = AttachmentData.sha256Hex(Data(body))
            let letter = IssuedLetter(
                number: context.number, type: .acknowledgement, language: .fi, date: day,
                profileVersion: context.profileVersion, format: .text, bodySHA256: sha256,
                files: [IssuedLetter.File(format: .text, sha256: sha256, content: body)])
            let entry = EventEntry(
                caseNumber: first, name: SystemEvent.letterIssued.rawValue, on: day, recordedAt: now,
                actor: "test-officer", workflowVersion: context.record.workflowVersion,
                stateAfter: context.record.state, data: letter.eventData())
            return (letter: (letter, entry), outcome: 0)
        }
        #expect(issued.issued?.eventSequence == 4)
        let scan = Data("henkilökortti".utf8)
        _ = try await store.addAttachment(
            second, content: scan, sealed: false, actor: "test-officer", today: Today(date: day, now: now)
        ) { record, _, number in
            let data = AttachmentData(
                number: number.sequence, label: "signed-request", name: "kortti.pdf", size: scan.count,
                sha256: AttachmentData.sha256Hex(scan), sensitive: false)
            var entry = EventEntry(
                caseNumber: second, name: SystemEvent.attachmentAdded.rawValue, on: day, recordedAt: now,
                actor: "test-officer", workflowVersion: record.workflowVersion, stateAfter: record.state,
                data: EventEntry.canonicalJSON(data))
            entry.publicData = EventEntry.canonicalJSON(data.replacingPersonalData(with: PersonalData.withheld))
            return (entry, 0)
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func anUntouchedRegisterVerifies() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            try await Self.make(store)
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [try await store.chainAnchor()],
                checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.eventsChecked == 5 && report.requestsChecked == 2 && report.profilesChecked == 1)
            #expect(report.lettersChecked == 1 && report.requestsReplayed == 2 && report.personalDataChecked == 3)
            await store.close()
        }
    }

    // One case at a time: each opens a pool of up to 8 connections, and 27 at once beside the other suites went past
    // the test cluster's 100 (psql was refused "too many clients").
    @Test(.enabled(if: PostgresServer.isGiven), .serialized, arguments: tamperings)
    func tamperingWithTriggersDisabledIsReportedNamingWhatBroke(_ tampering: Tampering) async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            try await Self.make(store)

            // When the owner changes the register with its triggers off
            let result = try PostgresServer.psql(
                location, "SET session_replication_role = replica; " + tampering.sql)
            #expect(result.status == 0, "\(result.stderr)")

            // Then its verification reports the change, at the event or case that broke
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [], checkingIdentityKey: false)
            #expect(!report.isIntact)
            #expect(
                report.problems.contains { problem in
                    problem.kind == tampering.kind
                        && (tampering.sequence == nil || problem.sequence == tampering.sequence)
                        && (tampering.caseNumber == nil || problem.caseNumber == tampering.caseNumber)
                }, "\(report.problems)")
            await store.close()
        }
    }
}
