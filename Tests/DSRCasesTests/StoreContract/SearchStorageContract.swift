import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``SearchStorage`` must keep, run against every backend of ``StoreBackend/all``: the query is
/// the user's words, each matching a token prefix of one of a request's texts (name, e-mail address, telephone
/// number, address, reference, case number, registration note), ignoring case and diacritics; every word must match;
/// newest case first; the index follows every change and forgets purged personal data.
struct SearchStorageContract {
    /// Registers a request straight through the storage (as the service does) and returns it.
    @discardableResult
    static func insert(
        _ storage: any RequestEventStorage & SearchStorage, received: CivilDate, subject: DataSubject,
        reference: String? = nil,
        note: String? = nil
    ) async throws -> RequestRecord {
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let draft = RequestDraft(kind: .access, subject: subject, received: received, note: note, reference: reference)
        let now = try Fixture.today().now
        return try await storage.insert(year: received.year) { caseNumber in
            try RequestRules.registration(
                of: draft, caseNumber: caseNumber, workflow: workflow,
                calculator: DeadlineCalculator(), actor: Fixture.actor, now: now)
        }
    }

    /// The three people of the searches: their requests are 2025-0001, 2026-0001 and 2026-0002.
    static func registerThree(_ storage: any RequestEventStorage & SearchStorage) async throws -> [RequestRecord] {
        [
            try await insert(
                storage, received: try Fixture.day(2025, 12, 30),
                subject: DataSubject(
                    name: "Maija Meikäläinen", email: "maija.meikalainen@example.fi",
                    address: "Hämeenkatu 5 B\n33100 Tampere", phone: "+358 40 123 4567"),
                reference: "CRM-2025-000042"),
            try await insert(
                storage, received: try Fixture.day(2026, 1, 5),
                subject: DataSubject(name: "Åsa Åhlström", email: "asa@example.se", phone: "040-765 4321"),
                note: "Soitti asiakaspalveluun tiistaina"),
            try await insert(
                storage, received: try Fixture.day(2026, 2, 1),
                subject: DataSubject(name: "Matti Meikäläinen", email: "matti.m@example.fi")),
        ]
    }

    /// The case numbers a search of `text` finds.
    static func found(
        _ storage: any RequestEventStorage & SearchStorage, _ text: String, limit: Int = SearchQuery.defaultLimit
    ) async throws -> [String] {
        try await storage.search(try SearchQuery(text: text, limit: limit)).map(\.caseNumber.description)
    }

