import ArgumentParser

/// A command that opens the register: one that takes the global options (``GlobalOptions``), among them
/// `--database`. ``EarlyRegister`` starts connecting to a PostgreSQL register for such a command while its command
/// line is still being parsed.
protocol RegisterCommand: ParsableCommand {
    /// The global options, the register's location among them.
    var global: GlobalOptions { get }
}
