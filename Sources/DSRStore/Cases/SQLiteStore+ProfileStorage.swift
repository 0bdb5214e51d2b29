import DSRCore
import Foundation

extension SQLiteStore: ProfileStorage {
    /// The current controller profile and its version (``controllerProfile()``), on the store's executor.
    public func controllerProfile() async throws -> ControllerProfileVersion? {
        try await StoreExecutor.run {
            try self.controllerProfile().map { ControllerProfileVersion(version: $0.version, profile: $0.profile) }
        }
    }

    /// Stores a new profile version (``saveControllerProfile(_:entry:)``), on the store's executor.
    public func saveControllerProfile(_ profile: ControllerProfile, entry: EventEntry) async throws -> Int {
        try await StoreExecutor.run { try self.saveControllerProfile(profile, entry: entry) }
    }

    /// Every profile version, oldest first (``controllerProfileHistory()``), on the store's executor.
    public func controllerProfileHistory() async throws -> [ControllerProfileVersion] {
        try await StoreExecutor.run {
            try self.controllerProfileHistory().map {
                ControllerProfileVersion(version: $0.version, profile: $0.profile, createdAt: $0.createdAt)
            }
        }
    }
}
