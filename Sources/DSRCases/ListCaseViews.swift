import DSRCore

/// The command to read the access log: of one case or of all, a page at a time, oldest first.
public struct ListCaseViews: Sendable, Equatable {
    /// The case, or `nil` for every case.
    public var caseNumber: CaseNumber?
    /// The position after which the page starts (0 for the first page).
    public var after: Int64
    /// The most entries to return.
    public var limit: Int
    /// Who asks: a signed-in user must be an admin or an auditor; `nil` for a front end that holds the register file
    /// itself (the command line, run by whoever may open the file).
    public var requester: Principal?

    /// Creates the command.
    public init(caseNumber: CaseNumber? = nil, after: Int64 = 0, limit: Int = 1000, requester: Principal? = nil) {
        self.caseNumber = caseNumber
        self.after = after
        self.limit = limit
        self.requester = requester
    }
}
