import Foundation

/// An answer that used the register's identity-code key, and the key file adopted on the way, if one was.
public struct IdentityKeyAnswer<Value: Sendable>: Sendable {
    /// The answer.
    public var value: Value
    /// The path of a key file made by an earlier dsr whose fingerprint was recorded now, or `nil`.
    public var adoptedKeyPath: String?

    /// Creates an answer.
    public init(_ value: Value, adoptedKeyPath: String? = nil) {
        self.value = value
        self.adoptedKeyPath = adoptedKeyPath
    }
}
