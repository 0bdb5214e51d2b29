import DSRCases
import DSRCore
import Foundation
import Testing

/// The service's case work (issue 15) against SQLite in memory: `case set`, `note`, `void` and `reopen`.
struct CaseWorkServiceTests {
    /// A service and one access request received on 2 February 2026 (deadline 2 March 2026); today is 2 March.
    private static func registered(_ storage: any CaseStorage, reference: String? = nil) async throws
        -> (CaseService, CaseNumber)
    {
        let service = try Fixture.service(storage)
        let record = try await service.register(
            RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2), reference: reference)),
            actor: Fixture.actor, today: try Fixture.today()
        ).record
        return (service, record.caseNumber)
    }

    /// Records a workflow event.
    @discardableResult
    private static func event(
        _ service: CaseService, _ caseNumber: CaseNumber, _ name: String, on day: CivilDate,
        reason: String? = nil
    ) async throws -> Transition {
        try await service.record(
            RecordEvent(
                caseNumber: caseNumber, event: EventID(name),
                input: EventInput(on: day, reason: reason)),
            actor: Fixture.actor, today: try Fixture.today())
    }

    /// The sequence number of the case's latest event.
    private static func lastSequence(_ storage: any CaseStorage, _ caseNumber: CaseNumber) async throws -> Int64 {
        try #require(try await storage.events(of: caseNumber).last?.sequence)
    }

    /// Checks that the case's history replays to its stored record, as `dsr audit verify` does.
    private static func expectReplays(_ storage: any CaseStorage, _ caseNumber: CaseNumber) async throws {
        let replay = HistoryReplay(workflows: try WorkflowCatalog.builtIn())
        #expect(try replay.replay(try await storage.events(of: caseNumber)) == (try await storage.record(caseNumber)))
    }

    @Test func fillingInAnEmptyFieldNeedsNoReasonButChangingARecordedOneDoes() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()

            // Filling in the phone, which was empty, needs no reason
            let filled = try await service.setFields(
                SetCaseFields(caseNumber: caseNumber, phone: "040 123 4567"),
                actor: Fixture.actor, today: today)
            #expect(filled.changes == [CaseFieldChange(field: .phone, old: nil, new: "040 123 4567")])
            #expect(filled.record.subject.phone == "040 123 4567")

            // Changing the e-mail address recorded at registration needs one, and changes nothing without it
            await #expect(throws: CaseWorkError.reasonRequired(caseNumber, fields: [.email])) {
                _ = try await service.setFields(
                    SetCaseFields(caseNumber: caseNumber, email: "maija.m@example.fi"),
                    actor: Fixture.actor, today: today)
            }
            #expect(try await storage.record(caseNumber)?.subject.email == "maija@example.fi")
            let changed = try await service.setFields(
                SetCaseFields(caseNumber: caseNumber, email: "maija.m@example.fi", reason: "typo in the address"),
                actor: Fixture.actor, today: today)
            #expect(
                changed.changes == [CaseFieldChange(field: .email, old: "maija@example.fi", new: "maija.m@example.fi")])

            // The event keeps the old and new value beside the chain; the chain's public form withholds them
            let entry = try #require(try await storage.events(of: caseNumber).last)
            #expect(entry.name == SystemEvent.caseSet.rawValue)
            #expect(entry.data.contains("maija@example.fi") && entry.data.contains("maija.m@example.fi"))
            let publicData = try #require(entry.publicData)
            #expect(!publicData.contains("example.fi") && !publicData.contains("typo"))
            #expect(publicData.contains(PersonalData.withheld))

            // An empty value removes what may be removed, with a reason; a name cannot be removed
            let removed = try await service.setFields(
                SetCaseFields(caseNumber: caseNumber, phone: "", reason: "wrong"),
                actor: Fixture.actor, today: today)
            #expect(removed.record.subject.phone == nil)
            await #expect(throws: CaseWorkError.cannotRemove(.name)) {
                _ = try await service.setFields(
                    SetCaseFields(caseNumber: caseNumber, name: " ", reason: "x"),
                    actor: Fixture.actor, today: today)
            }
            await #expect(throws: CaseWorkError.notAnEmailAddress) {
                _ = try await service.setFields(
                    SetCaseFields(caseNumber: caseNumber, email: "maija", reason: "x"),
                    actor: Fixture.actor, today: today)
            }

            // Values the same as recorded change nothing and record nothing
            let count = try await storage.events(of: caseNumber).count
            let same = try await service.setFields(
                SetCaseFields(caseNumber: caseNumber, language: .fi),
                actor: Fixture.actor, today: today)
            #expect(same.changes.isEmpty)
            #expect(try await storage.events(of: caseNumber).count == count)
            try await Self.expectReplays(storage, caseNumber)
        }
    }

    @Test func aNewDayOfReceiptMovesTheDeadline() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()

            // When the day of receipt is corrected from 2 to 4 February
            let result = try await service.setFields(
                SetCaseFields(
                    caseNumber: caseNumber, received: try Fixture.day(2026, 2, 4), reason: "date stamp misread"),
                actor: Fixture.actor, today: today)

            // Then the deadline moves from 2 March to 4 March, and the history replays to it
            #expect(result.previousDeadline == (try Fixture.day(2026, 3, 2)))
            #expect(result.record.deadline == (try Fixture.day(2026, 3, 4)))
            #expect(result.deadlineMoved)
            try await Self.expectReplays(storage, caseNumber)

            // A day of receipt after a recorded event is refused
            try await Self.event(service, caseNumber, "acknowledge", on: try Fixture.day(2026, 2, 5))
            await #expect(throws: CaseWorkError.self) {
                _ = try await service.setFields(
                    SetCaseFields(caseNumber: caseNumber, received: try Fixture.day(2026, 2, 6), reason: "x"),
                    actor: Fixture.actor, today: today)
            }
            await #expect(throws: CaseWorkError.receivedInFuture(try Fixture.day(2026, 3, 3), today: today.date)) {
                _ = try await service.setFields(
                    SetCaseFields(caseNumber: caseNumber, received: try Fixture.day(2026, 3, 3), reason: "x"),
                    actor: Fixture.actor, today: today)
            }
        }
    }

    @Test func aReferenceOfAnotherCaseIsRefused() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, first) = try await Self.registered(storage, reference: "TS-1")
            let (_, second) = try await Self.registered(storage)
            await #expect(throws: CaseWorkError.referenceInUse(second, owner: first)) {
                _ = try await service.setFields(
                    SetCaseFields(caseNumber: second, reference: "TS-1"),
                    actor: Fixture.actor, today: try Fixture.today())
            }
        }
    }

    @Test func aNoteIsRecordedAndShown() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()

            let added = try await service.addNote(
                AddNote(caseNumber: caseNumber, text: "Soitettu, kopio postitse."),
                actor: Fixture.actor, today: today)
            #expect(added.on == today.date)
            let detail = try await service.show(ShowCase(caseNumber: caseNumber, asOf: today.date))
            #expect(detail.notes.map(\.text) == ["Soitettu, kopio postitse."])
            #expect(detail.text().contains("Notes:\n  2026-03-02  Soitettu, kopio postitse."))
            #expect(try detail.json().contains("Soitettu, kopio postitse."))
            let entry = try #require(try await storage.events(of: caseNumber).last)
            #expect(entry.publicData?.contains("Soitettu") == false)
            await #expect(throws: CaseWorkError.empty(field: "note")) {
                _ = try await service.addNote(
                    AddNote(caseNumber: caseNumber, text: "  "), actor: Fixture.actor,
                    today: today)
            }
            try await Self.expectReplays(storage, caseNumber)
        }
    }

    @Test func voidingAWrongDateExtensionReplaysTheDeadline() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            // Given an extension recorded on 27 February instead of 10 February
            let extended = try await Self.event(
                service, caseNumber, "extend", on: try Fixture.day(2026, 2, 27),
                reason: "large amount of data")
            #expect(extended.record.deadline == (try Fixture.day(2026, 5, 4)))
            let wrong = try await Self.lastSequence(storage, caseNumber)
            // The right day cannot be recorded beside it
            await #expect(throws: TransitionError.self) {
                try await Self.event(service, caseNumber, "extend", on: try Fixture.day(2026, 2, 10), reason: "x")
            }

            // When it is voided
            let voided = try await service.void(
                VoidEvent(caseNumber: caseNumber, sequence: wrong, reason: "wrong day"),
                actor: Fixture.actor, today: today)

            // Then the case is replayed without it: not extended, the one-month deadline back
            #expect(voided.name == "extend")
            #expect(voided.previousDeadline == (try Fixture.day(2026, 5, 4)))
            #expect(voided.record.deadline == (try Fixture.day(2026, 3, 2)))
            #expect(voided.record.extendedOn == nil)
            #expect(voided.record.state == StateID("received"))
            try await Self.expectReplays(storage, caseNumber)

            // And the extension can be recorded on its right day; the voided event stays in the history, marked
            try await Self.event(
                service, caseNumber, "extend", on: try Fixture.day(2026, 2, 10), reason: "large amount")
            try await Self.expectReplays(storage, caseNumber)
            let detail = try await service.show(ShowCase(caseNumber: caseNumber, asOf: today.date))
            #expect(detail.events.contains { $0.sequence == wrong && $0.name == "extend" })
            #expect(
                detail.text().contains(
                    "#\(wrong)  2026-02-27  extend → in-progress  by tester  (deadline extended by two months)  [void]")
            )
            #expect(try detail.json().contains("\"voidedEvents\" : [\n    \(wrong)\n  ]"))
        }
    }

    @Test func voidingAWrongDatePauseReplaysTheClock() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            // Given identity asked for on 20 February instead of 3 February, still awaited
            try await Self.event(service, caseNumber, "request-identity", on: try Fixture.day(2026, 2, 20))
            let wrong = try await Self.lastSequence(storage, caseNumber)

            let voided = try await service.void(
                VoidEvent(caseNumber: caseNumber, sequence: wrong, reason: "wrong day"),
                actor: Fixture.actor, today: today)

            // Then the clock runs again, without the pause, and the pause can be recorded on its day
            #expect(voided.record.clock == .running)
            #expect(voided.record.pauses.isEmpty)
            #expect(voided.record.deadline == (try Fixture.day(2026, 3, 2)))
            try await Self.event(service, caseNumber, "request-identity", on: try Fixture.day(2026, 2, 3))
            try await Self.event(service, caseNumber, "receive-identity", on: try Fixture.day(2026, 2, 10))
            #expect(try await storage.record(caseNumber)?.deadline == (try Fixture.day(2026, 3, 9)))
            try await Self.expectReplays(storage, caseNumber)
        }
    }

    @Test func whatCannotBeVoidedIsRefusedAndNothingChanges() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            let registration = try await Self.lastSequence(storage, caseNumber)
            try await Self.event(service, caseNumber, "request-identity", on: try Fixture.day(2026, 2, 3))
            let pause = try await Self.lastSequence(storage, caseNumber)
            try await Self.event(service, caseNumber, "receive-identity", on: try Fixture.day(2026, 2, 5))
            let resume = try await Self.lastSequence(storage, caseNumber)
            func void(_ sequence: Int64, reason: String = "mistake") async throws {
                _ = try await service.void(
                    VoidEvent(caseNumber: caseNumber, sequence: sequence, reason: reason),
                    actor: Fixture.actor, today: today)
            }

            await #expect(throws: CaseWorkError.cannotVoid(caseNumber, sequence: registration, name: "register")) {
                try await void(registration)
            }
            await #expect(throws: CaseWorkError.noSuchEvent(caseNumber, sequence: 999)) { try await void(999) }
            await #expect(throws: CaseWorkError.empty(field: "reason")) { try await void(resume, reason: " ") }
            // The pause cannot go while the resumption that ends it stands
            await #expect(
                throws: CaseWorkError.laterEventDepends(
                    caseNumber, sequence: pause, later: resume,
                    name: "receive-identity")
            ) {
                try await void(pause)
            }
            let before = try await storage.events(of: caseNumber).count
            try await void(resume)
            await #expect(throws: CaseWorkError.alreadyVoid(caseNumber, sequence: resume)) { try await void(resume) }
            try await void(pause)
            #expect(try await storage.events(of: caseNumber).count == before + 2)
            try await Self.expectReplays(storage, caseNumber)

            // The event that closed a case stands in the way of voiding it: the case is reopened instead
            try await Self.event(service, caseNumber, "complete", on: try Fixture.day(2026, 2, 20))
            let completion = try await Self.lastSequence(storage, caseNumber)
            await #expect(throws: CaseWorkError.closedTheCase(caseNumber, sequence: completion, name: "complete")) {
                try await void(completion)
            }
        }
    }

    @Test func anIssuedLetterIsNeverVoidedAndKeepsItsEvent() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            _ = try await service.changeControllerProfile(
                ChangeControllerProfile(
                    changes: ControllerProfileChanges(
                        name: "Esimerkki Oy", businessID: "2747637-5", address: "Esimerkkikatu 2, 00100 Helsinki",
                        email: "tietosuoja@example.fi", contactPerson: "Tietosuojavastaava"), source: "test"),
                actor: Fixture.actor, today: today)
            try await Self.event(service, caseNumber, "acknowledge", on: try Fixture.day(2026, 2, 3))
            let acknowledgement = try await Self.lastSequence(storage, caseNumber)
            _ = try await service.issueLetter(
                WriteLetter(
                    caseNumber: caseNumber, type: .acknowledgement,
                    date: today.date, format: .text),
                actor: Fixture.actor, today: today)
            let letter = try await Self.lastSequence(storage, caseNumber)

            await #expect(throws: CaseWorkError.cannotVoid(caseNumber, sequence: letter, name: "letter-issued")) {
                _ = try await service.void(
                    VoidEvent(caseNumber: caseNumber, sequence: letter, reason: "x"),
                    actor: Fixture.actor, today: today)
            }
            // The acknowledgement the letter was issued for cannot go either
            await #expect(
                throws: CaseWorkError.laterEventDepends(
                    caseNumber, sequence: acknowledgement, later: letter,
                    name: "letter-issued")
            ) {
                _ = try await service.void(
                    VoidEvent(caseNumber: caseNumber, sequence: acknowledgement, reason: "x"),
                    actor: Fixture.actor, today: today)
            }
        }
    }

    @Test func reopeningTakesAClosedRequestBackWithItsDeadline() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            await #expect(throws: CaseWorkError.notClosed(caseNumber)) {
                _ = try await service.reopen(
                    ReopenCase(caseNumber: caseNumber, reason: "x"), actor: Fixture.actor,
                    today: today)
            }
            try await Self.event(service, caseNumber, "complete", on: try Fixture.day(2026, 2, 10))

            // When the person answers after completion and the request is reopened
            let reopened = try await service.reopen(
                ReopenCase(caseNumber: caseNumber, reason: "the copy lacked logs"),
                actor: Fixture.actor, today: today)

            // Then it is in progress again, its clock running toward the deadline it had: no new month
            #expect(reopened.previousState == StateID("completed"))
            #expect(reopened.record.state == StateID("in-progress"))
            #expect(reopened.record.clock == .running)
            #expect(reopened.record.closedOn == nil && reopened.record.outcome == nil)
            #expect(reopened.record.deadline == (try Fixture.day(2026, 3, 2)))
            try await Self.expectReplays(storage, caseNumber)
            // And it can be completed again
            try await Self.event(service, caseNumber, "complete", on: today.date)
            try await Self.expectReplays(storage, caseNumber)
        }
    }

    @Test func purgeRemovesCorrectionsAndNotes() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            _ = try await service.setFields(
                SetCaseFields(
                    caseNumber: caseNumber, name: "Maija Virtanen",
                    reason: "name changed at marriage"),
                actor: Fixture.actor, today: today)
            _ = try await service.addNote(
                AddNote(caseNumber: caseNumber, text: "Soitti Virtasen puolesta"),
                actor: Fixture.actor, today: today)
            try await Self.event(service, caseNumber, "withdraw", on: try Fixture.day(2026, 2, 20))

            let run = try await service.purge(
                PurgeClosedCases(closedBefore: today.date), actor: Fixture.actor,
                today: today)
            for try await _ in run.outcomes {}

            // Then neither the corrected name, its reason nor the note is left in the history
            let history = try await storage.events(of: caseNumber).map(\.data).joined()
            for text in ["Virtanen", "Virtasen", "marriage", "Meikäläinen"] { #expect(!history.contains(text)) }
            try await Self.expectReplays(storage, caseNumber)
            await #expect(throws: CaseWorkError.personalDataRemoved(caseNumber)) {
                _ = try await service.addNote(
                    AddNote(caseNumber: caseNumber, text: "x"), actor: Fixture.actor,
                    today: today)
            }
            await #expect(throws: CaseWorkError.personalDataRemoved(caseNumber)) {
                _ = try await service.reopen(
                    ReopenCase(caseNumber: caseNumber, reason: "x"), actor: Fixture.actor,
                    today: today)
            }
        }
    }
}
