import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``ImportStorage`` must keep, run against every backend of ``StoreBackend/all``: one transaction
/// across the batch calls, kept only when asked, and lookups that see the requests added before.
struct ImportStorageContract {
    /// The storage the suite needs: imports, the requests they add, and the audit of the chain they extend.
    private typealias ImportParts = any ImportStorage & RequestEventStorage & AuditStorage

    /// The registration of an access request as a batch stores it, under the case number it is given.
    static func history(_ caseNumber: CaseNumber, name: String, reference: String?) throws -> [HistoryStep] {
        let draft = RequestDraft(
            kind: .access, subject: DataSubject(name: name), received: try Fixture.day(2026, 2, 2),
            reference: reference)
        let (record, entry) = try RequestRules.registration(
            of: draft, caseNumber: caseNumber, workflow: try WorkflowCatalog.builtIn()[.access],
            calculator: DeadlineCalculator(), actor: Fixture.actor, now: try Fixture.today().now)
        return [HistoryStep(record: record, entry: entry)]
    }

    @Test(arguments: StoreBackend.all(for: .importStorage))
    func aKeptImportIsStoredAndLookupsSeeItsRequestsBeforeTheCommit(backend: StoreBackend) async throws {
        try await backend.withStorage(as: ImportParts.self) { storage in
            // When two requests are added in one import, over two batch calls, the first without a reference
            let key = ImportKey.of(
                RequestDraft(kind: .access, subject: DataSubject(name: "A"), received: try Fixture.day(2026, 2, 2)))
            let (stored, seen) = try await storage.importRequests { transaction in
                let first = try await transaction.withBatch { batch in
                    try batch.insert(year: 2026, importKey: key) { try Self.history($0, name: "A", reference: nil) }
                }
                let second = try await transaction.withBatch { batch in
                    try batch.insert(year: 2026, importKey: nil) { try Self.history($0, name: "B", reference: "R-1") }
                }
                // Then the second call's lookups see both
                let seen = try await transaction.withBatch { batch in
                    (
                        try batch.owner(ofReference: "R-1")?.caseNumber, try batch.cases(withImportKey: key).count,
                        try batch.caseCounters()[2026], try batch.record(first.caseNumber)?.subject.name
                    )
                }
                #expect(second.caseNumber == CaseNumber(year: 2026, sequence: 2))
                return (keep: true, result: seen)
            }
            #expect(seen.0 == CaseNumber(year: 2026, sequence: 2))
            #expect(seen.1 == 1)
            #expect(seen.2 == 2)
            #expect(seen.3 == "A")
            // And both are in the register once it is committed, on an intact chain
            #expect(stored)
            #expect(try await storage.records(RequestQuery(includeClosed: true)).map(\.subject.name) == ["A", "B"])
            let report = try await storage.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.problems.isEmpty)
            #expect(report.eventsChecked == 2 && report.requestsChecked == 2)
        }
    }

    @Test(arguments: StoreBackend.all(for: .importStorage))
    func anImportNotKeptOrThatThrowsLeavesNothing(backend: StoreBackend) async throws {
        try await backend.withStorage(as: ImportParts.self) { storage in
            // When an import adds a request and does not keep it
            let (stored, _) = try await storage.importRequests { transaction in
                _ = try await transaction.withBatch { batch in
                    try batch.insert(year: 2026, importKey: nil) { try Self.history($0, name: "A", reference: "R-1") }
                }
                return (keep: false, result: ())
            }
            #expect(!stored)

            // And another throws after adding one
            struct Stop: Error, Equatable {}
            await #expect(throws: Stop()) {
                _ = try await storage.importRequests { transaction -> (keep: Bool, result: Void) in
                    _ = try await transaction.withBatch { batch in
                        try batch.insert(year: 2026, importKey: nil) { try Self.history($0, name: "B", reference: nil) }
                    }
                    throw Stop()
                }
            }

            // Then nothing is stored, the case numbers are free, and the next import starts afresh
            #expect(try await storage.records(RequestQuery(includeClosed: true)).isEmpty)
            let counters = try await storage.importRequests { transaction in
                (keep: false, result: try await transaction.withBatch { batch in try batch.caseCounters() })
            }
            #expect(counters.result[2026] == nil)
        }
    }

    @Test(arguments: StoreBackend.all(for: .importStorage))
    func aRowTheBatchRefusesIsNotStoredAndItsErrorComesOutUnchanged(backend: StoreBackend) async throws {
        try await backend.withStorage(as: ImportParts.self) { storage in
            struct Refused: Error, Equatable {}
            let (stored, _) = try await storage.importRequests { transaction in
                await #expect(throws: Refused()) {
                    _ = try await transaction.withBatch { batch in
                        try batch.insert(year: 2026, importKey: nil) { _ in throw Refused() }
                    }
                }
                // The case number stays free for the next request
                let record = try await transaction.withBatch { batch in
                    try batch.insert(year: 2026, importKey: nil) { try Self.history($0, name: "A", reference: nil) }
                }
                #expect(record.caseNumber == CaseNumber(year: 2026, sequence: 1))
                return (keep: true, result: ())
            }
            #expect(stored)
            #expect(try await storage.records(RequestQuery(includeClosed: true)).count == 1)
        }
    }
}
