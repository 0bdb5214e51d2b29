import DSRCore

/// What a restore did.
public struct RestoreOutcome: Sendable, Equatable {
    /// The verification of the restored register.
    public var report: ChainReport
    /// Where the register that was replaced is kept, if one was.
    public var replacedRegisterKeptAt: String?
}
