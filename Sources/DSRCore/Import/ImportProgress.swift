/// What an import reports as it goes (``RequestImporter``), in file order.
public enum ImportProgress: Sendable, Equatable {
    /// A problem with a row.
    case issue(ImportIssue)
    /// The summary so far, every ``RequestImporter/progressInterval`` rows or so.
    case progress(ImportSummary)
    /// The import has ended (committed, or rolled back): what it did. The last element.
    case finished(ImportSummary)
}
