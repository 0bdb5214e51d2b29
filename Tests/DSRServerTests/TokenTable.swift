import Crypto
import DSRCore
import DSRServer

/// A fixed table of API tokens for the server's tests, each kept as its SHA-256 with the user's name and role, so that
/// a route × role test needs no users in its register (`dsr serve` resolves tokens with ``RegisterTokens``).
///
/// The table's text has one token a line, `SHA256HEX NAME ROLE` (`#` starts a comment); the token itself is never
/// stored, only its hash (a token is a random 256-bit value, so a plain SHA-256 suffices and keeps each check cheap).
struct TokenTable: PrincipalResolving {
    /// A line of the table that cannot be read.
    struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The line's number, from 1.
        var line: Int
        /// What is wrong with it (never the line's text).
        var reason: String
        /// The line and the reason.
        var description: String { "line \(line): \(reason)" }
    }

    /// The principals by the lowercase hex SHA-256 of their token.
    private let principals: [String: Principal]

    /// Reads a table from its text.
    /// - Throws: ``LineError`` for the first line that is not `SHA256HEX NAME ROLE`.
    init(text: String) throws(LineError) {
        var principals: [String: Principal] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if words.isEmpty { continue }
            guard words.count == 3 else {
                throw LineError(line: index + 1, reason: "expected 'SHA256HEX NAME ROLE'")
            }
            let hash = words[0].lowercased()
            guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else {
                throw LineError(line: index + 1, reason: "the first word must be a SHA-256 in 64 hex digits")
            }
            guard let name = UserName(String(words[1])) else {
                throw LineError(line: index + 1, reason: "not a valid user name")
            }
            guard let role = UserRole(rawValue: String(words[2])) else {
                throw LineError(
                    line: index + 1,
                    reason: "unknown role; use \(UserRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            principals[hash] = Principal(name: name, role: role)
        }
        self.principals = principals
    }

    /// The number of tokens in the table.
    var count: Int { principals.count }

    /// The lowercase hex SHA-256 of a token, as the table stores it.
    static func hash(of token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The principal of a token in the table, or `nil`.
    func principal(bearerToken: String) async throws -> Principal? {
        principals[Self.hash(of: bearerToken)]
    }
}
