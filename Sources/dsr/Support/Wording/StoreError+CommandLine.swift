import DSRCore

/// The tool's wording of the register's errors: what went wrong and what to do, with the commands and options to do
/// it (the library's own messages name no option of the tool).
extension StoreError: CommandLineWorded {
    /// The message for a store error.
    var commandLineMessage: String {
        switch self {
        case .unknownCase(let caseNumber):
            "no request has case number \(caseNumber); list cases with 'dsr list --all'."
        case .cannotOpen(let path, let reason):
            "cannot open the register at \(path): \(reason). Check the path and its permissions, or give --database PATH."
        case .notARegister(let path):
            "\(path) is not a dsr register (or it is damaged); it was left untouched. Give the right --database PATH or restore a backup."
        case .newerSchema:
            domainMessage
        case .failed:
            domainMessage
        case .outcomeUnknown(let operation, let reason):
            "the register was asked to \(operation) and did not confirm it: \(reason). The change may or may not have "
                + "been stored: look with 'dsr list --all', 'dsr search' or 'dsr show CASE' (and 'dsr audit verify') "
                + "before trying again."
        case .unreadable(let operation, let what):
            "the register could not \(operation): \(what) cannot be read; run 'dsr audit verify'. Nothing was changed; "
                + "try again."
        case .damaged(let operation, let finding):
            "the register could not \(operation): \(finding); run 'dsr audit verify' and restore a backup with "
                + "'dsr restore'. Nothing was changed; try again."
        case .missing(let path):
            "no register at \(path) (create one with `dsr init`); nothing was created. Check the path if you meant an "
                + "existing register."
        case .referenceInUse(let caseNumber):
            "the reference is already used by case \(caseNumber); nothing was registered. Give another --reference, "
                + "or see the request with 'dsr show \(caseNumber)'."
        }
    }
}
