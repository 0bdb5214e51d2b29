import DSRCore

/// One page of `GET /api/v1/requests`: the requests on it, where it is, and the link to the next page.
///
/// Written by hand (``CanonicalJSONWritable``) in the bytes `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` writes for its synthesized `Encodable` form, which a test compares: a page of 50 took
/// 8–18 % of the overdue list's time through `JSONEncoder` (docs/performance.md, issue 18).
struct RequestPage: Encodable, Sendable, CanonicalJSONWritable {
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

    /// Writes the page's members in the order of their names, `next` left out on the last page.
    func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("next", next)
        writer.member("page", page)
        writer.member("perPage", perPage)
        writer.key("requests")
        writer.array(requests.map(RequestSummaryJSON.init))
        writer.member("total", total)
        writer.endObject()
    }
}
