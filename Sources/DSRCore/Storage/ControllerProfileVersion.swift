import Foundation

/// One stored version of the controller profile.
public struct ControllerProfileVersion: Sendable, Equatable {
    /// The version number, from 1.
    public var version: Int
    /// The profile.
    public var profile: ControllerProfile
    /// When it was recorded, or `nil` where the store does not say (the current profile).
    public var createdAt: Date?

    /// Creates a version.
    public init(version: Int, profile: ControllerProfile, createdAt: Date? = nil) {
        self.version = version
        self.profile = profile
        self.createdAt = createdAt
    }
}
