import DSRCases
import DSRCore
import Foundation
import Testing

/// Case assignment through the service (issue 18): `case set --assignee`, recorded in the chain, and the lists
/// filtered on it.
struct AssignmentServiceTests {
    /// A service with a handler `anna` and a disabled handler `ville`, and two open access requests.
    private static func prepared(_ storage: any CaseStorage) async throws -> (CaseService, CaseNumber, CaseNumber) {
        let service = try Fixture.service(storage)
        let today = try Fixture.today()
        try await UserServiceTests.add(service, "anna", .handler)
        try await UserServiceTests.add(service, "ville", .handler)
        _ = try await service.disableUser(
            DisableUser(name: try UserServiceTests.name("ville")), actor: Fixture.actor, today: today)
        var numbers: [CaseNumber] = []
        for day in [2, 3] {
            let record = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, day))),
                actor: Fixture.actor, today: today
            ).record
            numbers.append(record.caseNumber)
        }
        return (service, numbers[0], numbers[1])
    }

    /// Assigns a case (`nil`: to nobody).
    @discardableResult
    private static func assign(
        _ service: CaseService, _ caseNumber: CaseNumber, to name: String?, actor: String = "lead"
    ) async throws -> CaseFieldsSet {
        try await service.setFields(
            SetCaseFields(caseNumber: caseNumber, assignee: name ?? ""), actor: actor, today: try Fixture.today())
    }

    @Test func anAssignmentIsACaseChangeWithItsActorAndNeedsNoReason() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, first, _) = try await Self.prepared(storage)

            let assigned = try await Self.assign(service, first, to: "anna")
            #expect(assigned.record.assignee == "anna")
            #expect(assigned.changes == [CaseFieldChange(field: .assignee, old: nil, new: "anna")])
            let entry = try #require(try await storage.events(of: first).last)
            #expect(entry.name == SystemEvent.caseSet.rawValue)
            #expect(entry.actor == "lead")
            // Not personal data of the person: the chain's public form names the assignee
            #expect(entry.publicData == nil)

            // Taking it away needs no reason either, and the record and show say so
            let cleared = try await Self.assign(service, first, to: nil)
            #expect(cleared.record.assignee == nil)
            #expect(cleared.changes == [CaseFieldChange(field: .assignee, old: "anna", new: nil)])
            let shown = try await service.show(ShowCase(caseNumber: first, asOf: try Fixture.day(2026, 3, 2)))
            #expect(!shown.text().contains("Assigned:"))
            try await Self.assign(service, first, to: "anna")
            let again = try await service.show(ShowCase(caseNumber: first, asOf: try Fixture.day(2026, 3, 2)))
            #expect(again.text().contains("Assigned:  anna"))
            #expect(again.text().contains("assignee – → anna"))

            // The history replays to the stored record, and the chain verifies
            let replay = HistoryReplay(workflows: try WorkflowCatalog.builtIn())
            #expect(try replay.replay(try await storage.events(of: first)) == (try await storage.record(first)))
            let report = try await service.verifyAudit(VerifyAudit(checkIdentityKey: false))
            #expect(report.problems.isEmpty, "\(report.problems)")
        }
    }

    @Test func anUnknownOrDisabledUserOrANameOfTheWrongFormIsRefusedAndNothingChanges() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, first, _) = try await Self.prepared(storage)
            let before = try await storage.events(of: first).count

            await #expect(throws: UserError.unknownUser(try UserServiceTests.name("nobody"))) {
                try await Self.assign(service, first, to: "nobody")
            }
            await #expect(throws: UserError.userDisabled(try UserServiceTests.name("ville"))) {
                try await Self.assign(service, first, to: "ville")
            }
            await #expect(throws: InputError.forbiddenCharacters(field: "assignee")) {
                try await Self.assign(service, first, to: "Anna Virtanen")
            }
            #expect(try await storage.events(of: first).count == before)
            #expect(try await storage.record(first)?.assignee == nil)
        }
    }

    @Test(arguments: StoreBackend.all(for: .requestEventStorage, wholeRegister: true))
    func listsFilterOnTheAssigneeAndPageInStorage(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let (service, first, second) = try await Self.prepared(storage)
            try await Self.assign(service, second, to: "anna")
            let asOf = try Fixture.day(2026, 2, 10)

            func listed(_ query: RequestQuery) async throws -> [String] {
                try await service.list(ListCases(query: query, asOf: asOf, names: true)).map(\.case)
            }
            #expect(try await listed(RequestQuery(assigned: .user("anna"))) == [second.description])
            #expect(try await listed(RequestQuery(assigned: .nobody)) == [first.description])
            #expect(try await listed(RequestQuery(assigned: .user("ville"))) == [])
            #expect(try await service.count(ListCases(query: RequestQuery(assigned: .nobody), asOf: asOf)) == 1)

            // The summaries read with names carry the assignee
            let summaries = try await service.list(ListCases(query: RequestQuery(), asOf: asOf, names: true))
            #expect(summaries.map(\.assignee) == [nil, "anna"])

            // A page: limit and offset in storage, the count of every page together
            #expect(try await listed(RequestQuery(limit: 1)) == [first.description])
            #expect(try await listed(RequestQuery(limit: 1, offset: 1)) == [second.description])
            #expect(try await listed(RequestQuery(limit: 1, offset: 2)) == [])
            #expect(try await service.count(ListCases(query: RequestQuery(limit: 1, offset: 1), asOf: asOf)) == 2)
        }
    }
}
