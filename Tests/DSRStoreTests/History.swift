import DSRCore
import DSRStore
import Foundation
import Testing

/// A register with every kind of request and every kind of free text, for the audit, purge, backup and
/// identity-code tests: five requests closed in January and February 2026 and one still open.
enum History {
    /// The personal texts written into the history; none may survive a purge of the closed requests.
    static let closedCasesPersonalData = [
        "Aino Arkistoija", "aino.arkistoija@example.fi", "Arkistokatu 5", "+358 50 765 4321", "Soitti perään",
        "Passi tarkistettu", "Laaja aineisto kolmesta järjestelmästä", "Toistuva pyyntö samasta aineistosta",
        "Osa tiedoista toimitettu", "Bertta Poistaja", "Perintä Oy", "Poistettu asiakasrekisteristä",
        "Cecilia Rajoittaja", "Kunnes oikeellisuus tarkistettu", "Ilmoitettu kirjeellä",
        "Oikeellisuus tarkistettu väestötiedoista", "Daavid Markkinoija",
        "Markkinointi lopetettu", "Eero Siirtäjä", "Peruttu puhelimessa",
    ]

    /// The open request's personal texts, which a purge of closed requests keeps.
    static let openCasePersonalData = ["Fanni Avoin", "fanni@example.fi"]

    /// A valid henkilötunnus for the first case (the DVV example, legal-facts § 6.3).
    static let identityCode = "131052-308T"

    /// Fills an empty register and returns its case numbers, the closed ones first.
    @discardableResult
    static func build(_ store: SQLiteStore, identityCode sealed: SealedIdentityCode? = nil) throws -> [CaseNumber] {
        let service = try Fixture.service(store)
        _ = try service.setControllerProfile(
            ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5"),
            actor: Fixture.actor, now: Fixture.now, today: try day(1, 2), source: "test")
        let access = try register(
            service, .access, on: try day(1, 5),
            subject: DataSubject(
                name: "Aino Arkistoija", email: "aino.arkistoija@example.fi", address: "Arkistokatu 5\n00100 Helsinki",
                phone: "+358 50 765 4321", identityCode: sealed), note: "Soitti perään")
        try apply(service, "request-identity", to: access, on: try day(1, 7))
        try apply(
            service, "receive-identity", to: access, on: try day(1, 12),
            EventInput(on: try day(1, 12), note: "Passi tarkistettu"))
        try apply(
            service, "extend", to: access, on: try day(1, 20),
            EventInput(on: try day(1, 20), reason: "Laaja aineisto kolmesta järjestelmästä"))
        try apply(
            service, "refuse", to: access, on: try day(2, 20),
            EventInput(
                on: try day(2, 20), reason: "Toistuva pyyntö samasta aineistosta",
                grounds: [GroundCode(rawValue: "art12-5-excessive")], granted: "Osa tiedoista toimitettu"))

        let erasure = try register(service, .erasure, on: try day(1, 6), subject: DataSubject(name: "Bertta Poistaja"))
        try apply(service, "acknowledge", to: erasure, on: try day(1, 7))
        try apply(
            service, "complete", to: erasure, on: try day(1, 30),
            EventInput(
                on: try day(1, 30), recipients: ["Perintä Oy"], details: "Poistettu asiakasrekisteristä"))

        let restriction = try register(
            service, .restriction, on: try day(1, 8), subject: DataSubject(name: "Cecilia Rajoittaja"))
        try apply(
            service, "restrict", to: restriction, on: try day(1, 10),
            EventInput(
                on: try day(1, 10), recipients: [], endCondition: "Kunnes oikeellisuus tarkistettu"))
        try apply(
            service, "notify-lift", to: restriction, on: try day(2, 1),
            EventInput(
                on: try day(2, 1), reason: "Oikeellisuus tarkistettu väestötiedoista", note: "Ilmoitettu kirjeellä",
                liftsOn: try day(2, 10)))
        try apply(service, "lift", to: restriction, on: try day(2, 10))

        var objectionDraft = RequestDraft(
            kind: .objection, subject: DataSubject(name: "Daavid Markkinoija"),
            received: try day(1, 9))
        objectionDraft.isDirectMarketing = true
        let objection = try service.register(
            objectionDraft, actor: Fixture.actor, now: Fixture.now, today: try day(1, 9)
        ).caseNumber
        try apply(
            service, "complete", to: objection, on: try day(1, 15),
            EventInput(on: try day(1, 15), details: "Markkinointi lopetettu"))

        let portability = try register(
            service, .portability, on: try day(1, 10), subject: DataSubject(name: "Eero Siirtäjä"))
        try apply(
            service, "withdraw", to: portability, on: try day(1, 12),
            EventInput(on: try day(1, 12), note: "Peruttu puhelimessa"))

        let open = try register(
            service, .rectification, on: try day(2, 1),
            subject: DataSubject(name: "Fanni Avoin", email: "fanni@example.fi"))
        try apply(service, "acknowledge", to: open, on: try day(2, 2))
        return [access, erasure, restriction, objection, portability, open]
    }

    /// A day of 2026.
    static func day(_ month: Int, _ day: Int) throws -> CivilDate {
        try Fixture.day(2026, month, day)
    }

    private static func register(
        _ service: StoreWriter, _ kind: RequestKind, on received: CivilDate,
        subject: DataSubject, note: String? = nil
    ) throws -> CaseNumber {
        try service.register(
            RequestDraft(kind: kind, subject: subject, received: received, note: note),
            actor: Fixture.actor, now: Fixture.now, today: received
        ).caseNumber
    }

    private static func apply(
        _ service: StoreWriter, _ event: String, to caseNumber: CaseNumber, on day: CivilDate,
        _ input: EventInput? = nil
    ) throws {
        _ = try service.apply(
            EventID(event), to: caseNumber, input: input ?? EventInput(on: day), actor: Fixture.actor,
            now: Fixture.now, today: day)
    }
}
