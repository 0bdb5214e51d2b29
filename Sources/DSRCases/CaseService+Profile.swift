import DSRCore
import DSRLetters

extension CaseService {
    /// Applies changes to the current controller profile (or to an empty one) and stores the result as a new
    /// version with its `controller-set` event.
    /// - Returns: The new version.
    /// - Throws: ``InputError`` for a field that is not valid, ``TemplateOverrideError`` for a template that does not
    ///   fit its letter, the storage's errors.
    public func changeControllerProfile(_ command: ChangeControllerProfile, actor: String, today: Today) async throws
        -> ControllerProfileVersion
    {
        var profile = try await storage.controllerProfile()?.profile ?? ControllerProfile()
        try command.changes.apply(to: &profile)
        // The templates are checked as a letter checks them, so that no letter fails later on a saved template.
        if let templates = command.changes.templates, !templates.isEmpty {
            do {
                _ = try LetterRenderer(overriding: templates)
            } catch var error as TemplateOverrideError {
                error.origin = .profileChange
                throw error
            }
        }
        let entry = EventEntry(
            caseNumber: nil, name: SystemEvent.controllerSet.rawValue, on: today.date, recordedAt: today.now,
            actor: actor, workflowVersion: 0, stateAfter: nil,
            data: EventEntry.canonicalJSON(["source": command.source]))
        let version = try await storage.saveControllerProfile(profile, entry: entry)
        return ControllerProfileVersion(version: version, profile: profile)
    }

    /// The controller profile in force and its version, or `nil` if none was set.
    public func controllerProfile() async throws -> ControllerProfileVersion? {
        try await storage.controllerProfile()
    }

    /// Every version of the controller profile, oldest first.
    public func controllerProfileHistory() async throws -> [ControllerProfileVersion] {
        try await storage.controllerProfileHistory()
    }
}
