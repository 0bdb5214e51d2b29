import DSRCore

/// The tool's wording of a column mapping that cannot be used: a `--map` value without `=` names the option.
extension ImportMappingError: CommandLineWorded {
    /// The message for a mapping error.
    var commandLineMessage: String {
        switch problem {
        case .notAnAssignment:
            "--map takes HEADER=COLUMN, for example --map \"Sähköposti=email\"."
        case .emptyHeader, .unknownTarget, .mappedTwice, .mappedAndIgnored, .notYAML, .empty, .shape:
            errorDescription ?? "the column mapping cannot be used."
        }
    }
}
