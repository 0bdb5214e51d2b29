/// One event of the register's log exactly as stored and hashed, for an auditor (`dsr audit export`).
///
/// With the fields `sequence` to `personalHash` and the encoding in `docs/storage.md`, anyone can recompute `hash`
/// and check each `previousHash` without dsr.
public struct AuditTrailEntry: Sendable, Codable, Equatable {
    /// The position in the log, from 1.
    public var sequence: Int64
    /// The case, as `2026-0042`, or `nil` for a register-wide entry.
    public var caseNumber: String?
    /// The case's year as stored (hashed as an integer).
    public var caseYear: Int?
    /// The case's sequence number as stored (hashed as an integer).
    public var caseSequence: Int?
    /// The event's name.
    public var name: String
    /// The day of the event, `YYYY-MM-DD`.
    public var on: String
    /// When it was recorded, `YYYY-MM-DDTHH:MM:SSZ`.
    public var recordedAt: String
    /// Who recorded it.
    public var actor: String
    /// The workflow version.
    public var workflowVersion: Int
    /// The state after the event.
    public var stateAfter: String?
    /// The chain format (1 or 2).
    public var format: Int
    /// The data as hashed: in format 2 the public form, personal texts replaced by `[personal data]`.
    public var data: String
    /// The salted hash of the full data (format 2), or `nil`.
    public var personalHash: String?
    /// The hash of the current state written with the event.
    public var stateHash: String?
    /// The previous event's hash.
    public var previousHash: String
    /// This event's hash.
    public var hash: String
    /// Whether `dsr purge` removed the event's personal data.
    public var personalDataRemoved: Bool
    /// The full data with personal texts, only when the export asked for it and it is still kept.
    public var personalData: String?

    /// Creates an entry from the stored fields.
    public init(
        sequence: Int64, caseNumber: String?, caseYear: Int?, caseSequence: Int?, name: String, on: String,
        recordedAt: String, actor: String, workflowVersion: Int, stateAfter: String?, format: Int,
        data: String, personalHash: String?, stateHash: String?, previousHash: String, hash: String,
        personalDataRemoved: Bool, personalData: String?
    ) {
        self.sequence = sequence
        self.caseNumber = caseNumber
        self.caseYear = caseYear
        self.caseSequence = caseSequence
        self.name = name
        self.on = on
        self.recordedAt = recordedAt
        self.actor = actor
        self.workflowVersion = workflowVersion
        self.stateAfter = stateAfter
        self.format = format
        self.data = data
        self.personalHash = personalHash
        self.stateHash = stateHash
        self.previousHash = previousHash
        self.hash = hash
        self.personalDataRemoved = personalDataRemoved
        self.personalData = personalData
    }
}
