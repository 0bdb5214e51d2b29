/// An issued letter and what the register records of its dispatch: printed only, sent on a day by a channel, or also
/// delivered. The latest record of each kind counts (a later record with a reason corrects an earlier one).
public struct LetterDispatchState: Sendable, Equatable {
    /// The letter.
    public var number: LetterNumber
    /// The kind of letter.
    public var type: LetterType
    /// The date the letter bears.
    public var date: CivilDate
    /// The day it was issued (its `letter-issued` event).
    public var issuedOn: CivilDate
    /// Whether the letter was issued while the register recorded dispatch; a letter issued before (by a dsr without
    /// dispatch records) counts as sent on the day it bears, since nothing else is known of it.
    public var tracked: Bool
    /// The day it was sent, if recorded.
    public var sentOn: CivilDate?
    /// How it was sent, if recorded.
    public var via: DispatchChannel?
    /// The day it was delivered, if recorded.
    public var deliveredOn: CivilDate?

    /// Creates the state.
    public init(
        number: LetterNumber, type: LetterType, date: CivilDate, issuedOn: CivilDate, tracked: Bool,
        sentOn: CivilDate? = nil, via: DispatchChannel? = nil, deliveredOn: CivilDate? = nil
    ) {
        self.number = number
        self.type = type
        self.date = date
        self.issuedOn = issuedOn
        self.tracked = tracked
        self.sentOn = sentOn
        self.via = via
        self.deliveredOn = deliveredOn
    }

    /// The day the letter counts as sent: the recorded day, or for a letter issued before dispatch was recorded, the
    /// day it bears; `nil` while a tracked letter is printed but not sent.
    public var effectiveSentOn: CivilDate? {
        sentOn ?? (tracked ? nil : date)
    }
}
