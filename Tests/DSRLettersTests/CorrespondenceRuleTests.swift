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
            record.deadlineDetail().extensionNoticeBy >= (try LetterFixtures.date("2026-04-09")),
            "counting every pause would accept it")
        // Then only the pauses before the extension count, and the notice is refused
        #expect(
            try error(.extensionNotice, record, date: LetterFixtures.date("2026-04-09"))
                == .extensionTooLate(
                    record.caseNumber, extendedOn: try LetterFixtures.date("2026-04-09"),
                    lastDay: try LetterFixtures.date("2026-04-07")))
    }

    @Test func aPauseBeforeTheExtensionMovesTheFirstMonthsEnd() throws {
        // Given a 7-day pause in March: the first month ends on 5.4. + 7 = 12.4.2026 (Sunday), so on 13.4.2026
        var record = try LetterFixtures.record(for: .extensionNotice, language: .fi)
        record.pauses = [
            ClockPause(start: try LetterFixtures.date("2026-03-09"), end: try LetterFixtures.date("2026-03-16"))
        ]
        record.extendedOn = try LetterFixtures.date("2026-04-13")
        record.deadline = record.deadlineDetail().date
        // Then an extension and notice on 13.4. are timely, and a notice dated 14.4. is not
        let letter = try renderer.render(
            .extensionNotice, for: record, controller: LetterFixtures.controller,
            language: .fi, date: LetterFixtures.date("2026-04-13"))
        #expect(letter.contains("alkuperäinen määräaika 14.4.2026") == false)
        #expect(letter.contains("alkuperäinen määräaika 13.4.2026"))
        #expect(
            try error(.extensionNotice, record, date: LetterFixtures.date("2026-04-14"))
                == .extensionNoticeTooLate(
                    record.caseNumber, date: try LetterFixtures.date("2026-04-14"),
                    lastDay: try LetterFixtures.date("2026-04-13")))
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

    @Test func accessResponseNeedsArticle15InformationInTheProfile() throws {
        let record = try LetterFixtures.record(for: .accessResponse, language: .fi)
        var profile = LetterFixtures.fullController
        profile.purposes = nil
        profile.dataCategories = [" "]
        let found = try error(.accessResponse, record, controller: profile)
        #expect(found == .profileIncomplete(record.caseNumber, missing: ["purposes", "data categories"]))
        #expect(found?.errorDescription?.contains("import the privacy notice into it") == true)
    }

    @Test func optionalArticle15ItemsAreLeftOutWhenTheProfileLacksThem() throws {
        let record = try LetterFixtures.record(for: .accessResponse, language: .en)
        var profile = LetterFixtures.fullController
        profile.sources = nil
        profile.transfers = nil
        profile.registerName = nil
        let letter = try renderer.render(
            .accessResponse, for: record, controller: profile, language: .en,
            date: LetterFixtures.letterDate())
        #expect(!letter.contains("Article 15(1)(g)") && !letter.contains("Article 15(2)"))
        #expect(letter.contains("We process personal data concerning you. A copy"))
    }

    @Test(arguments: LetterType.allCases)
    func everyLetterNeedsAControllerProfile(type: LetterType) throws {
        let record = try LetterFixtures.record(for: type, language: .fi)
        #expect(try error(type, record, controller: nil) == .controllerMissing(record.caseNumber))
    }
}
