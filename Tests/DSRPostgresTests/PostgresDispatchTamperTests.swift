import DSRCore
import Foundation
import Testing

@testable import DSRPostgres

/// Tampering with the rows of a PostgreSQL register that `dsr audit verify` checks beside the events: letters'
/// dispatch records and the start of dispatch records, purged tags of a case never purged, and letter files without
/// a letter. The owner disables the triggers and changes the rows with `psql`; the verification must name what
/// broke. Runs when `DSR_TEST_POSTGRES_URL` is set.
struct PostgresDispatchTamperTests {
    /// The register of ``PostgresTamperTests/make(_:)`` (events 1–5, letter 2026-0001/L1 issued by event 4), with
    /// the letter recorded sent by event 6 and delivered by event 7.
    private static let first = CaseNumber(year: 2026, sequence: 1)

    /// Each change and the problem it must cause.
    static let tamperings: [PostgresTamperTests.Tampering] = [
        .init(
            sql: "UPDATE letter_dispatch SET on_day = '2026-03-01' WHERE kind = 'sent'", kind: .dispatchMismatch,
            sequence: 6),
        .init(sql: "DELETE FROM letter_dispatch WHERE kind = 'delivered'", kind: .dispatchMismatch, sequence: 7),
        .init(
            sql: "INSERT INTO letter_dispatch SELECT 5, case_year, case_sequence, number, kind, '2026-03-04', via "
                + "FROM letter_dispatch WHERE kind = 'sent'", kind: .dispatchMismatch, sequence: 5),
        .init(sql: "UPDATE dispatch_tracking SET first_tracked_event = 100", kind: .dispatchMismatch),
        .init(sql: "UPDATE dispatch_tracking SET first_tracked_event = 7", kind: .dispatchMismatch, sequence: 6),
        .init(sql: "DELETE FROM dispatch_tracking", kind: .dispatchMismatch),
        .init(
            sql: "INSERT INTO purged_tag VALUES ('0123', 2026, 2)", kind: .purgedTagMismatch,
            caseNumber: .init(year: 2026, sequence: 2)),
        .init(
            sql: "INSERT INTO letter_file SELECT case_year, case_sequence, number + 1, format, sha256, content "
                + "FROM letter_file", kind: .letterMismatch, caseNumber: first),
    ]

    /// Builds the register and records the letter's sending and delivery.
    private static func make(_ store: PostgresStore) async throws {
        try await PostgresTamperTests.make(store)
        let letter = LetterNumber(caseNumber: first, sequence: 1)
        for (name, via, day) in [(SystemEvent.letterSent, DispatchChannel.post, 3), (.letterDelivered, nil, 5)] {
            _ = try await store.recordDispatch(letter) { current, _ in
                let entry = EventEntry(
                    caseNumber: first, name: name.rawValue, on: try #require(CivilDate(year: 2026, month: 3, day: day)),
                    recordedAt: Date(timeIntervalSince1970: 1_790_000_000), actor: "test-officer",
                    workflowVersion: current.workflowVersion, stateAfter: current.state,
                    data: EventEntry.canonicalJSON(
                        LetterDispatchData(letter: letter.sequence, via: via, tracking: nil, reason: nil)))
                return (entry, 0)
            }
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func anUntouchedRegisterWithDispatchVerifies() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            try await Self.make(store)
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.eventsChecked == 7)
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven), .serialized, arguments: tamperings)
    func tamperingWithTriggersDisabledIsReportedNamingWhatBroke(_ tampering: PostgresTamperTests.Tampering)
        async throws
    {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            try await Self.make(store)

            // When the owner changes the rows with their triggers off
            let result = try PostgresServer.psql(location, "SET session_replication_role = replica; " + tampering.sql)
            #expect(result.status == 0, "\(result.stderr)")

            // Then the verification reports it, at the event or case that broke
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [], checkingIdentityKey: false)
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
