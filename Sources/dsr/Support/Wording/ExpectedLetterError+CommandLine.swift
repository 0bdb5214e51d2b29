import DSRCore

/// The tool's wording of a state that calls for no letter: where to find the letter types to name.
extension ExpectedLetterError: CommandLineWorded {
    /// The message for a letter asked without a type in a state that calls for none.
    var commandLineMessage: String {
        switch self {
        case .noLetterForState(let caseNumber, let state):
            "\(caseNumber) is '\(state)', which calls for no letter; name the type (see 'dsr letter types')."
        }
    }
}
