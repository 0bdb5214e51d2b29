import DSRCore
import Foundation

/// What the `dsr user` and `dsr token` commands share.
enum UserCommands {
    /// A role named on the command line.
    /// - Throws: ``InputError/unknownValue(field:text:accepted:)`` naming `field`.
    static func role(_ text: String, field: String = "--role") throws -> UserRole {
        guard let role = UserRole(rawValue: text) else {
            throw InputError.unknownValue(field: field, text: text, accepted: UserRole.allCases.map(\.rawValue))
        }
        return role
    }

    /// A user's sign-in name given on the command line.
    /// - Throws: ``InputError`` naming `field`; the text itself is never repeated.
    static func name(_ text: String, field: String = "NAME") throws -> UserName {
        if let name = UserName(text) { return name }
        if text.isEmpty { throw InputError.empty(field: field) }
        if text.utf8.count > UserName.maximumLength {
            throw InputError.tooLong(field: field, limit: UserName.maximumLength)
        }
        throw InputError.unknownValue(
            field: field, text: "",
            accepted: ["lower-case letters a-z, digits, '.', '_' and '-', starting with a letter or digit"])
    }

    /// A time as `2026-11-21T10:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    /// `text` padded with spaces to `width` characters (and one space at least).
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
