import DSRCore

/// What a handler adds to one letter: their own paragraphs, a list of enclosures, the signer, and the controller's
/// own templates.
///
/// The paragraphs and the enclosures come after the letter's body and before the closing and signature, in every
/// letter type: the body's legal statements (grounds, deadlines, remedies) stay whole and in their order, and the
/// handler's words read as an addition to them, never in the middle of them. The enclosures are listed under their
/// own heading (*Liitteet*, *Bilagor*, *Enclosures*); the access response, whose own list already numbers the copy of
/// the data (GDPR Art. 15(3)) as enclosure 1, lists them as further enclosures from 2.
public struct LetterTailoring: Sendable, Equatable {
    /// The handler's own paragraphs, each one line of text, in order.
    public var paragraphs: [String]
    /// The names of the enclosures, in order.
    public var enclosures: [String]
    /// Who signs the letter, instead of the profile's contact person and signer title.
    public var signer: Signer?
    /// The controller's own letter templates, keyed by file name (`refusal.fi.mustache`), replacing dsr's.
    public var templates: [String: String]
    /// Whether a Swedish or English letter may print the notice's Finnish free text where the profile has none in
    /// the letter's language.
    public var allowsMixedLanguage: Bool

    /// The person who signs a letter.
    public struct Signer: Sendable, Equatable {
        /// The signer's name.
        public var name: String
        /// The signer's title, if given.
        public var title: String?

        /// Creates a signer.
        public init(name: String, title: String? = nil) {
            self.name = name
            self.title = title
        }

        /// Reads "Name, Title" (the title is what follows the first comma; without a comma there is no title).
        /// - Throws: ``InputError`` if the name is empty or either part breaks the one-line text rules.
        public init(parsing text: String, field: String) throws(InputError) {
            let parts = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = try TextRules.requiredLine(parts[0], field: field)
            let title = parts.count > 1 ? try TextRules.optional(parts[1], field: field, multiline: false) : nil
            self.init(name: name, title: title)
        }
    }

    /// Creates a tailoring; the default adds nothing.
    public init(
        paragraphs: [String] = [], enclosures: [String] = [], signer: Signer? = nil, templates: [String: String] = [:],
        allowsMixedLanguage: Bool = false
    ) {
        self.paragraphs = paragraphs
        self.enclosures = enclosures
        self.signer = signer
        self.templates = templates
        self.allowsMixedLanguage = allowsMixedLanguage
    }

    /// The field names the checks report.
    public enum Field {
        /// A paragraph.
        public static let paragraph = "paragraph"
        /// An enclosure's name.
        public static let enclosure = "enclosure"
    }

    /// The tailoring with every paragraph and enclosure checked and trimmed.
    /// - Throws: ``InputError`` naming ``Field/paragraph`` or ``Field/enclosure`` for an empty or invalid text.
    public func checked() throws(InputError) -> LetterTailoring {
        var copy = self
        copy.paragraphs = []
        for paragraph in paragraphs {
            copy.paragraphs.append(
                try TextRules.requiredLine(paragraph, field: Field.paragraph, limit: TextRules.textLimit))
        }
        copy.enclosures = []
        for enclosure in enclosures {
            copy.enclosures.append(try TextRules.requiredLine(enclosure, field: Field.enclosure))
        }
        return copy
    }
}
