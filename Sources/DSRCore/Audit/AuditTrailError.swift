import Foundation

/// The register's log cannot be read where the audit needs it: the rows are damaged, which a full verification of
/// the register shows in detail.
public enum AuditTrailError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The event with this number cannot be read while exporting the log of a case (or of the whole register, `nil`).
    case unreadableEvent(sequence: Int64, caseNumber: CaseNumber?)
    /// The last event's number or hash cannot be read, so the register's head is unknown.
    case unreadableHead

    /// A storage failure (exit 74).
    public var category: ErrorCategory { .storage }

    /// What could not be done, and why.
    public var errorDescription: String? {
        "the register could not \(operation): \(reason). Nothing was changed; verify the register for the details."
    }

    /// What was being done, as ``StoreError/failed(operation:reason:)`` names it.
    public var operation: String {
        switch self {
        case .unreadableEvent(_, let caseNumber?): "export the history of case \(caseNumber)"
        case .unreadableEvent(_, nil): "export the event log"
        case .unreadableHead: "read the head of the event log"
        }
    }

    /// What cannot be read.
    public var reason: String {
        switch self {
        case .unreadableEvent(let sequence, _): "event \(sequence) cannot be read"
        case .unreadableHead: "the last event cannot be read"
        }
    }
}
