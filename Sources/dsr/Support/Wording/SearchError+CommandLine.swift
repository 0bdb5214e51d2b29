import DSRCore

/// The tool's wording of search errors, with the options to use; the search text itself is never repeated.
extension SearchError: CommandLineWorded {
    /// The message for a search error.
    var commandLineMessage: String {
        switch self {
        case .nothingToSearchFor:
            "the search text is empty or has no letter or digit; give a name, an e-mail address, a telephone number, "
                + "an address, a reference, a case number or words of a note (for example `dsr search meikalainen`), "
                + "or --hetu CODE."
        case .tooLong:
            domainMessage
        case .limitOutOfRange(let limit, let accepted):
            "--limit must be from \(accepted.lowerBound) to \(accepted.upperBound), not \(limit)."
        }
    }
}
