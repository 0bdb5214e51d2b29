import Crypto
import Foundation

/// The data of an `attachment-added` event: the attachment's number within its case, its label, its display name,
/// its size and its SHA-256, and whether its bytes are sealed under the register's key.
///
/// The display name (from the file's name) can name the person, so it is personal data: the chain's public form
/// withholds it and a purge removes it. The SHA-256 stays in the chain for good, so the register can show later what
/// was kept and that the stored bytes are those.
public struct AttachmentData: Sendable, Codable, Equatable {
    /// The attachment's place among the case's attachments, from 1.
    public var number: Int
    /// What it is.
    public var label: String
    /// The display name (personal data).
    public var name: String
    /// Its size in bytes.
    public var size: Int
    /// The SHA-256 of its bytes, lowercase hex.
    public var sha256: String
    /// Whether its bytes are sealed under the register's key.
    public var sensitive: Bool

    /// Creates the data.
    public init(number: Int, label: String, name: String, size: Int, sha256: String, sensitive: Bool) {
        self.number = number
        self.label = label
        self.name = name
        self.size = size
        self.sha256 = sha256
        self.sensitive = sensitive
    }

    /// The data with the display name replaced by `marker`.
    public func replacingPersonalData(with marker: String) -> AttachmentData {
        var data = self
        data.name = PersonalData.replacing(name, with: marker) ?? ""
        return data
    }

    /// The SHA-256 of bytes, lowercase hex, as the chain records it.
    public static func sha256Hex(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// A display name made from a file's name: its last path component, with control characters, path separators
    /// and characters outside letters, digits, space and `-_.()` replaced by `_`, at most 120 characters; `file` if
    /// nothing is left.
    public static func displayName(fromFileName fileName: String) -> String {
        let last = fileName.split(separator: "/").last.map(String.init) ?? ""
        var name = ""
        for character in last {
            let allowed =
                character.isLetter || character.isNumber || character == " " || character == "-" || character == "_"
                || character == "." || character == "(" || character == ")"
            name.append(allowed ? character : "_")
            if name.count >= 120 { break }
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.allSatisfy({ $0 == "." }) ? "file" : trimmed
    }
}

extension AttachmentData: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("label", label)
        writer.member("name", name)
        writer.member("number", number)
        writer.member("sensitive", sensitive)
        writer.member("sha256", sha256)
        writer.member("size", size)
        writer.endObject()
    }
}
