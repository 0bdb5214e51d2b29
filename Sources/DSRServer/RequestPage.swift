import DSRCore

/// One page of `GET /api/v1/requests`: the requests on it, where it is, and the link to the next page.
struct RequestPage: Encodable, Sendable {
    /// The requests on this page, soonest deadline first (names included: the API serves the team).
    var requests: [RequestSummary]
    /// The page's number, from 1.
    var page: Int
    /// Requests per page.
    var perPage: Int
    /// Requests on every page together.
    var total: Int
    /// The path and query of the next page, or `nil` on the last.
    var next: String?
}
