import DSRCore
import DSRNotice
import DSRStore
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

    /// The current profile; a dry run opens only an existing register and never creates one.
    static func currentProfile(_ global: GlobalOptions, dryRun: Bool) throws -> (profile: ControllerProfile, version: Int)? {
        // A missing register has no profile yet; it is created only when the import saves one (a notice that is
        // refused, and every dry run, create nothing).
        guard FileManager.default.fileExists(atPath: global.databasePath) else { return nil }
        return try global.openExistingStore().controllerProfile()
    }
}
