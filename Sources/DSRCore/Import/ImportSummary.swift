/// What an import did, or would do in a dry run.
public struct ImportSummary: Sendable, Equatable, Codable {
    /// The data rows read (blank rows are not counted).
    public var rows = 0
    /// The requests added (or that a dry run would add).
    public var imported = 0
    /// Of those, how many were closed.
    public var closed = 0
    /// The rows whose request was already in the register (same reference, or the same row imported before).
    public var alreadyPresent = 0
    /// The rows that were invalid.
    public var invalid = 0
    /// The first case number given.
    public var firstCase: CaseNumber?
    /// The last case number given.
    public var lastCase: CaseNumber?
    /// Whether this was a dry run (nothing is ever written).
    public var dryRun = false
    /// Whether invalid rows were skipped rather than stopping the import.
    public var skipInvalid = false
    /// Whether the requests were written to the register.
    public var stored = false

    /// Creates an empty summary.
    public init(dryRun: Bool = false, skipInvalid: Bool = false) {
        self.dryRun = dryRun
        self.skipInvalid = skipInvalid
    }

    /// The rows that were valid.
    public var valid: Int { rows - invalid }

    /// The error to report when invalid rows stop the import (or would, in a dry run), or `nil`.
    public var failure: ImportError? {
        invalid > 0 && !skipInvalid ? .invalidRows(count: invalid, valid: valid) : nil
    }
}
