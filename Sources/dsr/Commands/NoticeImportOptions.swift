import DSRCases
import DSRCore
import DSRNotice
import Foundation

/// Turns `dsr notice import` options into library values.
enum NoticeImportOptions {
    /// The fields named by `--keep`, accepted as written in the JSON (`businessID`) or with dashes (`business-id`),
    /// in any case.
    ///
    /// - Throws: ``NoticeImportError/unknownField(index:)`` for a name no notice field has (its value is not echoed).
    static func fields(_ names: [String]) throws -> Set<ProfileField> {
        var result: Set<ProfileField> = []
        for (index, name) in names.enumerated() {
            let key = name.lowercased().filter { $0 != "-" && $0 != "_" }
            guard let field = ProfileField.allCases.first(where: { $0.rawValue.lowercased() == key }) else {
                throw NoticeImportError.unknownField(index: index)
            }
            result.insert(field)
        }
        return result
    }

    /// Runs the import on the register: a dry run previews it against the current profile; otherwise the profile
    /// is saved unless the notice leaves it without a name or a contact.
    ///
    /// A missing register file has no profile yet (a PostgreSQL register is made by `dsr init`); it is created only when the import saves one (a notice that is
    /// refused, and every dry run, create nothing).
    static func run(_ command: ImportNotice, global: GlobalOptions, dryRun: Bool) async throws -> NoticeImport {
        let registerExists = global.locationIsPostgreSQL || FileManager.default.fileExists(atPath: global.databasePath)
        let existing = registerExists ? try await global.openCases(creating: false) : nil
        var result: NoticeImport
        if let existing {
            result = try await existing.previewNoticeImport(command)
        } else {
            result = try CaseService.planNoticeImport(command, current: nil)
        }
        guard result.canBeSaved && !dryRun else { return result }
        let service: CaseService
        if let existing {
            service = existing
        } else {
            service = try await global.openCases(creating: true)
        }
        result = try await service.importNotice(command, actor: global.actorName, today: try Clock.moment())
        return result
    }
}
