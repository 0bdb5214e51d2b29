import Foundation

/// One word of a search (``SearchQuery``): its text, and whether its last token may be the beginning of a longer
/// token.
public struct SearchTerm: Sendable, Equatable {
    /// The word as typed (a case number as dsr writes it); it holds at least one letter or digit.
    public let text: String
    /// Whether the word's last token matches any token that begins with it (`virt` finds "Virtanen"); `false` for a
    /// case number, which matches whole tokens only (`2024-0042` finds case 2024-0042, not a reference
    /// "CRM-2024-004299").
    public let matchesPrefix: Bool

    /// Creates a term.
    public init(_ text: String, matchesPrefix: Bool) {
        self.text = text
        self.matchesPrefix = matchesPrefix
    }
}
