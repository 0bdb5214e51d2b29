import DSRCore
import GRDB

extension StoreError {
    /// Translates an SQLite failure into a store error whose message names the failure, never the statement's
    /// arguments (which may hold personal data).
    /// - Parameters:
    ///   - error: The GRDB error.
    ///   - operation: What the register was doing, for example `register a request`.
    init(_ error: DatabaseError, operation: String) {
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            self = .damaged(operation: operation, finding: "the register is damaged")
        default:
            self = .failed(operation: operation, reason: Self.reason(for: error))
        }
    }

    /// A short explanation of an SQLite failure: its class, and SQLite's own message (which names tables, columns
    /// and constraints, never values).
    static func reason(for error: DatabaseError) -> String {
        let message = error.message.map { " (\($0))" } ?? ""
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "another dsr kept the register locked for more than 10 seconds"
        case .SQLITE_FULL:
            return "the disk is full"
        case .SQLITE_READONLY:
            return "the register is read-only; check the file's permissions"
        case .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_CANTOPEN:
            return "the file cannot be opened for writing; check its permissions and its folder's"
        case .SQLITE_IOERR:
            return "a disk input/output error occurred"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "the register is damaged"
        case .SQLITE_CONSTRAINT:
            return "a consistency rule of the register refused the change\(message)"
        default:
            return "SQLite error \(error.resultCode.rawValue)\(message)"
        }
    }
}
