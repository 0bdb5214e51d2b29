import DSRCore
import Testing

/// Fixed requests, controller and dates for letter tests. Every name and address here is invented.
enum LetterFixtures {
    /// The controller profile every fixture letter is written for.
    static let controller = ControllerProfile(
        name: "Esimerkki Oy", businessID: "2747637-5", address: "Esimerkkikatu 1\n00100 Helsinki",
        phone: "09 123 4567", email: "tietosuoja@esimerkki.fi", contactPerson: "Maija Virtanen",
        contactDetails: "maija.virtanen@esimerkki.fi, 040 123 4567")

    /// The data subject of every fixture request.
    static let subject = DataSubject(
        name: "Matti Meikäläinen", email: "matti.meikalainen@example.com",
        address: "Kotikatu 2 A 3\n00200 Helsinki")

    /// Parses a fixture date.
    static func date(_ text: String) throws -> CivilDate {
        try #require(CivilDate(parsing: text))
    }

    /// The day the fixture letters are dated.
    static func letterDate() throws -> CivilDate { try date("2026-03-20") }

    /// An open request received on 5 March 2026, in progress.
    static func openRecord(_ kind: RequestKind = .access, sequence: Int = 1, language: Language = .fi) throws
        -> RequestRecord
    {
        let received = try date("2026-03-05")
        return RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: sequence), kind: kind, state: StateID("in-progress"),
            workflowVersion: 1, received: received, subject: subject, channel: .email, language: language,
            isDirectMarketing: false, note: nil, clock: .running,
            deadline: DeadlineCalculator().deadline(received: received).date)
    }

    /// A request refused on 20 March 2026 with the given refusal.
    static func refusedRecord(_ kind: RequestKind, sequence: Int, refusal: Refusal, language: Language) throws
        -> RequestRecord
    {
        var record = try openRecord(kind, sequence: sequence, language: language)
        record.state = StateID("refused")
        record.clock = .stopped
        record.closedOn = try letterDate()
        record.outcome = .refused
        record.refusal = refusal
        record.lastEventOn = try letterDate()
        return record
    }

    /// Case 2026-0001: an access request refused in full as excessive (GDPR Art. 12(5)).
    static func wholeRefusal(_ language: Language) throws -> RequestRecord {
        let reason = LocalizedText(
            fi:
                "Olette pyytäneet samoja tietoja neljä kertaa kuukauden aikana. Tiedot toimitettiin teille maksutta 2.3.2026, eikä niissä ole sen jälkeen tapahtunut muutoksia.",
            sv:
                "Du har begärt samma uppgifter fyra gånger under en månad. Uppgifterna lämnades till dig kostnadsfritt den 2.3.2026 och de har inte ändrats sedan dess.",
            en:
                "You have asked for the same data four times within one month. The data were given to you free of charge on 2.3.2026 and have not changed since."
        )
        return try refusedRecord(
            .access, sequence: 1,
            refusal: Refusal(
                grounds: [GroundCode(rawValue: "art12-5-excessive")], reason: reason[language]), language: language)
    }

    /// Case 2026-0002: an erasure request refused in part because of bookkeeping retention (GDPR Art. 17(3)(b)).
    static func partialRefusal(_ language: Language) throws -> RequestRecord {
        let reason = LocalizedText(
            fi:
                "Laskut ja niihin liittyvät tositteet on kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan säilytettävä vähintään kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi. Poistamme ne säilytysajan päätyttyä.",
            sv:
                "Fakturor och tillhörande verifikationer ska enligt 2 kap. 10 § bokföringslagen (1336/1997) bevaras i minst sex år från utgången av det år under vilket räkenskapsperioden har upphört. Vi raderar dem när förvaringstiden har löpt ut.",
            en:
                "Under chapter 2 section 10 of the Accounting Act (1336/1997), invoices and their vouchers must be kept for at least six years from the end of the year in which the financial year ended. We will erase them when that period ends."
        )
        let granted = LocalizedText(
            fi: "Markkinointirekisteriin ja asiakasprofiiliin tallennetut tietonne on poistettu 20.3.2026.",
            sv: "Dina uppgifter i marknadsföringsregistret och kundprofilen har raderats den 20.3.2026.",
            en: "Your data in the marketing register and the customer profile were erased on 20.3.2026.")
        return try refusedRecord(
            .erasure, sequence: 2,
            refusal: Refusal(
                grounds: [GroundCode(rawValue: "art17-3-b-legal-obligation")], reason: reason[language],
                granted: granted[language]), language: language)
    }

    /// Case 2026-0003: an access request restricted in part under Tietosuojalaki § 34(1)(1), reasons withheld.
    static func restrictedRefusal(_ language: Language) throws -> RequestRecord {
        let granted = LocalizedText(
            fi: "Saatte jäljennöksen asiakastiedoistanne ja tilaushistoriastanne tämän kirjeen liitteenä.",
            sv: "Du får en kopia av dina kunduppgifter och din beställningshistorik som bilaga till detta brev.",
            en: "You receive a copy of your customer data and order history enclosed with this letter.")
        var record = try refusedRecord(
            .access, sequence: 3,
            refusal: Refusal(
                grounds: [GroundCode(rawValue: "tsl34-1-security-crime")],
                reason: "Rikosilmoitus 12.3.2026, tutkinta kesken", granted: granted[language], reasonsWithheld: true),
            language: language)
        record.access = accessInformation(language)
        return record
    }
}
