import Foundation

/// One view of a case's personal data, in the register's access log: who looked, when, at which case.
///
/// Public-sector controllers must log the use of and disclosures from their information systems (tiedonhallintalaki
/// 906/2019 § 17, as issue 18 cites it; not yet in /work/shared/legal-facts.md), and every controller wants to know who
/// read whose data. The log is kept beside the
/// hash chain, append-only, not in it: a view changes nothing in the record, and chaining every page view would make
/// each read a write to the chain (see docs/users.md). Stores keep the log under a keyed chain of its own, which
/// `dsr audit verify` checks (docs/storage.md, "The access log").
public struct CaseView: Sendable, Equatable, Codable {
    /// The entry's position in the log, from 1 (0 before it is stored); pages of the log continue after one.
    public var position: Int64
    /// The case whose personal data was shown.
    public var caseNumber: CaseNumber
    /// Who viewed it (a user's sign-in name).
    public var actor: String
    /// When, to the second.
    public var viewedAt: Date

    /// Creates an entry.
    public init(position: Int64 = 0, caseNumber: CaseNumber, actor: String, viewedAt: Date) {
        self.position = position
        self.caseNumber = caseNumber
        self.actor = actor
        self.viewedAt = viewedAt
    }
}
