import DSRCore
import DSRStore
import Foundation
import Testing

/// The rows `dsr audit verify` checks against the chain beside the events themselves: letters' dispatch records and
/// the start of dispatch records, the tags a purge keeps, and letter files without a letter. Each is changed behind
/// dsr's back (triggers dropped), and the audit must name what broke.
struct DispatchAndTagAuditTests {
    /// One change behind dsr's back and the problem it must cause.
    struct Tampering: Sendable, CustomTestStringConvertible {
        /// The SQL run with the triggers dropped.
        var sql: String
        /// The kind of problem expected.
        var kind: ChainProblem.Kind
        /// The event it must name, if any.
        var sequence: Int64?
        /// The case it must name, if any.
        var caseNumber: CaseNumber?

        var testDescription: String { sql }
    }

    /// The refused case with the letter, and the purged case with a reference.
    private static let refused = CaseNumber(year: 2026, sequence: 1)
    private static let purged = CaseNumber(year: 2026, sequence: 2)

    /// The register ``make(in:)`` builds: event 1 registers 2026-0001, 2 refuses it, 3 issues its letter L1, 4 records
    /// it sent, 5 delivered; 6 registers 2026-0002 (with a reference), 7 purges it, keeping the tag of its
    /// reference.
    static let tamperings: [Tampering] = [
        Tampering(
            sql: "UPDATE letterDispatch SET \"on\" = '2026-03-01' WHERE kind = 'sent'", kind: .dispatchMismatch,
            sequence: 4, caseNumber: refused),
        Tampering(
            sql: "UPDATE letterDispatch SET via = 'hand' WHERE kind = 'sent'", kind: .dispatchMismatch, sequence: 4),
        Tampering(sql: "DELETE FROM letterDispatch WHERE kind = 'delivered'", kind: .dispatchMismatch, sequence: 5),
        Tampering(
            sql: "INSERT INTO letterDispatch SELECT 6, caseYear, caseSequence, number, kind, '2026-03-04', via "
                + "FROM letterDispatch WHERE kind = 'sent'", kind: .dispatchMismatch, sequence: 6),
        Tampering(sql: "UPDATE dispatchTracking SET firstTrackedEvent = 100", kind: .dispatchMismatch),
        Tampering(sql: "UPDATE dispatchTracking SET firstTrackedEvent = 5", kind: .dispatchMismatch, sequence: 4),
        Tampering(sql: "DELETE FROM dispatchTracking", kind: .dispatchMismatch),
        Tampering(sql: "INSERT INTO dispatchTracking VALUES (9)", kind: .dispatchMismatch),
        Tampering(
            sql: "UPDATE purgedTag SET tag = 'x' || tag", kind: .purgedTagMismatch, sequence: 7, caseNumber: purged),
        Tampering(sql: "DELETE FROM purgedTag", kind: .purgedTagMismatch, sequence: 7, caseNumber: purged),
        Tampering(
            sql: "INSERT INTO purgedTag VALUES ('0123', 2026, 2)", kind: .purgedTagMismatch, sequence: 7,
            caseNumber: purged),
        Tampering(
            sql: "INSERT INTO purgedTag VALUES ('0123', 2026, 1)", kind: .purgedTagMismatch, caseNumber: refused),
        Tampering(
            sql: "INSERT INTO letterFile SELECT caseYear, caseSequence, number + 1, format, sha256, content "
                + "FROM letterFile", kind: .letterMismatch, caseNumber: refused),
    ]

    /// Builds the register the tamperings change, in `folder` (the register's key file lives there).
    private static func make(in folder: TemporaryFolder) async throws -> SQLiteStore {
        let store = try SQLiteStore(path: folder.file("register.db"), create: true)
        let service = try Fixture.service(store)
        let received = try Fixture.day(2026, 3, 2)
        let record = try Fixture.register(service, received: received)
        try Fixture.apply(
            service, "refuse", to: record.caseNumber, on: received, reason: "Toistuva",
            grounds: ["art12-5-excessive"])
        _ = try service.issueLetter(record.caseNumber, actor: Fixture.actor, now: Fixture.now, today: received) {
            context in
            IssuedLetterStoreTests.letter(context.number, profileVersion: context.profileVersion, date: received)
        }
        let letter = LetterNumber(caseNumber: record.caseNumber, sequence: 1)
        for (name, via, day) in [
            (SystemEvent.letterSent, DispatchChannel.post, 3), (SystemEvent.letterDelivered, nil, 5),
        ] {
            _ = try await store.recordDispatch(letter) { current, _ in
                let entry = EventEntry(
                    caseNumber: letter.caseNumber, name: name.rawValue, on: try Fixture.day(2026, 3, day),
                    recordedAt: Fixture.now, actor: Fixture.actor, workflowVersion: current.workflowVersion,
                    stateAfter: current.state,
                    data: EventEntry.canonicalJSON(
                        LetterDispatchData(letter: letter.sequence, via: via, tracking: nil, reason: nil)))
                return (entry, 0)
            }
        }
        let other = try service.register(
            RequestDraft(kind: .access, subject: Fixture.subject, received: received, reference: "CRM-2"),
            actor: Fixture.actor, now: Fixture.now, today: received)
        let key = try IdentityCodeKey.create(atPath: folder.file("register.key"))
        _ = try store.purgePersonalData(of: other.caseNumber, key: key) { current in
            RequestRules.purge(
                current, closedBefore: received, actor: Fixture.actor, now: Fixture.now, today: received)
        }
        return store
    }

    @Test func anUntouchedRegisterVerifiesAndItsPurgeRecordsTheTagKept() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.make(in: folder)
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.eventsChecked == 7 && report.purgedTagsNotCovered == 0)
        let purge = try #require(try await store.events(of: Self.purged).last)
        #expect(purge.name == SystemEvent.purge.rawValue)
        #expect(purge.data.contains("\"\(PersonalData.keptTagsMember)\":\"1 "), "\(purge.data)")
    }

    @Test(arguments: tamperings)
    func tamperingIsReportedNamingWhatBroke(_ tampering: Tampering) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.make(in: folder)

        // When the rows are changed behind dsr's back
        try store.tamperForTesting(tampering.sql)

        // Then the audit reports it, at the event or case that broke
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(
            report.problems.contains { problem in
                problem.kind == tampering.kind
                    && (tampering.sequence == nil || problem.sequence == tampering.sequence)
                    && (tampering.caseNumber == nil || problem.caseNumber == tampering.caseNumber)
            }, "\(report.problems)")
    }

    @Test func tagsOfACasePurgedByAnEarlierDsrAreCountedAsNotCoveredNotReported() {
        // Given a purge event without the commitment (an earlier dsr's), and one with it
        var check = PurgedTagCheck()
        let old = CaseNumber(year: 2025, sequence: 4)
        let new = CaseNumber(year: 2026, sequence: 2)
        check.event(sequence: 3, caseNumber: old, data: #"{"closedBefore":"2025-12-31"}"#)
        let kept = PersonalData.purgeData(#"{"closedBefore":"2026-12-31"}"#, keepingTags: ["b", "a"])
        check.event(sequence: 9, caseNumber: new, data: kept ?? "")
        for tag in ["c", "d"] { check.tag(tag, of: old) }
        for tag in ["a", "b"] { check.tag(tag, of: new) }

        // Then the old case's tags are not covered and not a problem; the new case's agree
        #expect(check.notCovered == 2)
        #expect(check.problems().isEmpty)

        // And one more tag of the new case is a problem at its purge event
        check.tag("e", of: new)
        #expect(check.problems().map(\.sequence) == [9])
        #expect(check.notCovered == 2)
    }
}
