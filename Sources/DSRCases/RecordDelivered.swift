import DSRCore

/// The command to record that a sent letter was delivered (`delivered`).
public struct RecordDelivered: Sendable, Equatable {
    /// The letter.
    public var letter: LetterNumber
    /// The day it was delivered.
    public var on: CivilDate
    /// Why an earlier record of the letter's delivery is corrected; needed when there is one.
    public var reason: String?

    /// Creates the command.
    public init(letter: LetterNumber, on: CivilDate, reason: String? = nil) {
        self.letter = letter
        self.on = on
        self.reason = reason
    }
}
