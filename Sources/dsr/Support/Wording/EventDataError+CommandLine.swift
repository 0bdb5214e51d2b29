import DSRCore

/// The tool's wording of event data that cannot be written or shown: the library says to verify the chain, the tool
/// names the command that does.
extension EventDataError: CommandLineWorded {
    /// The message for event data that cannot be written or shown.
    var commandLineMessage: String {
        switch self {
        case .cannotEncode:
            errorDescription ?? "a value cannot be written as canonical JSON, so no event was written."
        case .cannotMaskIdentityCode:
            "stored data that names an identity code cannot be read, so it is not shown (the code could not be "
                + "masked); run 'dsr audit verify'."
        }
    }
}
