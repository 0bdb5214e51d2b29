import DSRCore
import DSRStore
import PostgresNIO

extension PostgresStore {
    /// The access log and its head checked against the log's keyed chain (``AccessLogCheck``), on `connection` in
    /// the caller's snapshot; with `key` `nil` (the key file cannot be read here), chained entries are counted as not
    /// covered.
    func accessLogCheck(key: IdentityCodeKey?, on connection: PostgresConnection) async throws -> AccessLogCheck {
        var check = AccessLogCheck(chain: key?.accessLogChain)
        let entries = try await connection.guardedQuery(
            "SELECT position, case_year, case_sequence, actor, viewed_at, mac FROM case_view ORDER BY position",
            logger: logger)
        for try await (position, year, number, actor, viewedAt, mac) in entries.decode(
            (Int64, Int, Int, String, String, String?).self)
        {
            check.entry(
                position: position, caseYear: year, caseSequence: number, actor: actor, viewedAt: viewedAt, mac: mac)
        }
        let heads = try await connection.guardedQuery(
            "SELECT position, mac, seal FROM case_view_head", logger: logger)
        for try await (position, mac, seal) in heads.decode((Int64, String?, String?).self) {
            check.head(position: position, mac: mac, seal: seal)
        }
        return check
    }
}
