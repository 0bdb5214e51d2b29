import DSRCore

/// The check of the access log against its keyed chain (``AccessLogChain``), shared by both backends' verifiers:
/// SQLite's (`SQLiteStore.verifyChain`) and PostgreSQL's (`PostgresStore.verifyChain`), each calling it once.
///
/// The verifier feeds it every entry in position order (``entry(position:caseYear:caseSequence:actor:viewedAt:mac:)``),
/// then every head row (``head(position:mac:seal:)``), and adds ``problems()`` and ``notCovered`` to its report.
///
/// - Entries without a mac before the first entry with one were written before dsr chained the log (or by a dsr
///   without the key file): they are counted as not covered, not reported, since nothing vouches for them. An entry
///   without a mac after a chained one is reported: dsr never writes one there while it has the key.
/// - With the key, each chained entry's mac must be the one computed from the mac stored before it and its own
///   fields: a changed or inserted entry, or one after a deleted entry, does not match. Without the key (the file
///   is not readable where the check runs), chained entries are counted as not covered.
/// - The head must be one row naming the newest entry's position and mac, sealed under the key once the log is
///   chained: deleting the newest entries leaves the head naming an entry that is gone, and setting it back needs a
///   seal that only the key gives.
public struct AccessLogCheck: Sendable {
    /// The chain to check against, or `nil` without the key file.
    private let chain: AccessLogChain?
    /// Every mismatch found, in the order found.
    private var found: [ChainProblem] = []
    /// The newest entry's position and mac.
    private var last: (position: Int64, mac: String?)?
    /// Whether an entry with a mac was seen.
    private var chained = false
    /// The head rows seen.
    private var heads: [(position: Int64, mac: String?, seal: String?)] = []
    /// Entries the chain does not vouch for.
    public private(set) var notCovered = 0

    /// A check against `chain` (`nil`: without the key file, chained entries are counted as not covered).
    public init(chain: AccessLogChain?) {
        self.chain = chain
    }

    /// Notes the next entry of the log, in position order, with its fields as stored.
    public mutating func entry(
        position: Int64, caseYear: Int, caseSequence: Int, actor: String, viewedAt: String, mac: String?
    ) {
        defer { last = (position, mac) }
        guard let mac else {
            if chained {
                report(
                    position,
                    "access-log entry \(position) has no mac although entries before it are chained: inserted or changed "
                        + "behind dsr's back")
            } else {
                notCovered += 1
            }
            return
        }
        chained = true
        guard let chain else {
            notCovered += 1
            return
        }
        let expected = chain.mac(
            previous: last?.mac, position: position, caseYear: caseYear, caseSequence: caseSequence, actor: actor,
            viewedAt: viewedAt)
        if expected != mac {
            report(
                position,
                "access-log entry \(position) does not match its mac: it was changed or inserted, or the entry before it was "
                    + "deleted, behind dsr's back")
        }
    }

    /// Notes a row of the log's head.
    public mutating func head(position: Int64, mac: String?, seal: String?) {
        heads.append((position, mac, seal))
    }

    /// Every mismatch: of the entries (in position order), then of the head.
    public func problems() -> [ChainProblem] {
        var problems = found
        func report(_ detail: String) {
            problems.append(ChainProblem(kind: .accessLogMismatch, sequence: nil, caseNumber: nil, detail: detail))
        }
        guard heads.count == 1, let head = heads.first else {
            report(
                "the access log's head is \(heads.isEmpty ? "missing" : "\(heads.count) rows, not one") "
                    + "(changed behind dsr's back)")
            return problems
        }
        let newest = last?.position ?? 0
        if head.position > newest {
            report(
                "the access log ends at entry \(newest), but its head names entry \(head.position): the newest "
                    + "entries were deleted behind dsr's back")
        } else if head.position < newest {
            report(
                "the access log's head names entry \(head.position), but entries up to \(newest) are stored: "
                    + "entries were inserted, or the head set back, behind dsr's back")
        } else if head.mac != last?.mac {
            report("the access log's head does not name its newest entry's mac (changed behind dsr's back)")
        } else if let mac = head.mac, let chain, head.seal != chain.seal(position: head.position, mac: mac) {
            report(
                "the access log's head is not sealed by the register's key: it was set back, or the newest entries "
                    + "changed, behind dsr's back")
        } else if head.mac == nil && head.seal != nil {
            report("the access log's head is sealed, but names no chained entry (changed behind dsr's back)")
        }
        return problems
    }

    private mutating func report(_ position: Int64, _ detail: String) {
        found.append(ChainProblem(kind: .accessLogMismatch, sequence: nil, caseNumber: nil, detail: detail))
    }
}
