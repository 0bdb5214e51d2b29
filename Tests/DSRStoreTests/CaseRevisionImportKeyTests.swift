import DSRCore
import DSRStore
import Foundation
import Testing

/// `CaseRevisionStorage.revise` on SQLite (issue 15): a correction of an imported request's data drops its import
/// key, which would otherwise no longer be the digest of the request's data, and the audit still finds the register
/// intact.
struct CaseRevisionImportKeyTests {
    @Test func correctingAnImportedRequestsNameDropsItsImportKey() async throws {
        // Given a request imported from a row without a reference (it gets an import key)
        let store = try SQLiteStore.inMemory()
        let imported = try await ImportTests.run(store, "kind,received,name\naccess,2026-11-05,Sama Henkilö\n")
        #expect(imported.summary.imported == 1)
        let caseNumber = CaseNumber(year: 2026, sequence: 1)
        let record = try #require(try await store.record(caseNumber))

        // When its name is corrected through revise, as `case set` does
        let data = CaseSetData(
            changes: [CaseFieldChange(field: .name, old: "Sama Henkilö", new: "Sama Henkilöinen")],
            reason: "typo")
        let changed = try #require(data.applied(to: record, calculator: DeadlineCalculator()))
        var entry = EventEntry(
            caseNumber: caseNumber, name: SystemEvent.caseSet.rawValue, on: ImportTests.today,
            recordedAt: Fixture.now, actor: "tester", workflowVersion: record.workflowVersion,
            stateAfter: changed.state, data: EventEntry.canonicalJSON(data))
        entry.publicData = EventEntry.canonicalJSON(data.replacingPersonalData(with: PersonalData.withheld))
        let final = entry
        _ = try await store.revise(caseNumber) { _, _ in (changed, final, 0) }

        // Then the audit replays the correction and finds no stale import key
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
        #expect(try await store.record(caseNumber)?.subject.name == "Sama Henkilöinen")
    }
}
