import DSRCore

/// The tool's wording of event data that cannot be shown: the library says to verify the chain, the tool
/// names the command that does.
extension EventDataError: CommandLineWorded {
    /// The message for event data that cannot be shown.
    var commandLineMessage: String {
        switch self {
        case .cannotMaskIdentityCode:
            "stored data that names an identity code cannot be read, so it is not shown (the code could not be "
                + "masked); run 'dsr audit verify'."
        }
    }
}
