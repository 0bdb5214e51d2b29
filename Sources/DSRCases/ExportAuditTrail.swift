import DSRCore

/// The command to hand the register's event log, of one case or all, to an auditor exactly as hashed.
public struct ExportAuditTrail: Sendable, Equatable {
    /// The case, or `nil` for the whole log (register-wide entries included).
    public var caseNumber: CaseNumber?
    /// Whether to add each event's full data while it is kept (names, contact details, free texts).
    public var includePersonalData: Bool

    /// Creates the command.
    public init(caseNumber: CaseNumber? = nil, includePersonalData: Bool = false) {
        self.caseNumber = caseNumber
        self.includePersonalData = includePersonalData
    }
}
