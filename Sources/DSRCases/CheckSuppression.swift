import DSRCore

/// The command to ask whether an e-mail address or telephone number is on the suppression list (`suppressed`).
public struct CheckSuppression: Sendable, Equatable {
    /// The address or number, as given (personal data: never repeated in errors).
    public var contact: String

    /// Creates the command.
    public init(contact: String) {
        self.contact = contact
    }
}
