/// One place where the register's history or current state does not match its hash chain.
///
/// Problems name event sequence numbers and case numbers only, never the data they hold.
public struct ChainProblem: Sendable, Equatable, CustomStringConvertible {
    /// What kind of mismatch was found.
    public enum Kind: String, Sendable, CaseIterable {
        /// Sequence numbers are missing before this event: events were deleted.
        case missingEvents = "missing-events"
        /// The event's number is not the next one: it is below 1 (inserted before the first event).
        case unexpectedSequence = "unexpected-sequence"
        /// The event's `previousHash` is not the hash of the event before it: an event before it was deleted,
        /// inserted or rewritten.
        case brokenLink = "broken-link"
        /// The event's fields do not give its hash: the event was changed.
        case hashMismatch = "hash-mismatch"
        /// A row cannot be read at all.
        case unreadableRow = "unreadable-row"
        /// A current-state row does not match the state its latest event recorded.
        case stateMismatch = "state-mismatch"
        /// A current-state row names an event that does not exist or belongs elsewhere.
        case missingEvent = "missing-event"
        /// A case has events but no current-state row: the request was deleted.
        case missingRequest = "missing-request"
        /// A request row's list columns (state, deadline, clock…) disagree with the record it stores.
        case columnsMismatch = "columns-mismatch"
        /// SQLite's own integrity check found damage in the file.
        case damagedFile = "damaged-file"
        /// An event's personal data does not match the salted hash the chain recorded for it: it was changed.
        case personalDataMismatch = "personal-data-mismatch"
        /// An event's personal data is gone although no purge of its case was recorded: it was deleted.
        case personalDataMissing = "personal-data-missing"
        /// Personal data is stored for an event that recorded none: it was inserted.
        case unexpectedPersonalData = "unexpected-personal-data"
        /// Replaying a case's events through its workflow does not give its stored state, or the workflow refuses
        /// one of them.
        case replayMismatch = "replay-mismatch"
        /// A year's case counter does not match the cases numbered in that year.
        case counterMismatch = "counter-mismatch"
        /// A controller-profile event has no profile version: the version was deleted.
        case missingProfile = "missing-profile"
        /// The register's tables, indexes or triggers differ from the schema dsr made (a protection was dropped or
        /// altered).
        case schemaChanged = "schema-changed"
        /// An issued letter's stored row or file no longer agrees with the `letter-issued` event that recorded it.
        case letterMismatch = "letter-mismatch"
        /// An attachment's stored row or bytes no longer agree with the `attachment-added` event that recorded it, or
        /// its bytes are gone although no deletion or purge was recorded.
        case attachmentMismatch = "attachment-mismatch"
        /// The identity-code key file is missing, or is not the key whose fingerprint the register recorded.
        case identityKey = "identity-key"
        /// A request's import key is not the digest of its chained registration data, or outlived its purge.
        case importKeyMismatch = "import-key-mismatch"
        /// The register does not contain a head kept outside it (``ChainAnchor``): events were cut off its end (a
        /// truncated write-ahead log, an older copy put in its place) or the history up to that head was rewritten.
        case anchorNotContained = "anchor-not-contained"
        /// A user's or token's stored row no longer agrees with the user or token events that recorded it, or an
        /// event's row is gone.
        case userMismatch = "user-mismatch"
        /// A letter's dispatch record disagrees with the `letter-sent` or `letter-delivered` event that recorded it,
        /// stands without such an event, or such an event has none; or the start of dispatch records was moved.
        case dispatchMismatch = "dispatch-mismatch"
        /// A case's purged tags are not the ones its purge event committed to, or stand without a purge of the case.
        case purgedTagMismatch = "purged-tag-mismatch"
        /// An entry of the access log (who viewed which case's personal data, when) does not match its keyed mac,
        /// has none after chained entries, or the log's sealed head does not match its newest entry: an entry was
        /// changed, inserted or deleted behind dsr's back.
        case accessLogMismatch = "access-log-mismatch"
    }

    /// What kind of mismatch was found.
    public let kind: Kind
    /// The event concerned, if any.
    public let sequence: Int64?
    /// The case concerned, if any.
    public let caseNumber: CaseNumber?
    /// What was found, in English, without personal data.
    public let detail: String

    /// Creates a problem.
    public init(kind: Kind, sequence: Int64?, caseNumber: CaseNumber?, detail: String) {
        self.kind = kind
        self.sequence = sequence
        self.caseNumber = caseNumber
        self.detail = detail
    }

    /// `event 12 (case 2026-0003): <detail>`.
    public var description: String {
        var place: [String] = []
        if let sequence { place.append("event \(sequence)") }
        if let caseNumber { place.append(sequence == nil ? "case \(caseNumber)" : "(case \(caseNumber))") }
        let prefix = place.isEmpty ? "register" : place.joined(separator: " ")
        return "\(prefix): \(detail)"
    }
}
