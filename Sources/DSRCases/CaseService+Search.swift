import DSRCore

extension CaseService {
    /// The summaries of the requests, open or closed, whose texts match every word of the command's text (name,
    /// e-mail address, telephone number, address, reference, case number, registration note; token-prefix, ignoring
    /// case and diacritics, see ``SearchQuery``), newest case first, at most `command.limit` of them. No match is an
    /// empty list, not an error.
    /// - Throws: ``SearchError`` if the text has nothing to search for, is too long, or the limit is out of range
    ///   (nothing is read then); storage errors.
    public func search(_ command: SearchCases) async throws -> [RequestSummary] {
        let query = try Self.check(command)
        return try await storage.search(query).map { RequestSummary($0, asOf: command.asOf, name: command.names) }
    }

    /// Checks a search without touching the register, so that a front end can refuse bad input before it opens one,
    /// and returns the query it makes.
    /// - Throws: ``SearchError`` if the text has nothing to search for or is too long, or the limit is out of range.
    public static func check(_ command: SearchCases) throws(SearchError) -> SearchQuery {
        try SearchQuery(text: command.text, limit: command.limit)
    }
}
