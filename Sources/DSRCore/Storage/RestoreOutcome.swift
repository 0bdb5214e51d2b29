import Foundation

/// What a restore did.
public struct RestoreOutcome: Sendable, Equatable {
    /// The verification of the restored register.
    public var report: ChainReport
    /// Where the register that was replaced is kept, if one was.
    public var replacedRegisterKeptAt: String?
    /// Whether no register was there before, so that the restore made a new one.
    public var createdRegister: Bool
    /// Where the restored register's identity-code key belongs (a backup does not hold it).
    public var identityKeyLocation: String
    /// Whether a key is at ``identityKeyLocation`` now.
    public var identityKeyPresent: Bool

    /// Creates the outcome.
    public init(
        report: ChainReport, replacedRegisterKeptAt: String?, createdRegister: Bool,
        identityKeyLocation: String, identityKeyPresent: Bool
    ) {
        self.report = report
        self.replacedRegisterKeptAt = replacedRegisterKeptAt
        self.createdRegister = createdRegister
        self.identityKeyLocation = identityKeyLocation
        self.identityKeyPresent = identityKeyPresent
    }
}
