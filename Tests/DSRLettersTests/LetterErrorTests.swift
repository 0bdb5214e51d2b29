import DSRCore
import DSRLetters
import Foundation
import Testing

/// Letters that must not be written, and what the errors say.
struct LetterErrorTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    private func refusalError(_ record: RequestRecord, controller: ControllerProfile? = LetterFixtures.controller)
        throws -> LetterError
    {
        let date = try LetterFixtures.letterDate()
        do {
            _ = try renderer.render(.refusal, for: record, controller: controller, language: .fi, date: date)
        } catch {
            return error
        }
        Issue.record("the letter was written")
        throw CancellationError()
    }

    @Test func refusalOfARequestThatWasNotRefused() throws {
        let error = try refusalError(LetterFixtures.openRecord())
        #expect(error == .notRefused(CaseNumber(year: 2026, sequence: 1)))
        #expect(error.category == .ruleViolation)
        #expect(error.errorDescription?.hasPrefix("2026-0001 was not refused; ") == true)
        #expect(error.errorDescription?.contains("Record the refusal with its grounds and reasons first") == true)
    }

    @Test func letterWithoutControllerProfile() throws {
        let error = try refusalError(LetterFixtures.wholeRefusal(.fi), controller: nil)
        #expect(error == .controllerMissing(CaseNumber(year: 2026, sequence: 1)))
        #expect(
            error.errorDescription?.contains(
                "Set the controller's name, business ID, address, e-mail and contact person first.") == true)
    }

    @Test func reasonsWithheldWithoutSection34Ground() throws {
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.refusal?.reasonsWithheld = true
        let error = try refusalError(record)
        #expect(error == .reasonsWithheldWithoutRestriction(record.caseNumber))
        #expect(error.category == .ruleViolation)
    }

    @Test func refusalWithoutReason() throws {
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.refusal?.reason = " \n"
        #expect(try refusalError(record) == .reasonMissing(record.caseNumber))
    }

    @Test func refusalWithoutGround() throws {
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.refusal?.grounds = []
        #expect(try refusalError(record) == .groundsMissing(record.caseNumber))
    }

    @Test func refusalOnUnknownGround() throws {
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.refusal?.grounds = [GroundCode(rawValue: "no-such-ground")]
        let error = try refusalError(record)
        #expect(error == .unknownGround(record.caseNumber, GroundCode(rawValue: "no-such-ground")))
        #expect(error.category == .invalidData)
    }

    @Test func messagesCarryNoPersonalData() throws {
        let caseNumber = CaseNumber(year: 2026, sequence: 7)
        let errors: [LetterError] = [
            .notRefused(caseNumber), .controllerMissing(caseNumber),
            .unknownGround(caseNumber, GroundCode(rawValue: "x")),
            .groundsMissing(caseNumber), .reasonsWithheldWithoutRestriction(caseNumber), .reasonMissing(caseNumber),
            .notApplicable(caseNumber, .erasureNotice, .access), .templateMissing(.refusal, .sv),
            .templateInvalid(name: "refusal.fi.mustache", detail: "line 1"), .closed(caseNumber, .acknowledgement),
            .notPaused(caseNumber, .identityRequest), .notPaused(caseNumber, .clarificationRequest),
            .notExtended(caseNumber), .extensionReasonMissing(caseNumber),
            .extensionTooLate(
                caseNumber, extendedOn: CivilDate(daysSinceEpoch: 20_000),
                lastDay: CivilDate(daysSinceEpoch: 19_990)),
            .extensionNoticeTooLate(
                caseNumber, date: CivilDate(daysSinceEpoch: 20_000),
                lastDay: CivilDate(daysSinceEpoch: 19_990)),
            .notCompleted(caseNumber, .erasureNotice), .notRestricted(caseNumber), .recipientsMissing(caseNumber),
            .detailsMissing(caseNumber, .portabilityNotice),
            .accessInformationMissing(caseNumber, missing: [.purposes]),
            .dateBeforeReceipt(
                caseNumber, date: CivilDate(daysSinceEpoch: 19_990), received: CivilDate(daysSinceEpoch: 20_000)),
            .dateInFuture(
                caseNumber, date: CivilDate(daysSinceEpoch: 20_000), today: CivilDate(daysSinceEpoch: 19_990)),
            .binaryFormat(.pdf), .notRepresentableInPDF(caseNumber, fields: ["the data subject's name or address"]),
        ]
        let personal = ["Matti", "Meikäläinen", "Kotikatu", "example.com", "Esimerkki", "Virtanen"]
        for error in errors {
            let message = try #require(error.errorDescription)
            #expect(
                message.contains("2026-0007") || error.category == .invalidData || error.category == .notFound
                    || error.category == .usage)
            for word in personal { #expect(!message.contains(word)) }
        }
    }

    @Test func issuedLetterMessagesNameLettersOnly() {
        let number = LetterNumber(caseNumber: CaseNumber(year: 2026, sequence: 7), sequence: 2)
        let errors: [IssuedLetterError] = [
            .unknownLetter(number), .fileUnavailable(number, .pdf), .recordChanged(number),
            .numberMismatch(expected: number, got: LetterNumber(caseNumber: number.caseNumber, sequence: 3)),
        ]
        for error in errors {
            #expect(error.errorDescription?.contains("2026-0007/L2") == true)
        }
        #expect(IssuedLetterError.recordChanged(number).category == .storage)
        #expect(IssuedLetterError.unknownLetter(number).category == .notFound)
    }
}
