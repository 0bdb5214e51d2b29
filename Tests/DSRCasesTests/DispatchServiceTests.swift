import DSRCases
import DSRCore
import Foundation
import Testing

/// `sent` and `delivered`, and what the sending day of an answer decides (issue 15), against SQLite in memory.
struct DispatchServiceTests {
    @Test func sendingAndDeliveryAreRecordedAndShown() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let today = try Fixture.today(2026, 3, 2)
            let (service, letter) = try await DispatchFixture.refusedWithLetter(
                storage, refusedOn: try Fixture.day(2026, 2, 20), issuedOn: try Fixture.today(2026, 2, 20))

            // When the letter is recorded as sent by post with a tracking code, then delivered
            let sent = try await service.recordSent(
                RecordSent(letter: letter, on: try Fixture.day(2026, 2, 21), via: .post, tracking: "JJFI1234"),
                actor: Fixture.actor, today: today)
            let delivered = try await service.recordDelivered(
                RecordDelivered(letter: letter, on: try Fixture.day(2026, 2, 23)), actor: Fixture.actor, today: today)

            // Then both are events of the case, the letter's state shows them, and the answer counts from the sending
            #expect(sent.event == .letterSent && sent.isAnswer && sent.corrects == nil)
            #expect(delivered.event == .letterDelivered)
            let events = try await storage.events(of: letter.caseNumber).map(\.name)
            #expect(events.suffix(2) == ["letter-sent", "letter-delivered"])
            let states = try await service.letterDispatch(of: letter.caseNumber)
            #expect(states.count == 1)
            #expect(states.first?.sentOn == (try Fixture.day(2026, 2, 21)))
            #expect(states.first?.via == .post)
            #expect(states.first?.deliveredOn == (try Fixture.day(2026, 2, 23)))
            #expect(states.first?.tracked == true)
            let detail = try await service.show(ShowCase(caseNumber: letter.caseNumber, asOf: today.date))
            #expect(detail.text().contains("sent on 2026-02-21 by post (tracking JJFI1234); delivered on 2026-02-23"))
            let record = try #require(try await storage.record(letter.caseNumber))
            #expect(AnswerDispatch(record, letters: states).answeredOn == (try Fixture.day(2026, 2, 21)))
            #expect(try await service.verifyAudit(VerifyAudit()).isIntact)
        }
    }

    @Test func wrongDaysAndMissingLettersAreRefusedAndChangeNothing() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let today = try Fixture.today(2026, 3, 2)
            let (service, letter) = try await DispatchFixture.refusedWithLetter(
                storage, refusedOn: try Fixture.day(2026, 2, 20), issuedOn: try Fixture.today(2026, 2, 20))
            let before = try await storage.events(of: letter.caseNumber)
            func sent(_ day: CivilDate, reason: String? = nil) async throws {
                _ = try await service.recordSent(
                    RecordSent(letter: letter, on: day, via: .email, reason: reason), actor: Fixture.actor,
                    today: today)
            }

            // Sent before the letter's date, after today, a letter not issued, delivered before any sending
            await #expect(
                throws: DispatchError.sentBeforeLetterDate(
                    letter, sent: try Fixture.day(2026, 2, 19), letterDate: try Fixture.day(2026, 2, 20))
            ) { try await sent(try Fixture.day(2026, 2, 19)) }
            await #expect(
                throws: DispatchError.inFuture(letter, day: try Fixture.day(2026, 3, 3), today: today.date)
            ) { try await sent(try Fixture.day(2026, 3, 3)) }
            let missing = LetterNumber(caseNumber: letter.caseNumber, sequence: 9)
            await #expect(throws: DispatchError.notIssued(missing)) {
                _ = try await service.recordSent(
                    RecordSent(letter: missing, on: today.date, via: .post), actor: Fixture.actor, today: today)
            }
            await #expect(throws: DispatchError.notSent(letter)) {
                _ = try await service.recordDelivered(
                    RecordDelivered(letter: letter, on: today.date), actor: Fixture.actor, today: today)
            }
            #expect(try await storage.events(of: letter.caseNumber) == before)

            // A second sending needs a reason; with one it corrects the first; a delivery before it is refused
            try await sent(try Fixture.day(2026, 2, 24))
            await #expect(
                throws: DispatchError.reasonRequired(letter, recordedOn: try Fixture.day(2026, 2, 24))
            ) { try await sent(try Fixture.day(2026, 2, 25)) }
            try await sent(try Fixture.day(2026, 2, 25), reason: "posted a day later")
            await #expect(
                throws: DispatchError.deliveredBeforeSent(
                    letter, delivered: try Fixture.day(2026, 2, 24), sent: try Fixture.day(2026, 2, 25))
            ) {
                _ = try await service.recordDelivered(
                    RecordDelivered(letter: letter, on: try Fixture.day(2026, 2, 24)), actor: Fixture.actor,
                    today: today)
            }
            let states = try await service.letterDispatch(of: letter.caseNumber)
            #expect(states.first?.sentOn == (try Fixture.day(2026, 2, 25)))
        }
    }

    @Test func anAnswerPrintedOnTimeButSentLateIsLateAndUnsentUntilSent() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            // Given a request due 2 March 2026, refused and its certificate printed on 27 February
            let (service, letter) = try await DispatchFixture.refusedWithLetter(
                storage, refusedOn: try Fixture.day(2026, 2, 27), issuedOn: try Fixture.today(2026, 2, 27))
            let year = (try Fixture.day(2026, 1, 1), try Fixture.day(2026, 12, 31))
            func report(_ today: CivilDate) async throws -> PeriodReport {
                PeriodReport(
                    records: try await service.records(RequestQuery(includeClosed: true)),
                    letters: try await service.answerLetters(), from: year.0, to: year.1, today: today)
            }

            // Then until it is sent it is an unsent answer, not answered, and past its deadline on 5 March
            #expect(try await service.unsentAnswers().map(\.letter) == [letter])
            let unsent = try await report(try Fixture.day(2026, 3, 5))
            #expect(unsent.answeredOnTime == 0 && unsent.answeredLate == 0)
            #expect(unsent.stillOpen == 1 && unsent.openPastDeadline == 1)

            // When it is sent on 4 March, after the deadline
            let sent = try await service.recordSent(
                RecordSent(letter: letter, on: try Fixture.day(2026, 3, 4), via: .post), actor: Fixture.actor,
                today: try Fixture.today(2026, 3, 5))

            // Then it is answered late, and no longer unsent
            #expect(sent.isAnswer && sent.on > sent.deadline)
            #expect(try await service.unsentAnswers().isEmpty)
            let late = try await report(try Fixture.day(2026, 3, 5))
            #expect(late.answeredOnTime == 0 && late.answeredLate == 1)
            #expect(late.stillOpen == 0 && late.openPastDeadline == 0)
            #expect(late.medianDaysToClose == 30)
        }
    }
}
