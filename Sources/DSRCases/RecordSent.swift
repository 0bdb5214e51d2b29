import DSRCore

/// The command to record that an issued letter was sent (`sent`).
public struct RecordSent: Sendable, Equatable {
    /// The letter.
    public var letter: LetterNumber
    /// The day it was sent.
    public var on: CivilDate
    /// How it was sent.
    public var via: DispatchChannel
    /// The carrier's tracking code, if any (kept like personal text).
    public var tracking: String?
    /// Why an earlier record of the letter's sending is corrected; needed when there is one.
    public var reason: String?

    /// Creates the command.
    public init(
        letter: LetterNumber, on: CivilDate, via: DispatchChannel, tracking: String? = nil, reason: String? = nil
    ) {
        self.letter = letter
        self.on = on
        self.via = via
        self.tracking = tracking
        self.reason = reason
    }
}
