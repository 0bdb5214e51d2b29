import DSRCore
import DSRLetters
import Testing

/// Every letter other than the refusal certificate, pinned by a snapshot per type and language.
struct CorrespondenceTests {
    static let types = LetterType.allCases.filter { $0 != .refusal }
    static let cases = types.flatMap { type in Language.allCases.map { (type, $0) } }

    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    private func render(_ type: LetterType, _ language: Language) throws -> String {
        try renderer.render(
            type, for: LetterFixtures.record(for: type, language: language),
            controller: LetterFixtures.fullController, language: language,
            date: LetterFixtures.letterDate(for: type))
    }

    @Test(arguments: cases)
    func letter(type: LetterType, language: Language) throws {
        // Given a request in the state after the letter's event
        let record = try LetterFixtures.record(for: type, language: language)
        // When the letter is written
        let letter = try render(type, language)
        // Then it has its title, the request and the signature, and matches the baseline
        #expect(letter.contains("\n" + type.titles[language].uppercased() + "\n"))
        #expect(letter.contains(record.caseNumber.description))
        #expect(letter.contains(record.kind.names[language]))
        #expect(letter.contains("Matti Meikäläinen\nKotikatu 2 A 3\n00200 Helsinki"))
        #expect(letter.hasPrefix("Esimerkki Oy\n"))
        #expect(letter.hasSuffix("Maija Virtanen\nEsimerkki Oy\nmaija.virtanen@esimerkki.fi, 040 123 4567\n"))
        #expect(!letter.contains("{{") && !letter.contains("}}"))
        #expect(!letter.contains("\n\n\n"), "no doubled blank lines")
        Snapshot.expect(letter, matches: "\(type.rawValue).\(language.rawValue)")
    }

    /// An English letter writes its dates as "8 May 2026", which a reader abroad cannot take for 5 August; Finnish
    /// and Swedish keep the Finnish form 8.5.2026 (legal-facts § 2.9, wording checked by the legal review).
    @Test(arguments: types)
    func englishLettersWriteTheMonthsName(type: LetterType) throws {
        let english = try render(type, .en)
        #expect(english.contains(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b/))
        #expect(!english.contains(/\b\d{1,2}\.\d{1,2}\.\d{4}\b/))
        let finnish = try render(type, .fi)
        #expect(finnish.contains(/Päiväys: \d{1,2}\.\d{1,2}\.\d{4}\n/))
    }

    /// GDPR Art. 18(3): the notice before lifting gives the day from which the restriction ends and the reason.
    @Test(arguments: Language.allCases)
    func liftNoticeGivesTheDayAndTheReason(language: Language) throws {
        let record = try LetterFixtures.record(for: .restrictionLiftNotice, language: language)
        let letter = try render(.restrictionLiftNotice, language)
        let day: [Language: String] = [
            .fi: "poistetaan 3.4.2026 alkaen", .sv: "hävs från och med den 3.4.2026",
            .en: "lifted with effect from 3 April 2026",
        ]
        #expect(letter.contains(day[language] ?? "?"))
        #expect(letter.contains(try #require(record.liftReason)))
    }

