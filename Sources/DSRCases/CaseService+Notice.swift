import DSRCore
import DSRNotice
import Foundation

extension CaseService {
    /// Reads a privacy notice and plans its import against a controller profile, touching no register: what a
    /// front end shows before a register exists (and what ``previewNoticeImport(_:)`` does against the current one).
    /// - Parameters:
    ///   - command: The notice and what to keep or give.
    ///   - current: The profile to compare with, or `nil` if there is none.
    /// - Throws: ``NoticeError`` if the document cannot be read as a notice; ``NoticeNotRecognised`` if it gives no
    ///   controller details and the command neither gives a name nor keeps a field.
    public static func planNoticeImport(_ command: ImportNotice, current: ControllerProfileVersion?) throws
        -> NoticeImport
    {
        let notice = try NoticeParser().parse(command.document)
        let name = command.name.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if notice.fields.isEmpty && (name ?? "").isEmpty && command.keep.isEmpty {
            throw NoticeNotRecognised()
        }
        var plan = NoticeImportPlan(notice: notice, current: current?.profile, keep: command.keep, name: name)
        let outdated = plan.profile.dropTranslations(outdatedSince: current?.profile)
        return NoticeImport(
            notice: notice, plan: plan, currentVersion: current?.version, outdatedTranslations: outdated)
    }

    /// What importing a privacy notice would do to the current controller profile; nothing is saved.
    /// - Throws: as ``planNoticeImport(_:current:)``; the storage's errors.
    public func previewNoticeImport(_ command: ImportNotice) async throws -> NoticeImport {
        try Self.planNoticeImport(command, current: try await storage.controllerProfile())
    }

    /// Imports a privacy notice as the controller profile: reads it, compares each field with the current profile,
    /// and saves the result as a new version with its `controller-set` event, unless it has no controller name or
    /// no contact (``NoticeImport/canBeSaved``; such a profile would replace a usable one, so it is never saved).
    ///
    /// Only the fields a notice supplies are replaced; settings no notice carries (the internal target, the signer's
    /// title, the templates) are kept. The Swedish and English versions of a notice text the import changes are
    /// removed (``NoticeImport/outdatedTranslations``), since they translate the old text.
    /// - Returns: The plan and, if it was saved, the new version (``NoticeImport/savedVersion``).
    /// - Throws: as ``planNoticeImport(_:current:)``; the storage's errors.
    public func importNotice(_ command: ImportNotice, actor: String, today: Today) async throws -> NoticeImport {
        var result = try await previewNoticeImport(command)
        guard result.canBeSaved else { return result }
        let entry = EventEntry(
            caseNumber: nil, name: SystemEvent.controllerSet.rawValue, on: today.date,
            recordedAt: today.now, actor: actor, workflowVersion: 0, stateAfter: nil,
            data: EventEntry.canonicalJSON(["source": command.source]))
        result.savedVersion = try await storage.saveControllerProfile(result.plan.profile, entry: entry)
        return result
    }
}
