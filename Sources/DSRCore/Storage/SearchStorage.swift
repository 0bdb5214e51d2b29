import Foundation

/// Where requests are found by their texts, as the service layer sees it: a full-text index kept in step with the
/// requests (SQLite: an FTS5 table; a PostgreSQL register: its own full-text search).
///
/// The index covers each request's case number, the data subject's name, e-mail address, telephone number and
/// address, the reference and the registration's note, as they are now: a change to a request, and a purge, are
/// reflected at once (in the same transaction), and a purged request is found by what it keeps (its case number, a
/// kept reference) but no longer by its removed personal data. The index is personal data itself: a backend must not
/// keep removed texts in it (or in copies of it) after a purge. Matching is what ``SearchQuery`` describes.
public protocol SearchStorage: Sendable {
    /// The requests, open or closed, that match every word of the query, newest case first (the highest case
    /// number: latest year of receipt, then latest registered), at most `query.limit` of them.
    func search(_ query: SearchQuery) async throws -> [RequestRecord]
}
