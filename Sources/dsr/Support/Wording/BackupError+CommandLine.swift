import DSRCore

/// The tool's wording of a backup or restore that did not happen: with `--force` and the `dsr audit verify` to run.
extension BackupError: CommandLineWorded {
    /// The message for a backup error.
    var commandLineMessage: String {
        switch self {
        case .destinationExists(let path, true):
            "a register is already at \(path); it was left as it is. Give --force to replace it (it is then kept "
                + "beside it as a .replaced-… file), or choose another path."
        case .destinationExists(let path, false):
            "\(path) already exists; it was left as it is. Choose another path, or give --force to replace it."
        case .sourceDoesNotVerify(let path, let problems, let first):
            "the backup \(path) does not verify (\(problems) problem(s); first: \(first)); nothing was replaced. "
                + "Restore another backup, or run 'dsr audit verify --database \(path)' for the details."
        case .copyDoesNotVerify(let path, let problems, let first):
            "the backup was written to \(path), but the register does not verify (\(problems) problem(s); first: "
                + "\(first)). Keep the backup, and run 'dsr audit verify' for the details."
        case .sourceMissing, .cannotWrite:
            errorDescription ?? "the backup could not be made."
        }
    }
}
