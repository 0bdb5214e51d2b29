import DSRCases
import DSRCore
import Foundation
import Testing

/// The service's use cases against SQLite in memory: register, workflow events, show, list, identity lookup and the
/// controller profile.
struct CaseServiceTests {
    @Test func registerGivesTheCaseNumberAndTheOneMonthDeadline() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)

            // When a request received on 2 February 2026 is registered
            let result = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
                today: try Fixture.today())

            // Then it is case 2026-0001, due a month later, recorded by the actor
            #expect(result.record.caseNumber == CaseNumber(year: 2026, sequence: 1))
            #expect(result.record.deadline == (try Fixture.day(2026, 3, 2)))
            #expect(result.adoptedKeyPath == nil)
            let events = try await storage.events(of: result.record.caseNumber)
            #expect(events.map(\.name) == ["register"])
            #expect(events.map(\.actor) == [Fixture.actor])
        }
    }

    @Test func registerRefusesBadInputAndStoresNothing() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let future = RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 3, 3)))

            #expect(throws: InputError.receivedInFuture(try Fixture.day(2026, 3, 3), today: today.date)) {
                try CaseService.check(future, today: today)
            }
            await #expect(throws: InputError.self) {
                _ = try await service.register(future, actor: Fixture.actor, today: today)
            }
            await #expect(throws: InputError.self) {
                _ = try await service.register(
                    RegisterRequest(draft: Fixture.draft(received: today.date, name: " ")),
                    actor: Fixture.actor, today: today)
            }
            #expect(try await storage.records(RequestQuery(includeClosed: true)).isEmpty)
        }
    }

    @Test func registerWithAnIdentityCodeNeedsTheRegistersKey() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let code = try #require(Henkilotunnus("131052-308T"))
            let command = RegisterRequest(
                draft: Fixture.draft(received: try Fixture.day(2026, 2, 2)), identityCode: code)

            // A register without a key cannot seal the code, and registers nothing
            await #expect(throws: (any Error).self) {
                _ = try await service.register(command, actor: Fixture.actor, today: try Fixture.today())
            }
            #expect(try await storage.records(RequestQuery(includeClosed: true)).isEmpty)
        }
    }

    @Test func anEventMovesTheCaseAndIsRecorded() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let record = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
                today: today
            ).record

            // When the request is acknowledged
            let transition = try await service.record(
                RecordEvent(
                    caseNumber: record.caseNumber, event: EventID("acknowledge"),
                    input: EventInput(on: try Fixture.day(2026, 2, 3))),
                actor: Fixture.actor, today: today)

            // Then the transition leaves the initial state, and show has both events
            #expect(transition.from == record.state)
            #expect(transition.record.state != record.state)
            let detail = try await service.show(ShowCase(caseNumber: record.caseNumber, asOf: today.date))
            #expect(detail.record == transition.record)
            #expect(detail.events.map(\.name) == ["register", "acknowledge"])
        }
    }

    @Test func anEventTheWorkflowDoesNotAllowChangesNothing() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let record = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
                today: today
            ).record

            await #expect(throws: (any Error).self) {
                _ = try await service.record(
                    RecordEvent(
                        caseNumber: record.caseNumber, event: EventID("lift"),
                        input: EventInput(on: today.date)),
                    actor: Fixture.actor, today: today)
            }
            #expect(try await storage.record(record.caseNumber) == record)
            #expect(try await storage.events(of: record.caseNumber).count == 1)
        }
    }

    @Test func showAndEventsOfAnUnknownCaseAreUnknownCase() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let missing = CaseNumber(year: 2026, sequence: 5)
            await #expect(throws: StoreError.unknownCase(missing)) {
                _ = try await service.show(ShowCase(caseNumber: missing, asOf: today.date))
            }
            await #expect(throws: StoreError.unknownCase(missing)) {
                _ = try await service.record(
                    RecordEvent(caseNumber: missing, event: EventID("acknowledge"), input: EventInput(on: today.date)),
                    actor: Fixture.actor, today: today)
            }
        }
    }

    @Test func listSelectsOverdueRequests() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let old = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 1, 2))), actor: Fixture.actor,
                today: today
            ).record
            _ = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 20))), actor: Fixture.actor,
                today: today)

            let all = try await service.list(ListCases(query: RequestQuery(), asOf: today.date))
            let overdue = try await service.list(
                ListCases(
                    query: RequestQuery(overdueAsOf: today.date),
                    asOf: today.date))

            #expect(all.count == 2)
            #expect(overdue.map(\.`case`) == [old.caseNumber.description])
        }
    }

    @Test func findingByIdentityCodeInARegisterWithoutKeyFindsNothing() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let matches = try await service.find(
                FindByIdentityCode(code: try #require(Henkilotunnus("131052-308T"))),
                actor: Fixture.actor, today: try Fixture.today())
            #expect(matches.records.isEmpty)
            #expect(matches.adoptedKeyPath == nil)
        }
    }

    @Test func profileChangesAreNewVersionsOnTheCurrentProfile() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            #expect(try await service.controllerProfile() == nil)

            // When the name is set, then the e-mail
            let first = try await service.changeControllerProfile(
                ChangeControllerProfile(
                    changes: ControllerProfileChanges(name: "Esimerkki Oy", businessID: "2747637-5"),
                    source: "test"),
                actor: Fixture.actor, today: today)
            let second = try await service.changeControllerProfile(
                ChangeControllerProfile(
                    changes: ControllerProfileChanges(email: "tietosuoja@example.fi"), source: "test"),
                actor: Fixture.actor, today: today)

            // Then the second version keeps the name and adds the e-mail
            #expect(first.version == 1)
            #expect(second.version == 2)
            #expect(second.profile.name == "Esimerkki Oy")
            #expect(second.profile.email == "tietosuoja@example.fi")
            #expect(try await service.controllerProfile() == second)
            #expect(try await service.controllerProfileHistory().map(\.version) == [1, 2])
        }
    }

    @Test func aProfileChangeWithABadFieldIsRefusedAndStoresNothing() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            await #expect(throws: InputError.self) {
                _ = try await service.changeControllerProfile(
                    ChangeControllerProfile(
                        changes: ControllerProfileChanges(businessID: "not a business id"),
                        source: "test"),
                    actor: Fixture.actor, today: try Fixture.today())
            }
            #expect(try await service.controllerProfile() == nil)
        }
    }

    @Test func openDeadlinesHoldTheOpenRequestsAndTheInternalTarget() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let open = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
                today: today
            ).record
            let closed = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 3))), actor: Fixture.actor,
                today: today
            ).record
            _ = try await service.record(
                RecordEvent(
                    caseNumber: closed.caseNumber, event: EventID("withdraw"), input: EventInput(on: today.date)),
                actor: Fixture.actor, today: today)
            _ = try await service.changeControllerProfile(
                ChangeControllerProfile(
                    changes: ControllerProfileChanges(internalTargetWorkingDays: 5), source: "test"),
                actor: Fixture.actor, today: today)

            let deadlines = try await service.openDeadlines()

            #expect(deadlines.records.map(\.caseNumber) == [open.caseNumber])
            #expect(deadlines.internalTargetDays == 5)
            #expect(try await service.records(RequestQuery(includeClosed: true)).count == 2)
        }
    }
}
