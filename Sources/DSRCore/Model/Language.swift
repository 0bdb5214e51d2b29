import Foundation

/// A language dsr writes letters and descriptions in.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    /// Finnish (suomi).
    case fi
    /// Swedish (svenska), Finland's second national language.
    case sv
    /// English.
    case en
}

extension Language {
    /// Parses a language code (`fi`, `sv`, `en`, case-insensitive), or returns `nil`.
    public init?(code: String) {
        self.init(rawValue: code.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
