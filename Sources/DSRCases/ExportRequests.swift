import DSRCore

/// The command to export requests in the columns an import reads.
public struct ExportRequests: Sendable, Equatable {
    /// Whether closed requests are exported too (by default only open ones).
    public var includeClosed: Bool

    /// Creates the command.
    public init(includeClosed: Bool = false) {
        self.includeClosed = includeClosed
    }
}
