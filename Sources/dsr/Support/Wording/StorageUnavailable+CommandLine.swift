import DSRCore

/// The tool's wording of a register it cannot use for the command yet, with what to do instead.
extension StorageUnavailable: CommandLineWorded {
    /// The message: the library's, and the SQLite register to use meanwhile.
    var commandLineMessage: String {
        domainMessage + " Use an SQLite register for this command (--database PATH or $DSR_DATABASE set to a path); "
            + "docs/storage.md says what works on PostgreSQL."
    }
}
