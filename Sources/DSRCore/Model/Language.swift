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

extension Language {
    /// Finds a language by its code or its name in Finnish, Swedish or English (`suomi`, `svenska`, `englanti`),
    /// ignoring case and diacritics, as an import file's `language` column is read (the command line takes codes).
    public init?(name: String) {
        if let language = Language(code: name) {
            self = language
            return
        }
        switch TextFolding.fold(name) {
        case "suomi", "finnish", "finska", "fin": self = .fi
        case "ruotsi", "swedish", "svenska", "swe": self = .sv
        case "englanti", "english", "engelska", "eng": self = .en
        default: return nil
        }
    }
}
