import DSRCore
import Testing

/// Fixed requests in the states that call for each letter other than the refusal certificate.
extension LetterFixtures {
    /// A controller profile that also carries the privacy notice's Art. 15(1) information.
    static let fullController: ControllerProfile = {
        var profile = controller
        profile.registerName = "Esimerkki Oy:n asiakasrekisteri"
        profile.purposes = "Asiakassuhteen hoitaminen, tilausten toimittaminen ja laskutus."
        profile.legalBasis =
            "Sopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta) ja lakisääteinen velvoite (c alakohta)."
        profile.dataCategories = ["Nimi ja yhteystiedot", "Tilaus- ja laskutushistoria", "Asiakaspalveluviestit"]
        profile.recipients = "Maksupalvelun tarjoaja (henkilötietojen käsittelijä); Posti Oy toimitusten kuljettajana."
        profile.retention = "Asiakassuhteen ajan ja sen jälkeen kirjanpitolain edellyttämän ajan (6–10 vuotta)."
        profile.sources = "Tiedot saadaan asiakkaalta itseltään tilauksen yhteydessä."
        profile.transfers = "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
        profile.dataProtectionOfficer = "Tietosuojavastaava, tietosuoja@esimerkki.fi"
        return profile
    }()

    /// A record of the given kind, received 5.3.2026 (deadline 7.4.2026 after Easter), with changes applied.
    static func record(
        _ kind: RequestKind, sequence: Int, language: Language,
        _ change: (inout RequestRecord) throws -> Void = { _ in }
    ) throws -> RequestRecord {
        var record = try openRecord(kind, sequence: sequence, language: language)
        try change(&record)
        return record
    }

    /// Closes a record as completed on 20.3.2026.
    static func complete(_ record: inout RequestRecord) throws {
        record.state = StateID("completed")
        record.clock = .stopped
        record.closedOn = try letterDate()
        record.outcome = .completed
        record.lastEventOn = try letterDate()
    }

    /// Pauses a record's clock from 9.3.2026, waiting in the given state.
    static func pause(_ record: inout RequestRecord, state: String) throws {
        record.state = StateID(state)
        record.clock = .paused
        record.pauses = [ClockPause(start: try date("2026-03-09"))]
        record.lastEventOn = try date("2026-03-09")
    }

