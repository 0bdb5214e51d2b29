import DSRCore
import Foundation
import Testing

@testable import DSRPostgres

/// A purge on a PostgreSQL register: personal data deleted after its purge event, the chain still verifying, and an
/// objection to direct marketing left on the suppression list as keyed tags. Runs when `DSR_TEST_POSTGRES_URL` is set.
struct PostgresPurgeTests {
    @Test(.enabled(if: PostgresServer.isGiven))
    func aPurgedObjectionStaysOnTheSuppressionListAndTheChainVerifies() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-pgkey-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true,
                keyFile: folder.appendingPathComponent("register.key").path)
            let today = Today(
                date: try #require(CivilDate(year: 2026, month: 3, day: 2)),
                now: Date(timeIntervalSince1970: 1_790_000_000))
            // Given an objection to direct marketing, and the register's key
            let workflow = try WorkflowCatalog.builtIn()[.objection]
            let draft = RequestDraft(
                kind: .objection,
                subject: DataSubject(name: "Maija Mainos", email: "Maija.Mainos@Example.FI", phone: "040 123 4567"),
                received: today.date, isDirectMarketing: true, reference: "CRM-1")
            let record = try await store.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                    actor: "test-officer", now: today.now)
            }
            _ = try await store.initialiseIdentityKey(actor: "test-officer", today: today)
            let entry = Suppression(caseNumber: record.caseNumber, since: today.date)
            #expect(try await store.suppression(of: .email("maija.mainos@example.fi")) == entry)

            // When its personal data is purged
            var outcomes: [PurgeOutcome] = []
            for try await outcome in store.purgePersonalData(
                of: [record.caseNumber],
                { current in
                    RequestRules.purge(
                        current, closedBefore: today.date, actor: "test-officer", now: today.now, today: today.date)
                })
            {
                outcomes.append(outcome)
            }

            // Then the registration's personal data is gone, the name finds nothing, the contacts are still on the
            // list by their tags, and the chain verifies with the purged data counted
            #expect(outcomes.map(\.eventsPurged) == [1])
            #expect(outcomes.first?.record.subject.name != "Maija Mainos")
            #expect(try await store.search(try SearchQuery(text: "mainos")).isEmpty)
            #expect(try await store.suppression(of: .email("maija.mainos@example.fi")) == entry)
            #expect(try await store.suppression(of: .phone("+358401234567")) == entry)
            #expect(try await store.suppression(of: .email("someone@example.fi")) == nil)
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [], checkingIdentityKey: true)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.personalDataPurged == 1 && report.purgedTagsNotCovered == 0)

            // And when its tags are changed behind dsr's back (triggers off), one changed, then one deleted, then one
            // added, each change is reported for the case, whose purge event committed to its tags
            for sql in [
                "UPDATE purged_tag SET tag = md5(tag) WHERE tag = (SELECT min(tag) FROM purged_tag)",
                "DELETE FROM purged_tag WHERE tag = (SELECT max(tag) FROM purged_tag)",
                "INSERT INTO purged_tag VALUES ('0123', 2026, 1)",
            ] {
                let result = try PostgresServer.psql(location, "SET session_replication_role = replica; " + sql)
                #expect(result.status == 0, "\(result.stderr)")
                let tampered = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
                #expect(
                    tampered.problems.map(\.kind) == [.purgedTagMismatch]
                        && tampered.problems.first?.caseNumber == record.caseNumber, "\(sql): \(tampered.problems)")
            }
            await store.close()
        }
    }
}
