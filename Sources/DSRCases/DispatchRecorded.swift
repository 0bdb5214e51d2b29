import DSRCore

/// What `sent` or `delivered` recorded.
public struct DispatchRecorded: Sendable, Equatable {
    /// The letter.
    public var letter: LetterNumber
    /// The event recorded: ``SystemEvent/letterSent`` or ``SystemEvent/letterDelivered``.
    public var event: SystemEvent
    /// The day recorded.
    public var on: CivilDate
    /// How it was sent (for a sending).
    public var via: DispatchChannel?
    /// The day recorded before, if this corrects an earlier record.
    public var corrects: CivilDate?
    /// Whether the letter answers the request (``LetterType/isAnswer``), so that its sending day decides whether
    /// the request was answered on time.
    public var isAnswer: Bool
    /// The request's deadline.
    public var deadline: CivilDate

    /// Creates the result.
    public init(
        letter: LetterNumber, event: SystemEvent, on: CivilDate, via: DispatchChannel?, corrects: CivilDate?,
        isAnswer: Bool, deadline: CivilDate
    ) {
        self.letter = letter
        self.event = event
        self.on = on
        self.via = via
        self.corrects = corrects
        self.isAnswer = isAnswer
        self.deadline = deadline
    }
}
