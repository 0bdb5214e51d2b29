import DSRCore
import DSRLetters
import Testing

/// Letters the request's kind or state does not allow, and what the errors say.
struct CorrespondenceRuleTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    private func error(
        _ type: LetterType, _ record: RequestRecord, date: CivilDate? = nil,
        controller: ControllerProfile? = LetterFixtures.fullController
    ) throws -> LetterError? {
        let day = try date ?? LetterFixtures.letterDate(for: type)
        do {
            _ = try renderer.render(type, for: record, controller: controller, language: .fi, date: day)
            return nil
        } catch {
            return error
        }
    }

    @Test func completionNoticeForAnotherKindIsRefused() throws {
        let record = try LetterFixtures.record(for: .accessResponse, language: .fi)
        #expect(try error(.erasureNotice, record) == .notApplicable(record.caseNumber, .erasureNotice, .access))
    }

    @Test func everyTypeAppliesToTheKindsItShould() {
        for kind in RequestKind.allCases {
            let own = LetterType.allCases.filter { $0.applies(to: kind) }
            #expect(own.contains(.acknowledgement) && own.contains(.refusal) && own.contains(.extensionNotice))
            #expect(own.count == (kind == .restriction ? 8 : 7))
        }
    }

    @Test func acknowledgementOfAClosedRequestIsRefused() throws {
        let record = try LetterFixtures.record(for: .accessResponse, language: .fi)
        #expect(try error(.acknowledgement, record) == .closed(record.caseNumber, .acknowledgement))
    }

    @Test func identityRequestNeedsAPausedClock() throws {
        let record = try LetterFixtures.record(for: .acknowledgement, language: .fi)
        let found = try error(.identityRequest, record)
        #expect(found == .notPaused(record.caseNumber, .identityRequest))
        #expect(found?.errorDescription?.contains("Record 'request-identity' first.") == true)
        #expect(try error(.clarificationRequest, record)?.errorDescription?.contains("request-clarification") == true)
    }

    @Test func extensionNoticeNeedsAnExtension() throws {
        let record = try LetterFixtures.record(for: .acknowledgement, language: .fi)
        #expect(try error(.extensionNotice, record) == .notExtended(record.caseNumber))
    }

    @Test func extensionRecordedAfterTheFirstMonthGetsNoNotice() throws {
        // Given an extension on 8.4.2026, after the first month ended on 7.4.2026 (5.4. is Easter Sunday)
        var record = try LetterFixtures.record(for: .extensionNotice, language: .fi)
        record.extendedOn = try LetterFixtures.date("2026-04-08")
        let found = try error(.extensionNotice, record, date: LetterFixtures.date("2026-04-08"))
        #expect(
            found
                == .extensionTooLate(
                    record.caseNumber, extendedOn: try LetterFixtures.date("2026-04-08"),
                    lastDay: try LetterFixtures.date("2026-04-07")))
        #expect(found?.category == .ruleViolation)
    }

    @Test func aPauseAfterTheExtensionDoesNotMakeALateExtensionTimely() throws {
        // Given a late extension (9.4.2026) followed by a 12-day pause, which would move the month's end to 17.4.2026
        var record = try LetterFixtures.record(for: .extensionNotice, language: .fi)
        record.extendedOn = try LetterFixtures.date("2026-04-09")
        record.pauses = [
            ClockPause(start: try LetterFixtures.date("2026-04-10"), end: try LetterFixtures.date("2026-04-22"))
        ]
        #expect(
            record.deadlineDetail().extensionNoticeBy == (try LetterFixtures.date("2026-04-07")),
            "pauses do not widen the window")
        // Then the notice is refused
        #expect(
            try error(.extensionNotice, record, date: LetterFixtures.date("2026-04-09"))
                == .extensionTooLate(
                    record.caseNumber, extendedOn: try LetterFixtures.date("2026-04-09"),
                    lastDay: try LetterFixtures.date("2026-04-07")))
    }

    /// Legal-facts § 2.9: the extension notice is sent within one month of receipt; pause days do not widen that
    /// window (GDPR Art. 12(3)), though they move the deadline the notice states.
    @Test func aPauseBeforeTheExtensionDoesNotWidenTheNoticeWindow() throws {
        // Given a 7-day pause in March: the deadline moves from 7.4. to 12.4. + roll = 13.4.2026, the window does not
        var record = try LetterFixtures.record(for: .extensionNotice, language: .fi)
        record.pauses = [
            ClockPause(start: try LetterFixtures.date("2026-03-09"), end: try LetterFixtures.date("2026-03-16"))
        ]
        record.extendedOn = try LetterFixtures.date("2026-04-07")
        record.deadline = record.deadlineDetail().date
        // Then an extension and notice on 7.4. are timely and state the paused deadline, 13.4.2026
        let letter = try renderer.render(
            .extensionNotice, for: record, controller: LetterFixtures.controller,
            language: .fi, date: LetterFixtures.date("2026-04-07"))
        #expect(letter.contains("13.4.2026"))
        // A notice dated 8.4. is late, and so is an extension recorded on 13.4.
        #expect(
            try error(.extensionNotice, record, date: LetterFixtures.date("2026-04-08"))
                == .extensionNoticeTooLate(
                    record.caseNumber, date: try LetterFixtures.date("2026-04-08"),
                    lastDay: try LetterFixtures.date("2026-04-07")))
        record.extendedOn = try LetterFixtures.date("2026-04-13")
        #expect(
            try error(.extensionNotice, record, date: LetterFixtures.date("2026-04-13"))
                == .extensionTooLate(
                    record.caseNumber, extendedOn: try LetterFixtures.date("2026-04-13"),
                    lastDay: try LetterFixtures.date("2026-04-07")))
    }

    @Test func extensionWithoutReasonsGetsNoNotice() throws {
        var record = try LetterFixtures.record(for: .extensionNotice, language: .fi)
        record.extensionReason = "  "
        #expect(try error(.extensionNotice, record) == .extensionReasonMissing(record.caseNumber))
    }

    @Test func completionNoticesNeedACompletedRequest() throws {
        let open = try LetterFixtures.record(.rectification, sequence: 30, language: .fi)
        #expect(try error(.rectificationNotice, open) == .notCompleted(open.caseNumber, .rectificationNotice))
        let refused = try LetterFixtures.refusedRecord(
            .access, sequence: 31,
            refusal: Refusal(
                grounds: [GroundCode(rawValue: "art12-5-excessive")], reason: "x"), language: .fi)
        #expect(try error(.accessResponse, refused) == .notCompleted(refused.caseNumber, .accessResponse))
    }

    @Test func article19NoticesNeedTheRecipients() throws {
        var record = try LetterFixtures.record(for: .rectificationNotice, language: .fi)
        record.recipientsNotified = nil
        #expect(try error(.rectificationNotice, record) == .recipientsMissing(record.caseNumber))
    }

    @Test func noticesThatMustSayWhatWasDoneNeedDetails() throws {
        for type in [LetterType.rectificationNotice, .portabilityNotice, .objectionNotice] {
            var record = try LetterFixtures.record(for: type, language: .fi)
            record.details = nil
            #expect(try error(type, record) == .detailsMissing(record.caseNumber, type))
        }
    }

    @Test func restrictionLettersNeedARecordedRestriction() throws {
        let open = try LetterFixtures.record(.restriction, sequence: 32, language: .fi)
        #expect(try error(.restrictionNotice, open) == .notRestricted(open.caseNumber))
        #expect(try error(.restrictionLiftNotice, open) == .notRestricted(open.caseNumber))
    }

    /// GDPR Art. 18(3): the notice before lifting states the day the restriction ends and why; without them it is
    /// refused (legal-facts § 2.9).
    @Test func liftNoticeNeedsTheDayAndTheReason() throws {
        var record = try LetterFixtures.record(for: .restrictionLiftNotice, language: .fi)
        record.liftsOn = nil
        #expect(try error(.restrictionLiftNotice, record) == .liftNotRecorded(record.caseNumber))
        record = try LetterFixtures.record(for: .restrictionLiftNotice, language: .fi)
        record.liftReason = " "
        #expect(try error(.restrictionLiftNotice, record) == .liftNotRecorded(record.caseNumber))
    }

    /// The withdrawal confirmation is only for a withdrawn request.
    @Test func withdrawalConfirmationNeedsAWithdrawnRequest() throws {
        let open = try LetterFixtures.record(.access, sequence: 33, language: .fi)
        #expect(try error(.withdrawalConfirmation, open) == .notWithdrawn(open.caseNumber))
        let completed = try LetterFixtures.record(for: .accessResponse, language: .fi)
        #expect(try error(.withdrawalConfirmation, completed) == .notWithdrawn(completed.caseNumber))
    }

    /// Legal-facts § 2.9: the response states Art. 15(1)(a)–(d) and (h) as they apply to the person; where neither
    /// the case nor the profile gives a part, the letter is refused (a rule, exit 1), naming the parts.
    @Test func accessResponseNeedsArticle15InformationInTheCaseOrTheProfile() throws {
        var record = try LetterFixtures.record(for: .accessResponse, language: .fi)
        record.access = AccessInformation(recipients: "Posti Oy")
        var profile = LetterFixtures.fullController
        profile.purposes = nil
        profile.dataCategories = [" "]
        profile.recipients = nil
        let found = try error(.accessResponse, record, controller: profile)
        #expect(
            found
                == .accessInformationMissing(record.caseNumber, missing: [.purposes, .categories, .automatedDecisions]))
        #expect(found?.category == .ruleViolation)
        #expect(found?.errorDescription?.contains("purposes, categories, automatedDecisions") == true)
    }

    /// The case's own values win over the notice's; the notice fills what the case leaves empty.
    @Test func accessResponsePrintsTheCaseValuesAndFallsBackOnTheProfile() throws {
        var record = try LetterFixtures.record(for: .accessResponse, language: .fi)
        record.access = AccessInformation(
            recipients: "Posti Oy (toimitukset)", automatedDecisions: "Luottopäätös tehdään automaattisesti.")
        let letter = try renderer.render(
            .accessResponse, for: record, controller: LetterFixtures.fullController, language: .fi,
            date: LetterFixtures.letterDate())
        #expect(letter.contains("Posti Oy (toimitukset)"))
        #expect(!letter.contains("Maksupalvelun tarjoaja"), "the case's recipients replace the notice's")
        #expect(letter.contains("Luottopäätös tehdään automaattisesti."))
        #expect(letter.contains(try #require(LetterFixtures.fullController.purposes)))
        #expect(letter.contains("- Tilaus- ja laskutushistoria"))
        #expect(!letter.contains("ei tehdä yksinomaan automaattiseen"))
    }

    /// "none" prints that there are no recipients, no automated decision-making, no transfers; no copy recorded,
    /// no enclosure claimed.
    @Test(arguments: Language.allCases)
    func noneSaysThereIsNone(language: Language) throws {
        var record = try LetterFixtures.record(for: .accessResponse, language: language)
        record.access?.recipients = "NONE"
        record.access?.copies = nil
        let letter = try renderer.render(
            .accessResponse, for: record, controller: LetterFixtures.fullController, language: language,
            date: LetterFixtures.letterDate())
        let noRecipients: [Language: String] = [
            .fi: "Henkilötietojanne ei ole luovutettu", .sv: "har inte lämnats ut till någon mottagare",
            .en: "have not been disclosed to any recipient",
        ]
        let noAutomated: [Language: String] = [
            .fi: "Teistä ei tehdä yksinomaan automaattiseen käsittelyyn", .sv: "Inga beslut som enbart grundas",
            .en: "No decisions based solely on automated processing",
        ]
        let enclosure: [Language: String] = [.fi: "Liitteet", .sv: "Bilagor", .en: "Enclosures"]
        #expect(letter.contains(noRecipients[language] ?? "?"))
        #expect(letter.contains(noAutomated[language] ?? "?"))
        #expect(!letter.contains(enclosure[language] ?? "?"))
        #expect(!letter.contains("NONE") && !letter.contains("none"))
    }

    @Test func optionalArticle15ItemsAreLeftOutWhenTheProfileLacksThem() throws {
        var record = try LetterFixtures.record(for: .accessResponse, language: .en)
        record.access?.source = nil
        record.access?.transfers = nil
        var profile = LetterFixtures.fullController
        profile.sources = nil
        profile.transfers = nil
        profile.registerName = nil
        let letter = try renderer.render(
            .accessResponse, for: record, controller: profile, language: .en,
            date: LetterFixtures.letterDate())
        #expect(!letter.contains("Article 15(1)(g)") && !letter.contains("Article 15(2)"))
        #expect(letter.contains("We process personal data concerning you.\nA copy of the personal data"))
    }

    @Test(arguments: LetterType.allCases)
    func everyLetterNeedsAControllerProfile(type: LetterType) throws {
        let record = try LetterFixtures.record(for: type, language: .fi)
        #expect(try error(type, record, controller: nil) == .controllerMissing(record.caseNumber))
    }
}
