import Crypto
import DSRCore

/// The secrets of tokens and setup codes: random values from the system's generator, shown once, kept only as their
/// SHA-256, and compared in constant time.
///
/// A token is `dsr_<id>_<secret>`: the id (the sequence number of its `token-created` event) finds the row, and the
/// secret, 256 random bits in base64url (43 characters), is checked against the row's SHA-256. SHA-256 and not bcrypt:
/// the secret is random, not a password that could be guessed, and a bcrypt check per request would cap a server at a
/// few requests per second.
enum SecretToken {
    /// The text before a token's id.
    static let prefix = "dsr_"
    /// The characters of a token's secret.
    static let secretLength = 43

    /// `count` random bytes from the system's random number generator.
    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A new secret: 256 random bits in base64url without padding.
    static func newSecret() -> String {
        base64URL(randomBytes(32))
    }

    /// A new setup code: 128 random bits as 32 lowercase hexadecimal digits.
    static func newSetupCode() -> String {
        randomBytes(16).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// The token a user is shown once.
    static func token(id: Int64, secret: String) -> String {
        "\(prefix)\(id)_\(secret)"
    }

    /// The id and secret of a token, or `nil` if the text is not of a token's form.
    static func parse(_ token: String) -> (id: Int64, secret: String)? {
        guard token.hasPrefix(prefix) else { return nil }
        let rest = token.dropFirst(prefix.count)
        guard let separator = rest.firstIndex(of: "_"), let id = Int64(rest[..<separator]), id > 0 else { return nil }
        let secret = rest[rest.index(after: separator)...]
        guard secret.utf8.count == secretLength else { return nil }
        return (id, String(secret))
    }

    /// The lowercase hexadecimal SHA-256 of a text's UTF-8 bytes.
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    /// Whether two texts are equal, in time that depends only on their lengths (for hashes of equal length).
    static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// Bytes in base64url without padding (RFC 4648 § 5).
    static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var text = ""
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value = 0
            for byte in chunk { value = value << 8 | Int(byte) }
            value <<= 8 * (3 - chunk.count)
            for position in 0...chunk.count { text.append(alphabet[(value >> (18 - 6 * position)) & 63]) }
            index += 3
        }
        return text
    }
}
