import DSRCore

/// The tool's wording of broken workflow definitions: the problems, then the command that checks them.
extension WorkflowCatalogError: CommandLineWorded {
    /// The problems, one per line, then what to do.
    var commandLineMessage: String {
        problemLines + "\nFix the workflow definitions and run 'dsr workflow check DIR'."
    }
}
