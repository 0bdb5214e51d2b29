import DSRCore

/// What `dsr letter verify FILE` found out about a file.
public enum LetterVerification: Sendable, Equatable {
    /// The file is, byte for byte, a form of an issued letter.
    case matches(IssuedLetter, LetterFormat)
    /// The file is the text, Markdown or HTML form of an issued letter with only its line endings or trailing white
    /// space changed, as e-mail programs and editors do.
    case matchesText(IssuedLetter, LetterFormat)
    /// The file names an issued letter in its footer but differs from every form of it: it was changed after it was
    /// issued, or it is a draft copied into another letter.
    case differs(IssuedLetter)
    /// The file names a letter number this register has not issued.
    case unknownLetter(LetterNumber)
    /// The file matches no issued letter and names none.
    case noMatch

    /// Whether the file is an issued letter.
    public var isMatch: Bool {
        switch self {
        case .matches, .matchesText: true
        case .differs, .unknownLetter, .noMatch: false
        }
    }
}
