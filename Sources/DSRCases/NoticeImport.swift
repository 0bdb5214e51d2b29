import DSRCore
import DSRNotice

/// What importing a privacy notice did, or would do: the notice as read, each field next to the current profile,
/// and the version saved.
public struct NoticeImport: Sendable {
    /// The notice as read.
    public var notice: ParsedNotice
    /// The profile the notice gives, field by field against the current one, and why it must not be saved (a
    /// profile without a controller name or without any contact is never saved).
    public var plan: NoticeImportPlan
    /// The version of the profile the notice was compared with, or `nil` if there was none.
    public var currentVersion: Int?
    /// The version saved, or `nil` if nothing was saved (a preview, or a plan with problems).
    public var savedVersion: Int?
    /// The translated notice texts (Swedish and English purposes, legal basis, categories) removed because the notice
    /// changed the text they translate (``DSRCore/ControllerProfile/dropTranslations(outdatedSince:)``).
    public var outdatedTranslations: [ControllerProfileField]

    /// Creates the result.
    public init(
        notice: ParsedNotice, plan: NoticeImportPlan, currentVersion: Int?, savedVersion: Int? = nil,
        outdatedTranslations: [ControllerProfileField] = []
    ) {
        self.notice = notice
        self.plan = plan
        self.currentVersion = currentVersion
        self.savedVersion = savedVersion
        self.outdatedTranslations = outdatedTranslations
    }

    /// Whether the plan may be saved: the profile has a controller name and a contact.
    public var canBeSaved: Bool {
        plan.problems.isEmpty
    }
}
