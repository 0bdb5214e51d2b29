import DSRCore

/// The tool's wording of a purge whose log could not be emptied: run the same `dsr purge` again.
extension CheckpointIncomplete: CommandLineWorded {
    /// The message for an unfinished purge.
    var commandLineMessage: String {
        Self.situation(path) + "Close the other programs that use the register (another dsr, sqlite3, a backup tool) "
            + "and run the same `dsr purge` again; it completes the job."
    }
}
