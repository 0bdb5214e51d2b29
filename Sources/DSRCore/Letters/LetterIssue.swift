/// The outcome of issuing a letter.
public enum LetterIssue: Sendable, Equatable {
    /// The letter was issued now under a new number.
    case issued(IssuedLetter)
    /// A letter with the same content had been issued before; nothing was recorded and that letter is returned.
    case alreadyIssued(IssuedLetter)

    /// The letter, new or earlier.
    public var letter: IssuedLetter {
        switch self {
        case .issued(let letter), .alreadyIssued(let letter): letter
        }
    }
}
