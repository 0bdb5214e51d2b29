import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// Causes of missed names and false `missing-controller` errors found in the sixth round's fresh set (development
/// data since it was scored and read, issue 16, round 7): a controller named only as the subject of collecting or
/// processing in prose, or separated from its role by its identifiers and address. Each snippet is written here, not
/// copied from a notice.
struct NoticeRoundSevenTests: NoticeSnippetTesting {
    private let purposes = "## Käyttötarkoitus\n\nJäsenrekisteri.\n"

    @Test(arguments: [
        ("Esimerkki ry kerää ja käsittelee henkilötietoja vain jäsenhakemuksia varten.", "Esimerkki ry"),
        ("Policyn beskriver hur Exempel Data AB, org. nr. 556000-0000, samlar in uppgifter.", "Exempel Data AB"),
        ("Example Widgets Ltd processes your e-mail address to answer you.", "Example Widgets Ltd"),
        ("Yhdistys kerää henkilötietoja.", nil),
        ("Esimerkki ry:n jäsenet keräävät tietoja.", nil),
        ("Esimerkki Oy, jonka kanssa teemme yhteistyötä, tarjoaa palvelun.", nil),
    ])
    func aControllerAsTheSubjectOfProcessingIsRead(_ sentence: String, _ name: String?) throws {
        // Given a name with a legal form as the subject of collecting or processing, when read, then it is the name;
        // a capitalised first word without a legal form, or a name that processes nothing, is none.
        #expect(FallbackParty.nameAsSubject(in: sentence)?.name == name)
    }

    @Test func aNameSeparatedFromItsRoleByItsIDAndAddressIsRead() throws {
        // Given "name, ID, c/o …, address (hereafter …) is the controller" in one sentence, when read, then the name
        // is the controller's, with its role.
        let sentence =
            "Exempel Tid AB, 556000-0000, c/o Maria Exempel, Exempelvägen 4, 302 64 Halmstad (nedan kallad Loppet) "
            + "är personuppgiftsansvarig för behandlingen."
        #expect(FallbackParty.nameAsSubject(in: sentence)?.name == "Exempel Tid AB")
        #expect(FallbackParty.nameAsSubject(in: sentence)?.withRole == true)
        let text = "# Integritetspolicy\n\n\(sentence)\n\n## Ändamål\n\nAnmälan till loppet.\n"
        #expect(try parse(text).profile.name == "Exempel Tid AB")
        #expect(try !rules(text).contains("missing-controller"))
    }

    @Test func aSubjectNamedAgainInTheNoticeIsTheController() throws {
        // Given a notice whose only naming of the controller is as the subject of processing, and whose footer names
        // it again, when parsed, then it is the controller and lint misses none.
        let text =
            "# Tietosuoja\n\nEsimerkki ry kerää ja käsittelee henkilötietoja yhteydenottoja varten.\n\n" + purposes
            + "\n© 2025 Esimerkki ry. Kaikki oikeudet pidätetään.\n"
        #expect(try parse(text).profile.name == "Esimerkki ry")
        #expect(try !rules(text).contains("missing-controller"))
    }

    @Test func aSubjectNamedOnceOrTwoDifferentSubjectsGiveNoName() throws {
        // Given the subject written only once, or two different parties as subjects, when parsed, then no name is
        // taken (either could be a processor), and lint still reports the missing controller.
        let once = "# Tietosuoja\n\nEsimerkki ry kerää henkilötietoja.\n\n" + purposes
        #expect(try parse(once).profile.name == nil)
        #expect(try rules(once).contains("missing-controller"))
        let two =
            "# Tietosuoja\n\nEsimerkki ry kerää henkilötietoja. Esimerkki ry vastaa sivustosta.\n\n"
            + "Analyysi Palvelu Oy käsittelee käyntitietoja.\n\n" + purposes
        #expect(try parse(two).profile.name == nil)
    }
}

/// The retention cause of the sixth round's fresh set: a limit by necessity written as "the time needed" outside a
/// retention heading.
struct NoticeRoundSevenRetentionTests {
    @Test func keepingForTheTimeNeededOutsideARetentionHeadingStatesTheRetention() throws {
        // Given an unstructured notice that keeps messages "vain tarvittavan ajan", when linted, then the retention
        // is found outside its heading (an info finding), not missing; without the sentence it is missing.
        let base = "# Rekisterinpitäjä\n\nEsimerkki Oy\nKauppakatu 1, 00100 Helsinki\n\n## Tietojen käyttö\n\n"
        let kept =
            base
            + "Yhteydenottolomakkeen viestejä käytetään vastaamiseen. Viestejä säilytetään vain tarvittavan ajan.\n"
        let found = Set(try NoticeLinter().lint(try NoticeParser().parse(Data(kept.utf8))).map(\.rule))
        #expect(!found.contains("missing-retention"))
        #expect(found.contains("retention-not-under-heading"))
        let none = base + "Yhteydenottolomakkeen viestejä käytetään vastaamiseen.\n"
        #expect(
            Set(try NoticeLinter().lint(try NoticeParser().parse(Data(none.utf8))).map(\.rule)).contains(
                "missing-retention"))
    }
}

/// The rights cause of the sixth round's fresh set: limiting something else, or a legitimate interest, read as the
/// right to restriction of processing.
struct NoticeRoundSevenRightsTests {
    func rules(_ text: String) throws -> Set<String> {
        Set(try NoticeLinter().lint(try NoticeParser().parse(Data(text.utf8))).map(\.rule))
    }

    private let base = "# Rekisterinpitäjä\n\nEsimerkki Oy\nKauppakatu 1, 00100 Helsinki\n\n"

    @Test func limitingRequestsUnderALegitimateInterestIsNoRightToRestriction() throws {
        // Given "rajoittamiseksi" of request counts in a sentence on a legitimate interest, when linted, then the
        // right to restriction is still missing; a right to restrict the processing is found.
        let limiting =
            base + "## Tekniset tiedot\n\nPalvelin käsittelee IP-osoitetta pyyntöjen rajoittamiseksi. Käsittely "
            + "perustuu oikeutettuun etuumme.\n"
        #expect(try rules(limiting).contains("missing-right-restriction"))
        let right = base + "## Oikeutesi\n\nSinulla on oikeus pyytää käsittelyn rajoittamista.\n"
        #expect(try !rules(right).contains("missing-right-restriction"))
        let unheaded = base + "## Muuta\n\nVoit pyytää tietojesi käsittelyn rajoittamista.\n"
        #expect(try !rules(unheaded).contains("missing-right-restriction"))
    }
}
