/// The body of `POST /api/v1/requests/{case}/letters`: the letter to issue, as `dsr letter CASE [TYPE] --issue`.
struct LetterIssueBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = ["type", "language", "date", "format"]

    /// The letter type; by default the letter the request's state calls for.
    var type: String?
    /// fi, sv or en; by default the request's language.
    var language: String?
    /// The letter's date; by default the day it is issued.
    var date: String?
    /// The format recorded as the letter's own: text, markdown, html or pdf (default pdf).
    var format: String?
}
