/// The character encoding a notice file was decoded from.
public enum NoticeEncoding: String, Sendable, Codable, CaseIterable, Hashable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 (little or big endian), recognised by its byte-order mark or its zero bytes.
    case utf16 = "utf-16"
    /// Windows-1252 (a superset of Latin-1), used only when the file is not UTF-8 and has no UTF-8 sequences.
    case windows1252 = "windows-1252"
}
