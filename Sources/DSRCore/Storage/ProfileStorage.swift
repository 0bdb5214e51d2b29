import Foundation

/// Where the controller profile's versions are kept, as the service layer sees it.
public protocol ProfileStorage: Sendable {
    /// The current controller profile and its version number, or `nil` if none was set.
    func controllerProfile() async throws -> ControllerProfileVersion?

    /// Stores a new version of the controller profile with its log entry (chained like every event), and returns
    /// the version number.
    func saveControllerProfile(_ profile: ControllerProfile, entry: EventEntry) async throws -> Int

    /// Every version of the controller profile, oldest first.
    func controllerProfileHistory() async throws -> [ControllerProfileVersion]
}
