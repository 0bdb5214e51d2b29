import DSRCases
import DSRCore
import DSRLetters
import Foundation
import Testing

/// Issue 14's tailoring: the controller's own templates kept in the profile (`dsr controller set --templates DIR`)
/// write every letter, a letter's own templates (`--templates`) come first, and a template that does not fit its
/// letter is refused before anything is saved.
struct ProfileTemplateServiceTests {
    /// An acknowledgement template of the controller's own.
    private static let acknowledgement = """
        {{%CONTENT_TYPE: TEXT}}
        KUITTAUS
        {{> common/request.fi}}

        Käsittelemme pyyntönne {{caseNumber}}.
        """

    /// A service with a controller profile and one open access request.
    private static func registered(_ storage: any CaseStorage) async throws -> (CaseService, CaseNumber) {
        let service = try Fixture.service(storage)
        let today = try Fixture.today()
        _ = try await service.changeControllerProfile(
            ChangeControllerProfile(
                changes: ControllerProfileChanges(name: "Esimerkki Oy", email: "tietosuoja@example.fi"),
                source: "test"),
            actor: Fixture.actor, today: today)
        let record = try await service.register(
            RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 20))), actor: Fixture.actor,
            today: today
        ).record
        return (service, record.caseNumber)
    }

    private static func setTemplates(_ service: CaseService, _ templates: [String: String]) async throws
        -> ControllerProfileVersion
    {
        var changes = ControllerProfileChanges()
        changes.templates = templates
        return try await service.changeControllerProfile(
            ChangeControllerProfile(changes: changes, source: "test"), actor: Fixture.actor, today: try Fixture.today())
    }

    private static func text(_ service: CaseService, _ caseNumber: CaseNumber, templates: [String: String] = [:])
        async throws -> String
    {
        let command = WriteLetter(
            caseNumber: caseNumber, type: .acknowledgement, language: .fi, format: .text,
            tailoring: LetterTailoring(templates: templates))
        return String(decoding: try await service.letter(command, today: try Fixture.today()), as: UTF8.self)
    }

    @Test func theProfilesTemplatesWriteEveryLetterUnlessTheLetterHasItsOwn() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let dsrs = try await Self.text(service, caseNumber)
            #expect(!dsrs.contains("KUITTAUS"))

            let saved = try await Self.setTemplates(service, ["acknowledgement.fi.mustache": Self.acknowledgement])
            #expect(saved.profile.templates?.keys.sorted() == ["acknowledgement.fi.mustache"])
            let own = try await Self.text(service, caseNumber)
            #expect(own.contains("KUITTAUS") && own.contains("Käsittelemme pyyntönne \(caseNumber)."))

            // An issued letter is written with them too, and names the profile version that holds them.
            let issued = try await service.issueLetter(
                WriteLetter(caseNumber: caseNumber, type: .acknowledgement, language: .fi, format: .text),
                actor: Fixture.actor, today: try Fixture.today())
            #expect(issued.letter.profileVersion == saved.version)
            #expect(String(decoding: issued.letter.files[0].content ?? [], as: UTF8.self).contains("KUITTAUS"))

            // The letter's own templates come first.
            let letters = try await Self.text(
                service, caseNumber,
                templates: [
                    "acknowledgement.fi.mustache": Self.acknowledgement.replacingOccurrences(
                        of: "KUITTAUS", with: "VASTAANOTETTU")
                ])
            #expect(letters.contains("VASTAANOTETTU") && !letters.contains("KUITTAUS"))

            // --no-templates: dsr's own again.
            let reset = try await Self.setTemplates(service, [:])
            #expect(reset.profile.templates == nil)
            #expect(try await Self.text(service, caseNumber) == dsrs)
        }
    }

    @Test func aTemplateThatDoesNotFitItsLetterIsRefusedAndNothingIsSaved() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, _) = try await Self.registered(storage)
            let before = try await service.controllerProfile()
            let misspelt = Self.acknowledgement.replacingOccurrences(of: "{{caseNumber}}", with: "{{caseNumbr}}")
            await #expect(throws: TemplateOverrideError.self) {
                _ = try await Self.setTemplates(service, ["acknowledgement.fi.mustache": misspelt])
            }
            do {
                _ = try await Self.setTemplates(service, ["acknowledgement.fi.mustache": misspelt])
            } catch let error as TemplateOverrideError {
                #expect(error.origin == .profileChange && error.file == "acknowledgement.fi.mustache")
            }
            await #expect(throws: TemplateOverrideError.self) {
                _ = try await Self.setTemplates(service, ["no-such-letter.fi.mustache": Self.acknowledgement])
            }
            #expect(try await service.controllerProfile() == before)
        }
    }
}
