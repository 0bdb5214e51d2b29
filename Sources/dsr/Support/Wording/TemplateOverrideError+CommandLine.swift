import DSRLetters

/// The tool's wording of a controller's letter template that cannot be used.
extension TemplateOverrideError: CommandLineWorded {
    /// The message, naming the folder option; no letter is written.
    var commandLineMessage: String {
        "The letter template \(file) (from --templates) cannot be used: \(detail). Fix it; no letter was written."
    }
}