    /// A withdrawn request is confirmed: withdrawn on DATE, nothing further is done, a new request is possible
    /// (legal-facts § 2.9).
    @Test(arguments: Language.allCases)
    func withdrawalConfirmationGivesTheDayAndThatANewRequestIsPossible(language: Language) throws {
        let letter = try render(.withdrawalConfirmation, language)
        let phrases: [Language: [String]] = [
            .fi: ["peruuttaneet pyyntönne 12.3.2026", "Emme käsittele pyyntöä enempää", "uuden pyynnön"],
            .sv: ["återkallat din begäran den 12.3.2026", "Vi behandlar inte begäran vidare", "en ny begäran"],
            .en: [
                "withdrew your request on 12 March 2026", "will not handle the request any further",
                "make a new request",
            ],
        ]
        for phrase in phrases[language] ?? [] { #expect(letter.contains(phrase)) }
    }

    /// GDPR Art. 12(6), recital 63: the identity and clarification requests list what is asked (`--asked`) and say why.
    @Test(arguments: [LetterType.identityRequest, .clarificationRequest], Language.allCases)
    func pauseLettersListWhatIsAsked(type: LetterType, language: Language) throws {
        var record = try LetterFixtures.record(for: type, language: language)
        record.askedFor = ["Asiakasnumero", "Toimitusosoite 1.1.2026"]
        let letter = try renderer.render(
            type, for: record, controller: LetterFixtures.fullController,
            language: language, date: LetterFixtures.letterDate(for: type))
        #expect(letter.contains("- Asiakasnumero\n- Toimitusosoite 1.1.2026\n"))
        let generic = try render(type, language)
        #expect(!generic.contains("- Asiakasnumero"))
        if type == .identityRequest {
            let why: [Language: String] = [
                .fi: "perusteltua syytä epäillä", .sv: "rimliga skäl att betvivla",
                .en: "reasonable doubts",
            ]
            #expect(letter.contains(why[language] ?? "?"))
            #expect(generic.contains(why[language] ?? "?"))
        }
    }

    @Test(arguments: Language.allCases)
    func acknowledgementGivesThePeriodFromReceiptToDeadline(language: Language) throws {
        let letter = try render(.acknowledgement, language)
        let period: [Language: String] = [
            .fi: "5.3.2026–7.4.2026", .sv: "5.3.2026–7.4.2026",
            .en: "from 5 March 2026 to 7 April 2026",
        ]
        #expect(letter.contains(period[language] ?? "?"))
    }

    @Test(arguments: Language.allCases)
    func identityRequestSaysTheClockIsPausedAndNoCopyIsKept(language: Language) throws {
        let letter = try render(.identityRequest, language)
        let phrases: [Language: [String]] = [
            .fi: [
                "Katsomme, että pyyntöön vastaamisen kuukauden määräaika ei kulu 9.3.2026 alkaen",
                "määräaika voi tällaisessa tilanteessa keskeytyä", "kopiota emme säilytä", "12 artiklan 6 kohta",
            ],
            .sv: [
                "Tidsfristen löper inte från och med den 9.3.2026", "enligt vår bedömning", "kan tidsfristen avbrytas",
                "vi sparar ingen kopia", "artikel 12.6",
            ],
            .en: [
                "In our view the one-month time limit for answering your request does not run from 9 March 2026",
                "may be suspended", "we do not keep a copy", "Article 12(6)",
            ],
        ]
        for phrase in phrases[language] ?? [] { #expect(letter.contains(phrase)) }
    }

    /// The pause during an identity or clarification request is the controller's position, not settled law: EDPB
    /// Guidelines 01/2022 § 159 say only that the period "may" be suspended (legal-facts § 1.3, § 2.9).
    @Test(arguments: [LetterType.identityRequest, .clarificationRequest], Language.allCases)
    func pauseLettersDoNotStateTheSuspensionAsSettled(type: LetterType, language: Language) throws {
        let letter = try render(type, language)
        for settled in ["on keskeytetty", "har avbrutits", "has been suspended", "is suspended"] {
            #expect(!letter.contains(settled))
        }
    }

    @Test(arguments: Language.allCases)
    func extensionNoticeGivesReasonsAndBothDeadlines(language: Language) throws {
        let record = try LetterFixtures.record(for: .extensionNotice, language: language)
        let letter = try render(.extensionNotice, language)
        #expect(letter.contains(try #require(record.extensionReason)))
        #expect(record.deadline.finnish == "5.6.2026")
        #expect(letter.contains(language == .en ? "5 June 2026" : "5.6.2026"))
        #expect(letter.contains(language == .en ? "7 April 2026" : "7.4.2026"))
    }

    /// Legal-facts § 2.9: the Art. 15(1) items as they apply to this person (the case's values, not the notice's),
    /// no automated decision-making said as such, and the copy (Art. 15(3)) listed as an enclosure.
    @Test(arguments: Language.allCases)
    func accessResponseGivesArticle15Information(language: Language) throws {
        let letter = try render(.accessResponse, language)
        let access = LetterFixtures.accessInformation(language)
        for text in [access.purposes, access.recipients, access.retention, access.source] {
            #expect(letter.contains(try #require(text)))
        }
        for category in (access.categories ?? "").split(separator: "\n") { #expect(letter.contains("- " + category)) }
        let profile = LetterFixtures.fullController
        for text in [profile.purposes, profile.recipients, profile.retention, profile.sources] {
            #expect(!letter.contains(try #require(text)), "the notice's general text is not printed")
        }
        let noAutomated: [Language: String] = [
            .fi: "Teistä ei tehdä yksinomaan automaattiseen käsittelyyn, kuten profilointiin, perustuvia päätöksiä",
            .sv: "Inga beslut som enbart grundas på automatiserad behandling, inbegripet profilering, fattas om dig",
            .en: "No decisions based solely on automated processing, including profiling, are made about you",
        ]
        #expect(letter.contains(noAutomated[language] ?? "?"))
        let copy = try #require(access.copies?.first)
        #expect(letter.contains("- " + copy + ": "))
        #expect(letter.contains(renderer.authority[language].visitingAddress))
    }

    @Test(arguments: Language.allCases)
    func completionNoticesListTheArticle19Recipients(language: Language) throws {
        let rectification = try render(.rectificationNotice, language)
        #expect(rectification.contains("- Palkkapalvelu Oy\n- Vakuutusyhtiö Esimerkki\n"))
        let erasure = try render(.erasureNotice, language)
        let none: [Language: String] = [
            .fi: "ei ole luovutettu", .sv: "har inte lämnats ut", .en: "have not been disclosed",
        ]
        #expect(erasure.contains(none[language] ?? "?"))
        let restriction = try render(.restrictionNotice, language)
        #expect(restriction.contains("- Asiakaspalvelu Kumppani Oy\n"))
        let promise: [Language: String] = [.fi: "18 artiklan 3 kohta", .sv: "artikel 18.3", .en: "Article 18(3)"]
        #expect(restriction.contains(promise[language] ?? "?"))
    }

    @Test func objectionToDirectMarketingAndOnParticularSituationDiffer() throws {
        var record = try LetterFixtures.record(for: .objectionNotice, language: .en)
        let date = try LetterFixtures.letterDate()
        let marketing = try renderer.render(
            .objectionNotice, for: record, controller: LetterFixtures.controller,
            language: .en, date: date)
        record.isDirectMarketing = false
        let situation = try renderer.render(
            .objectionNotice, for: record, controller: LetterFixtures.controller,
            language: .en, date: date)
        #expect(marketing.contains("Article 21(2) and (3)") && !marketing.contains("Article 21(1)"))
        #expect(situation.contains("Article 21(1)") && !situation.contains("Article 21(2)"))
    }

    @Test func clarificationOfANonAccessRequestDoesNotCiteRecital63() throws {
        var record = try LetterFixtures.record(for: .clarificationRequest, language: .fi)
        record.kind = .erasure
        let letter = try renderer.render(
            .clarificationRequest, for: record, controller: LetterFixtures.controller,
            language: .fi, date: LetterFixtures.letterDate(for: .clarificationRequest))
        #expect(!letter.contains("63 kappale"))
        #expect(letter.contains("täsmennätte pyyntöänne"))
    }
}