    @Test(arguments: StoreBackend.all(for: .searchStorage))
    func namesAreFoundWithoutCaseOrDiacriticsNewestFirst(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & SearchStorage).self) { storage in
            _ = try await Self.registerThree(storage)

            // unicode61 remove_diacritics 2: ä and å fold to a, ö to o, in the text and in the query alike
            #expect(try await Self.found(storage, "meikalainen") == ["2026-0002", "2025-0001"])
            #expect(try await Self.found(storage, "MEIKÄLÄINEN") == ["2026-0002", "2025-0001"])
            #expect(try await Self.found(storage, "ahlstrom") == ["2026-0001"])
            #expect(try await Self.found(storage, "Ahlstrom asa") == ["2026-0001"])
            #expect(try await Self.found(storage, "åhlström") == ["2026-0001"])
            // every word must match, each as the beginning of a token
            #expect(try await Self.found(storage, "maija meik") == ["2025-0001"])
            #expect(try await Self.found(storage, "meik") == ["2026-0002", "2025-0001"])
            #expect(try await Self.found(storage, "eikalainen").isEmpty)
            #expect(try await Self.found(storage, "maija virtanen").isEmpty)
        }
    }

    @Test(arguments: StoreBackend.all(for: .searchStorage))
    func contactDetailsReferenceCaseNumberAndNoteAreFound(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & SearchStorage).self) { storage in
            _ = try await Self.registerThree(storage)

            #expect(try await Self.found(storage, "maija.meikalainen@example.fi") == ["2025-0001"])
            #expect(try await Self.found(storage, "matti.m@") == ["2026-0002"])
            #expect(try await Self.found(storage, "example.se") == ["2026-0001"])
            // a telephone number as written, in digits only, and in the national form
            #expect(try await Self.found(storage, "+358 40 123 4567") == ["2025-0001"])
            #expect(try await Self.found(storage, "358401234567") == ["2025-0001"])
            #expect(try await Self.found(storage, "0401234567") == ["2025-0001"])
            #expect(try await Self.found(storage, "040-765") == ["2026-0001"])
            #expect(try await Self.found(storage, "0407654321") == ["2026-0001"])
            // the address, the reference, the note made at registration
            #expect(try await Self.found(storage, "hameenkatu tampere") == ["2025-0001"])
            #expect(try await Self.found(storage, "CRM-2025-000042") == ["2025-0001"])
            #expect(try await Self.found(storage, "asiakaspalvelu") == ["2026-0001"])
            // a case number as dsr writes it or without its zeros, matching that case only
            #expect(try await Self.found(storage, "2026-0002") == ["2026-0002"])
            #expect(try await Self.found(storage, "2026-2") == ["2026-0002"])
            #expect(try await Self.found(storage, "2025-4").isEmpty)
        }
    }

    @Test(arguments: StoreBackend.all(for: .searchStorage))
    func theLimitKeepsTheNewestMatches(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & SearchStorage).self) { storage in
            for day in 1...5 {
                try await Self.insert(
                    storage, received: try Fixture.day(2026, 1, day),
                    subject: DataSubject(name: "Liisa Virtanen \(day)"))
            }
            try await Self.insert(
                storage, received: try Fixture.day(2025, 12, 1), subject: DataSubject(name: "Liisa Virtanen"))

            #expect(try await Self.found(storage, "virtanen", limit: 2) == ["2026-0005", "2026-0004"])
            #expect(try await Self.found(storage, "virtanen").count == 6)
            #expect(try await Self.found(storage, "virtanen").last == "2025-0001")
        }
    }

    @Test(arguments: StoreBackend.all(for: .searchStorage))
    func queryLanguageInTheTextIsMatchedAsText(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & SearchStorage).self) { storage in
            _ = try await Self.registerThree(storage)
            try await Self.insert(
                storage, received: try Fixture.day(2026, 2, 2),
                subject: DataSubject(name: "Near Or And"), note: "name: \"quoted\" (x) * ^ - +")

            // FTS5 syntax in the text is data: nothing throws, and it matches as the letters it holds
            #expect(try await Self.found(storage, "\"meikalainen").count == 2)
            #expect(try await Self.found(storage, "meikalainen\"").count == 2)
            #expect(try await Self.found(storage, "NEAR(") == ["2026-0003"])
            #expect(try await Self.found(storage, "NEAR(meikalainen maija)").isEmpty)
            #expect(try await Self.found(storage, "maija OR matti").isEmpty)
            #expect(try await Self.found(storage, "near or and") == ["2026-0003"])
            #expect(try await Self.found(storage, "meik*") == ["2026-0002", "2025-0001"])
            #expect(try await Self.found(storage, "name:quoted") == ["2026-0003"])
            #expect(try await Self.found(storage, "-meikalainen").count == 2)
            #expect(try await Self.found(storage, "{name} : \"quoted\"") == ["2026-0003"])
        }
    }

    @Test(arguments: StoreBackend.all(for: .searchStorage))
    func aChangedRequestIsFoundByItsNewTextsOnly(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & SearchStorage).self) { storage in
            let three = try await Self.registerThree(storage)
            let record = three[2]
            var changed = record
            changed.subject.name = "Matti Virtanen"
            changed.subject.email = "matti.virtanen@example.fi"
            let newRecord = changed
            let entry = EventEntry(
                caseNumber: record.caseNumber, name: "acknowledge", on: try Fixture.day(2026, 2, 2),
                recordedAt: try Fixture.today().now, actor: Fixture.actor,
                workflowVersion: record.workflowVersion, stateAfter: record.state, data: "{}")

            // When the request's name and e-mail address change
            let _: Int = try await storage.update(record.caseNumber) { _ in (newRecord, entry, 0) }

            // Then it is found by the new ones and no longer by the old
            #expect(try await Self.found(storage, "virtanen") == ["2026-0002"])
            #expect(try await Self.found(storage, "matti.virtanen@example.fi") == ["2026-0002"])
            #expect(try await Self.found(storage, "meikalainen") == ["2025-0001"])
            #expect(try await Self.found(storage, "matti.m@").isEmpty)
            #expect(try await Self.found(storage, "matti") == ["2026-0002"])
        }
    }

    @Test(arguments: StoreBackend.all(for: .searchStorage))
    func aPurgedRequestIsFoundByItsCaseNumberButNoLongerByItsPersonalData(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & SearchStorage & MaintenanceStorage).self) {
            storage in
            let three = try await Self.registerThree(storage)
            let purged = three[0].caseNumber
            let today = try Fixture.today()

            // When the first request's personal data is purged
            let outcomes = storage.purgePersonalData(of: [purged]) { current in
                RequestRules.purge(
                    current, closedBefore: today.date, keepReference: true, actor: Fixture.actor,
                    now: today.now, today: today.date)
            }
            for try await _ in outcomes {}

            // Then nothing of its person finds it, while its case number and the reference kept do
            for text in ["maija", "meikalainen", "maija.meikalainen@example.fi", "0401234567", "hameenkatu", "tampere"]
            {
                #expect(try await Self.found(storage, text) != ["2025-0001"], "\(text)")
                #expect(try await Self.found(storage, text).contains("2025-0001") == false, "\(text)")
            }
            #expect(try await Self.found(storage, "meikalainen") == ["2026-0002"])
            #expect(try await Self.found(storage, "2025-0001") == ["2025-0001"])
            #expect(try await Self.found(storage, "CRM-2025-000042") == ["2025-0001"])
        }
    }

    @Test(arguments: StoreBackend.all(for: .searchStorage, wholeRegister: true))
    func closedRequestsAreFoundAndNoMatchIsEmpty(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let service = try Fixture.service(storage)
            let three = try await Self.registerThree(storage)
            _ = try await service.record(
                RecordEvent(
                    caseNumber: three[1].caseNumber, event: EventID("withdraw"),
                    input: EventInput(on: try Fixture.day(2026, 1, 6))),
                actor: Fixture.actor, today: try Fixture.today())

            #expect(try await storage.record(three[1].caseNumber)?.isOpen == false)
            #expect(try await Self.found(storage, "ahlstrom") == ["2026-0001"])
            #expect(try await Self.found(storage, "zyxwvu").isEmpty)
        }
    }
}
