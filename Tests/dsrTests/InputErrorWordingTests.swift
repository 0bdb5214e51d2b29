import DSRCore
import Foundation
import Testing

@testable import dsr

/// The register's rules name fields by their property; the tool words them with its options, as it always has.
struct InputErrorWordingTests {
    private static let day = CivilDate(year: 2026, month: 3, day: 2) ?? RequestRules.gdprStart

    @Test func eachFieldOfARegistrationIsWordedWithItsOption() throws {
        let control = "a\u{1B}b"
        let cases: [(RequestDraft, String, String)] = [
            (draft { $0.subject.name = control }, "name", "--name"),
            (draft { $0.subject.email = control }, "email", "--email"),
            (draft { $0.subject.phone = control }, "phone", "--phone"),
            (draft { $0.subject.address = "\u{0}" }, "address", "--address"),
            (draft { $0.note = "\u{0}" }, "note", "--note"),
            (draft { $0.reference = control }, "reference", "--reference"),
        ]
        for (draft, field, option) in cases {
            let error = try #require(throws: InputError.self) { try RequestRules.validated(draft, today: Self.day) }
            #expect(error == .forbiddenCharacters(field: field))
            #expect(error.errorDescription?.contains("--") == false)
            #expect(error.commandLineMessage.hasPrefix(option + " contains control characters"), "\(field)")
        }
        let empty = try #require(throws: InputError.self) {
            try RequestRules.validated(draft { $0.subject.name = " " }, today: Self.day)
        }
        #expect(empty.commandLineMessage == "--name must not be empty.")
    }

    @Test func eachFieldOfAnEventIsWordedWithItsOption() throws {
        let cases: [(EventInput, String, String)] = [
            (input { $0.reason = "\u{0}" }, "reason", "--reason"),
            (input { $0.granted = "\u{0}" }, "granted", "--partial"),
            (input { $0.endCondition = "\u{0}" }, "endCondition", "--end-condition"),
            (input { $0.details = "\u{0}" }, "details", "--details"),
            (input { $0.note = "\u{0}" }, "note", "--note"),
            (input { $0.asked = [""] }, "asked", "--asked"),
            (input { $0.recipients = [""] }, "recipients", "--recipient"),
        ]
        for (input, field, option) in cases {
            let error = try #require(throws: InputError.self) { try RequestRules.validated(input) }
            #expect(error.field == field)
            #expect(error.commandLineMessage.hasPrefix(option + " "), "\(field): \(error.commandLineMessage)")
        }
    }

    @Test func directMarketingAndFieldsTheToolNamedItselfKeepTheirWording() {
        let marketing = InputError.directMarketingNotObjection(.access)
        #expect(marketing.errorDescription?.contains("--") == false)
        #expect(
            marketing.commandLineMessage
                == "--direct-marketing applies only to objections (GDPR Art. 21(2)), not to access requests.")
        #expect(InputError.empty(field: "--actor").commandLineMessage == "--actor must not be empty.")
        #expect(
            InputError.unknownValue(field: "kind", text: "x", accepted: ["access"]).commandLineMessage
                == "unknown kind 'x'; use one of: access.")
    }

    @Test func eventDataThatCannotBeMaskedNamesTheAuditCommandOnlyOnTheCommandLine() {
        let error = EventDataError.cannotMaskIdentityCode
        #expect(error.errorDescription?.contains("dsr ") == false)
        #expect(error.commandLineMessage.hasSuffix("run 'dsr audit verify'."))
    }

    private func draft(_ change: (inout RequestDraft) -> Void) -> RequestDraft {
        var draft = RequestDraft(kind: .access, subject: DataSubject(name: "Maija"), received: Self.day)
        change(&draft)
        return draft
    }

    private func input(_ change: (inout EventInput) -> Void) -> EventInput {
        var input = EventInput(on: Self.day)
        change(&input)
        return input
    }
}