    /// A record in the state after the letter's event, with what that event records, for each letter type.
    static func record(for type: LetterType, language: Language) throws -> RequestRecord {
        switch type {
        case .acknowledgement:
            return try record(.access, sequence: 11, language: language) { $0.lastEventOn = try date("2026-03-06") }
        case .identityRequest:
            return try record(.erasure, sequence: 12, language: language) { try pause(&$0, state: "awaiting-identity") }
        case .clarificationRequest:
            return try record(.access, sequence: 13, language: language) {
                try pause(&$0, state: "awaiting-clarification")
            }
        case .extensionNotice:
            let reasons = LocalizedText(
                fi:
                    "Pyyntönne koskee kymmenen vuoden tietoja kolmesta eri järjestelmästä, ja osa aineistosta on arkistoitu. Tietojen kokoaminen ja muiden henkilöiden tietojen poistaminen aineistosta vie arviolta kuusi viikkoa.",
                sv:
                    "Din begäran gäller uppgifter från tio år i tre olika system, och en del av materialet är arkiverat. Att sammanställa uppgifterna och ta bort andra personers uppgifter ur materialet tar uppskattningsvis sex veckor.",
                en:
                    "Your request covers ten years of data in three different systems, part of which is archived. Collecting the data and removing other people's data from them will take about six weeks."
            )
            return try record(.access, sequence: 14, language: language) { record in
                record.extendedOn = try date("2026-03-30")
                record.extensionReason = reasons[language]
                record.deadline = record.deadlineDetail().date
                record.lastEventOn = try date("2026-03-30")
            }
        case .accessResponse:
            let details = LocalizedText(
                fi: "Jäljennös toimitettu salattuna PDF-tiedostona sähköpostitse; salasana lähetetty tekstiviestillä.",
                sv: "Kopian har skickats som en krypterad PDF-fil per e-post; lösenordet har skickats per sms.",
                en: "The copy was sent as an encrypted PDF file by e-mail; the password was sent by text message.")
            return try record(.access, sequence: 15, language: language) { record in
                try complete(&record)
                record.details = details[language]
                record.access = accessInformation(language)
            }
        case .rectificationNotice:
            let details = LocalizedText(
                fi: "Sukunimenne on korjattu muotoon Meikäläinen ja osoitteenne päivitetty asiakasrekisteriin.",
                sv: "Ditt efternamn har rättats till Meikäläinen och din adress har uppdaterats i kundregistret.",
                en: "Your surname has been corrected to Meikäläinen and your address updated in the customer register.")
            return try record(.rectification, sequence: 16, language: language) { record in
                try complete(&record)
                record.details = details[language]
                record.recipientsNotified = ["Palkkapalvelu Oy", "Vakuutusyhtiö Esimerkki"]
            }
        case .erasureNotice:
            return try record(.erasure, sequence: 17, language: language) { record in
                try complete(&record)
                record.recipientsNotified = []
            }
        case .restrictionNotice:
            let end = LocalizedText(
                fi: "Kunnes olemme tarkistaneet, pitävätkö kiistämänne osoitetiedot paikkansa (arviolta 30.4.2026).",
                sv:
                    "Tills vi har kontrollerat om de adressuppgifter som du har bestridit är korrekta (uppskattningsvis 30.4.2026).",
                en:
                    "Until we have verified whether the address data you contested are accurate (expected by 30 April 2026)."
            )
            return try record(.restriction, sequence: 18, language: language) { record in
                record.state = StateID("restricted")
                record.clock = .stopped
                record.endCondition = end[language]
                record.recipientsNotified = ["Asiakaspalvelu Kumppani Oy"]
                record.lastEventOn = try letterDate()
            }
        case .restrictionLiftNotice:
            var restricted = try record(for: .restrictionNotice, language: language)
            restricted.caseNumber = CaseNumber(year: 2026, sequence: 19)
            restricted.state = StateID("lift-notified")
            restricted.liftsOn = try date("2026-04-03")
            restricted.liftReason =
                LocalizedText(
                    fi: "Olemme tarkistaneet osoitetietonne väestötietojärjestelmästä, ja ne pitävät paikkansa.",
                    sv: "Vi har kontrollerat dina adressuppgifter i befolkningsdatasystemet, och de är korrekta.",
                    en:
                        "We have checked your address data against the Population Information System, and they are accurate."
                )[language]
            return restricted
        case .portabilityNotice:
            let details = LocalizedText(
                fi:
                    "Tiedot toimitettu JSON- ja CSV-tiedostoina suojatun latauslinkin kautta; linkki on voimassa 14 päivää.",
                sv:
                    "Uppgifterna har lämnats som JSON- och CSV-filer via en skyddad nedladdningslänk som gäller i 14 dagar.",
                en: "The data were provided as JSON and CSV files through a secure download link valid for 14 days.")
            return try record(.portability, sequence: 20, language: language) { record in
                try complete(&record)
                record.details = details[language]
            }
        case .objectionNotice:
            let details = LocalizedText(
                fi:
                    "Sähköpostiosoitteenne on poistettu uutiskirje- ja kampanjalistoilta, ja asiakasprofiilinne on merkitty suoramarkkinointikieltoon.",
                sv:
                    "Din e-postadress har tagits bort från nyhetsbrevs- och kampanjlistorna och din kundprofil har märkts med förbud mot direktmarknadsföring.",
                en:
                    "Your e-mail address has been removed from the newsletter and campaign lists, and your customer profile is marked as barred from direct marketing."
            )
            return try record(.objection, sequence: 21, language: language) { record in
                record.isDirectMarketing = true
                try complete(&record)
                record.details = details[language]
            }
        case .refusal:
            return try wholeRefusal(language)
        case .withdrawalConfirmation:
            return try record(.access, sequence: 22, language: language) { record in
                record.state = StateID("withdrawn")
                record.clock = .stopped
                record.closedOn = try date("2026-03-12")
                record.outcome = .withdrawn
                record.lastEventOn = try date("2026-03-12")
            }
        }
    }

    /// The date a fixture letter of the type is written.
    static func letterDate(for type: LetterType) throws -> CivilDate {
        switch type {
        case .acknowledgement: try date("2026-03-06")
        case .identityRequest, .clarificationRequest: try date("2026-03-09")
        case .withdrawalConfirmation: try date("2026-03-12")
        case .extensionNotice: try date("2026-03-30")
        case .accessResponse, .rectificationNotice, .erasureNotice, .restrictionNotice, .restrictionLiftNotice,
            .portabilityNotice, .objectionNotice, .refusal:
            try letterDate()
        }
    }
}
