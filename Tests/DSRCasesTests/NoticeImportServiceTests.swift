import DSRCases
import DSRCore
import DSRNotice
import Foundation
import Testing

/// `notice import` as a use case: the notice is read, compared with the current profile and saved as a new version,
/// never when it leaves the profile without a name or a contact; on a fresh in-memory register per test.
struct NoticeImportServiceTests {
    /// A notice that names its controller and an e-mail address.
    static let notice = Data(
        "1. Rekisterinpitäjä\nUusi Oy\ntietosuoja@uusi.fi\n\n2. Rekisterin nimi\nAsiakasrekisteri\n".utf8)
    /// A notice with neither a controller name nor a contact.
    static let nameless = Data("# Tietosuoja\n\n## Säilytysaika\n\nKaksi vuotta.\n".utf8)

    @Test func aNoticeIsSavedAsANewVersionWithItsSource() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            // Given no profile yet, when a notice is imported
            let result = try await service.importNotice(
                ImportNotice(document: Self.notice, source: "notice a.txt"),
                actor: Fixture.actor, today: try Fixture.today())
            // Then it is version 1, compared with no profile, and recorded by a controller-set event with its source
            #expect(result.savedVersion == 1 && result.currentVersion == nil && result.canBeSaved)
            #expect(result.plan.rows.first { $0.field == .name }?.change == .new)
            let current = try #require(try await service.controllerProfile())
            #expect(current.version == 1 && current.profile.name == "Uusi Oy")
            #expect(current.profile.email == "tietosuoja@uusi.fi")
            let history = try await service.controllerProfileHistory()
            #expect(history.map(\.version) == [1])
        }
    }

    @Test func aPreviewComparesWithTheCurrentProfileAndSavesNothing() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            // Given a current profile with a phone number and an internal target
            var changes = ControllerProfileChanges()
            changes.name = "Vanha Oy"
            changes.phone = "09 123 4567"
            changes.internalTargetWorkingDays = 5
            _ = try await service.changeControllerProfile(
                ChangeControllerProfile(changes: changes, source: "test"),
                actor: Fixture.actor, today: try Fixture.today())
            // When a notice is previewed, and then imported keeping the phone
            let preview = try await service.previewNoticeImport(ImportNotice(document: Self.notice, source: "n"))
            #expect(preview.currentVersion == 1 && preview.savedVersion == nil)
            #expect(preview.plan.rows.first { $0.field == .name }?.change == .changed)
            #expect(preview.plan.rows.first { $0.field == .phone }?.change == .removed)
            #expect(try await service.controllerProfile()?.version == 1)
            let kept = try await service.importNotice(
                ImportNotice(document: Self.notice, keep: [.phone], source: "n"),
                actor: Fixture.actor, today: try Fixture.today())
            // Then the new version keeps the phone and the setting no notice carries
            #expect(kept.savedVersion == 2)
            let current = try #require(try await service.controllerProfile())
            #expect(current.profile.phone == "09 123 4567" && current.profile.name == "Uusi Oy")
            #expect(current.profile.internalTargetWorkingDays == 5)
        }
    }

    @Test func aNoticeWithoutNameOrContactIsNeverSaved() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            // Given a notice that gives no name and no contact, when it is imported
            let result = try await service.importNotice(
                ImportNotice(document: Self.nameless, keep: [.phone], source: "n"),
                actor: Fixture.actor, today: try Fixture.today())
            // Then both problems are reported and no profile is stored
            #expect(result.plan.problems == [.missingName, .missingContact])
            #expect(result.savedVersion == nil && !result.canBeSaved)
            #expect(try await service.controllerProfile() == nil)
            // And a given name alone does not make it savable: a contact is still missing
            let named = try await service.importNotice(
                ImportNotice(document: Self.nameless, name: "  Uusi Oy  ", source: "n"), actor: Fixture.actor,
                today: try Fixture.today())
            #expect(named.plan.problems == [.missingContact] && named.plan.profile.name == "Uusi Oy")
            #expect(try await service.controllerProfile() == nil)
        }
    }

    /// A translation is of the text it was made from: a notice that changes the purposes removes their Swedish and
    /// English versions (reported), and keeps the translations of texts it leaves as they were.
    @Test func aNoticeThatChangesATextRemovesItsOutdatedTranslations() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let first = Data(
                ("1. Rekisterinpitäjä\nUusi Oy\ntietosuoja@uusi.fi\n\n2. Henkilötietojen käsittelyn tarkoitus\n"
                    + "Asiakassuhteen hoitaminen.\n").utf8)
            _ = try await service.importNotice(
                ImportNotice(document: first, source: "n"), actor: Fixture.actor, today: try Fixture.today())
            // Given translations of the purposes and of the legal basis
            var changes = ControllerProfileChanges()
            changes.purposesInLanguage = [.en: "Customer relations."]
            changes.legalBasisInLanguage = [.en: "Contract."]
            _ = try await service.changeControllerProfile(
                ChangeControllerProfile(changes: changes, source: "test"), actor: Fixture.actor,
                today: try Fixture.today())
            let before = try #require(try await service.controllerProfile()?.profile)
            #expect(before.purposes == "Asiakassuhteen hoitaminen." && before.purposesEn == "Customer relations.")

            // When the same notice is imported again, nothing is outdated
            let same = try await service.importNotice(
                ImportNotice(document: first, source: "n"), actor: Fixture.actor, today: try Fixture.today())
            #expect(same.outdatedTranslations.isEmpty)
            #expect(try await service.controllerProfile()?.profile.purposesEn == "Customer relations.")

            // When a notice with other purposes is imported, their translation goes (the legal basis's stays)
            let changed = Data(
                ("1. Rekisterinpitäjä\nUusi Oy\ntietosuoja@uusi.fi\n\n2. Henkilötietojen käsittelyn tarkoitus\n"
                    + "Markkinointi.\n").utf8)
            let preview = try await service.previewNoticeImport(ImportNotice(document: changed, source: "n"))
            #expect(preview.outdatedTranslations == [.translatedPurposes])
            let result = try await service.importNotice(
                ImportNotice(document: changed, source: "n"), actor: Fixture.actor, today: try Fixture.today())
            #expect(result.outdatedTranslations == [.translatedPurposes])
            let after = try #require(try await service.controllerProfile()?.profile)
            #expect(after.purposes == "Markkinointi." && after.purposesEn == nil && after.purposesSv == nil)
            #expect(after.legalBasisEn == "Contract.")
        }
    }

    @Test func aNoticeWithNothingRecognisedIsRefusedBeforeTheRegisterIsRead() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let command = ImportNotice(document: Data("Hei vain.\n".utf8), source: "n")
            await #expect(throws: NoticeNotRecognised()) {
                try await service.importNotice(command, actor: Fixture.actor, today: try Fixture.today())
            }
            #expect(throws: NoticeNotRecognised()) { try CaseService.planNoticeImport(command, current: nil) }
            // A document that is not text is the reader's error, unchanged
            #expect(throws: NoticeError.empty) {
                try CaseService.planNoticeImport(ImportNotice(document: Data(), source: "n"), current: nil)
            }
            #expect(try await service.controllerProfile() == nil)
        }
    }
}
