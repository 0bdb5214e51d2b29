import DSRLetters

/// The tool's wording of a controller's letter template that cannot be used.
extension TemplateOverrideError: CommandLineWorded {
    /// The message, naming where the template came from and what to do; nothing is written or changed.
    var commandLineMessage: String {
        switch origin {
        case .letter:
            "The letter template \(file) (from --templates) cannot be used: \(detail). Fix it; no letter was written."
        case .profileChange:
            "The letter template \(file) (from --templates) cannot be used: \(detail). Fix it; the controller profile "
                + "was not changed."
        case .profile:
            "The letter template \(file) kept in the controller profile cannot be used: \(detail). Replace it with "
                + "'dsr controller set --templates DIR', or go back to dsr's with 'dsr controller set --no-templates'; "
                + "no letter was written."
        }
    }
}
