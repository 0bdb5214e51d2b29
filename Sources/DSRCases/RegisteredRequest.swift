import DSRCore

/// The result of registering a request: the stored request with its case number and deadline.
public struct RegisteredRequest: Sendable, Equatable {
    /// The request as stored.
    public var record: RequestRecord
    /// The path of an identity-code key file made by an earlier dsr that was adopted on the way, or `nil`.
    public var adoptedKeyPath: String?

    /// Creates the result.
    public init(record: RequestRecord, adoptedKeyPath: String? = nil) {
        self.record = record
        self.adoptedKeyPath = adoptedKeyPath
    }
}
