import Foundation

/// A failure of the store itself. Messages carry case numbers and paths, never personal data.
public enum StoreError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// No request has the case number.
    case unknownCase(CaseNumber)
    /// The database cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The file is not a dsr register.
    case notARegister(path: String)
    /// The register was written by a newer dsr.
    case newerSchema(path: String, found: String)
    /// A read or write failed.
    case failed(operation: String, reason: String)
    /// A change was sent to be committed but no answer came back (`reason`: why, such as a connection to a database
    /// server lost while it committed): the change may or may not have been stored, and only looking tells which.
    case outcomeUnknown(operation: String, reason: String)
    /// Something the register holds cannot be read back (`what`: "the stored state of case 2026-0042", "event 7"):
    /// the register may have been damaged or changed outside dsr; its hash chain's verification says more.
    case unreadable(operation: String, what: String)
    /// The register's file is damaged (`finding`: what showed it), so it was left as it is; a backup restores it.
    case damaged(operation: String, finding: String)
    /// The register does not exist and the command does not create one.
    case missing(path: String)
    /// The controller's reference given for a new request already belongs to this case (references are unique).
    case referenceInUse(CaseNumber)

    /// Unknown cases are "not found" (66), a reference in use is invalid data (65); everything else is a storage
    /// failure (74).
    public var category: ErrorCategory {
        switch self {
        case .unknownCase, .missing: .notFound
        case .referenceInUse: .invalidData
        case .cannotOpen, .notARegister, .newerSchema, .failed, .outcomeUnknown, .unreadable, .damaged: .storage
        }
    }

    /// What went wrong, in the register's terms; front ends add what to do in theirs (the tool's wording, with its
    /// commands and options, is in `Sources/dsr/Support/Wording/StoreError+CommandLine.swift`).
    public var errorDescription: String? {
        switch self {
        case .unknownCase(let caseNumber):
            "no request has case number \(caseNumber)."
        case .cannotOpen(let path, let reason):
            "cannot open the register at \(path): \(reason). Check the path and its permissions."
        case .notARegister(let path):
            "\(path) is not a dsr register (or it is damaged); it was left untouched."
        case .newerSchema(let path, let found):
            "\(path) was written by a newer dsr (schema \(found)); it was left untouched. Upgrade dsr to use it."
        case .failed(let operation, let reason):
            "the register could not \(operation): \(reason). Nothing was changed; try again."
        case .outcomeUnknown(let operation, let reason):
            "the register was asked to \(operation) and did not confirm it: \(reason). The change may or may not have "
                + "been stored; look at the register before trying again."
        case .unreadable(let operation, let what):
            "the register could not \(operation): \(what) cannot be read. Nothing was changed; verify the register's "
                + "hash chain."
        case .damaged(let operation, let finding):
            "the register could not \(operation): \(finding). Nothing was changed; verify the register's hash chain "
                + "and restore a backup."
        case .missing(let path):
            "no register at \(path); nothing was created."
        case .referenceInUse(let caseNumber):
            "the reference is already used by case \(caseNumber); nothing was registered."
        }
    }
}
