import DSRCore

/// The tool's wording of an import that cannot go ahead: the header's problems with `--map`/`--ignore`, and
/// `--skip-invalid` for invalid rows.
extension ImportError: CommandLineWorded {
    /// The message for an import error.
    var commandLineMessage: String {
        switch self {
        case .invalidHeader(let problems):
            problems.count == 1
                ? "the header (line 1): " + (problems.first?.commandLineText ?? "") + " Nothing was imported."
                : "the header (line 1) has \(problems.count) problems; nothing was imported:"
                    + problems.map { "\n  " + $0.commandLineText }.joined()
        case .invalidRows(let count, let valid):
            "nothing was imported: \(count) row\(count == 1 ? " is" : "s are") invalid (listed above). Correct "
                + (count == 1 ? "it" : "them") + ", or give --skip-invalid to import the \(valid) valid row"
                + (valid == 1 ? "" : "s") + " and list the rest."
        case .emptyFile, .recordTooLong, .notText:
            errorDescription ?? "the file cannot be imported; nothing was imported."
        }
    }
}
