import DSRCases
import DSRCore
import Foundation
import Testing

/// A register with a controller profile and a refused access request whose refusal certificate is issued: the
/// dispatch tests' starting point.
enum DispatchFixture {
    /// The request was received on 2 February 2026 (deadline 2 March 2026) and refused on `refusedOn`; its refusal
    /// certificate, dated `refusedOn`, is issued on `issuedOn`. Returns the service and the letter's number.
    static func refusedWithLetter(
        _ storage: any CaseStorage, refusedOn: CivilDate, issuedOn: Today
    ) async throws -> (CaseService, LetterNumber) {
        let service = try Fixture.service(storage)
        let start = try Fixture.today(2026, 2, 2)
        _ = try await service.changeControllerProfile(
            ChangeControllerProfile(
                changes: ControllerProfileChanges(
                    name: "Esimerkki Oy", businessID: "2747637-5", address: "Esimerkkikatu 2, 00100 Helsinki",
                    email: "tietosuoja@example.fi", contactPerson: "Tietosuojavastaava"), source: "test"),
            actor: Fixture.actor, today: start)
        let record = try await service.register(
            RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
            today: start
        ).record
        _ = try await service.record(
            RecordEvent(
                caseNumber: record.caseNumber, event: EventID("refuse"),
                input: EventInput(
                    on: refusedOn, reason: "Manifestly unfounded.",
                    grounds: [GroundCode(rawValue: "art12-5-manifestly-unfounded")])),
            actor: Fixture.actor, today: issuedOn)
        let issued = try await service.issueLetter(
            WriteLetter(caseNumber: record.caseNumber, type: .refusal, date: refusedOn, format: .text),
            actor: Fixture.actor, today: issuedOn)
        guard case .issued(let letter) = issued else {
            Issue.record("the refusal was not issued")
            throw CancellationError()
        }
        return (service, letter.number)
    }
}
