/// A closed request whose answer was printed but not sent: the letter lies on the desk, and the request is not
/// answered until it is sent (``AnswerDispatch``).
public struct UnsentAnswer: Sendable, Equatable {
    /// The request.
    public var record: RequestRecord
    /// The answer letter not yet sent.
    public var letter: LetterNumber

    /// Creates the value.
    public init(record: RequestRecord, letter: LetterNumber) {
        self.record = record
        self.letter = letter
    }
}
