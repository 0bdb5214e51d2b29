import Crypto
import Foundation

/// The keyed chain of the access log (`caseView`, `case_view`: who viewed which case's personal data, when), which
/// `dsr audit verify` checks (``AccessLogCheck``).
///
/// The access log is a legal record (tiedonhallintalaki 906/2019 § 17) but stays outside the event chain: a view
/// changes nothing in the record, and chaining every page view would make each read a write to the event chain. An
/// unkeyed hash chain would not help: whoever owns the database could recompute it after a change. So each entry
/// carries a mac, the hex HMAC-SHA-256 of the previous entry's mac, its position, case, actor and time, under a key
/// derived from the register's key file (``IdentityCodeKey/accessLogChain``), which never goes into the database. An
/// owner can then neither change nor insert an entry, nor delete one before the newest, without the verifier seeing
/// a mac that does not match.
///
/// Deleting the newest entries leaves a shorter chain that still matches, so the log also has a head row
/// (`caseViewHead`, `case_view_head`), rewritten with every entry: the newest entry's position and mac and a seal over
/// both under the same key. Rolling the head back to an earlier entry needs that entry's seal, which the owner cannot
/// compute (only replay one copied from the database at that earlier time: see docs/storage.md, "The access log").
public struct AccessLogChain: Sendable {
    /// The key of the chain.
    private let key: SymmetricKey

    /// A chain under `key`.
    init(key: SymmetricKey) {
        self.key = key
    }

    /// The mac of an entry: the hex HMAC-SHA-256 of `dsr access-log entry v1`, the previous entry's mac (empty for
    /// the first chained entry), the position, the case's year and number, the actor and the time as stored (each
    /// field length-prefixed).
    public func mac(
        previous: String?, position: Int64, caseYear: Int, caseSequence: Int, actor: String, viewedAt: String
    ) -> String {
        authenticate([
            "dsr access-log entry v1", previous ?? "", String(position), String(caseYear), String(caseSequence), actor,
            viewedAt,
        ])
    }

    /// The seal of the log's head: the hex HMAC-SHA-256 of `dsr access-log head v1`, the newest entry's position and
    /// its mac (each field length-prefixed). Distinct from the entry's mac, so that the head cannot be set back to
    /// an earlier entry by copying that entry's mac.
    public func seal(position: Int64, mac: String) -> String {
        authenticate(["dsr access-log head v1", String(position), mac])
    }

    /// The hex HMAC-SHA-256 of the fields, each as its length in UTF-8 bytes, a colon and its bytes, so that no two
    /// lists of fields give the same message.
    private func authenticate(_ fields: [String]) -> String {
        var message = Data()
        for field in fields {
            message.append(contentsOf: "\(field.utf8.count):".utf8)
            message.append(contentsOf: field.utf8)
        }
        return EventChain.hex(Array(HMAC<SHA256>.authenticationCode(for: message, using: key)))
    }
}
