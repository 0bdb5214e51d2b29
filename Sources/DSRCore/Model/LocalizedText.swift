/// A short text in Finnish, Swedish and English.
public struct LocalizedText: Sendable, Codable, Hashable {
    /// The Finnish text.
    public var fi: String
    /// The Swedish text.
    public var sv: String
    /// The English text.
    public var en: String

    /// Creates a text from its three language versions.
    public init(fi: String, sv: String, en: String) {
        self.fi = fi
        self.sv = sv
        self.en = en
    }

    /// Returns the text in the given language.
    public subscript(language: Language) -> String {
        switch language {
        case .fi: fi
        case .sv: sv
        case .en: en
        }
    }
}
