import DSRCore

/// The tool's wording of a log that cannot be read: as the register's other failures, with `dsr audit verify` to
/// find out more.
extension AuditTrailError: CommandLineWorded {
    /// The message for an unreadable log.
    var commandLineMessage: String {
        "the register could not \(operation): \(reason); run 'dsr audit verify'. Nothing was changed; try again."
    }
}
