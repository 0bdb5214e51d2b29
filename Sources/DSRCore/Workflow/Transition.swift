/// The result of applying an event: the request's new state and what the event did.
public struct Transition: Sendable, Equatable {
    /// The event applied.
    public var event: EventID
    /// The state before the event.
    public var from: StateID
    /// The request after the event.
    public var record: RequestRecord
    /// What the event did, in order.
    public var effects: [Effect]

    /// Something an event did besides changing the state.
    public enum Effect: Sendable, Equatable {
        /// The clock was paused on a day.
        case clockPaused(on: CivilDate)
        /// The clock resumed on a day after a pause of so many days.
        case clockResumed(on: CivilDate, pausedDays: Int)
        /// The Art. 12(3) extension was taken.
        case extended(on: CivilDate)
        /// The clock stopped: the request was answered or closed.
        case clockStopped(on: CivilDate)
        /// The deadline moved.
        case deadlineMoved(from: CivilDate, to: CivilDate)
        /// A letter should now be sent.
        case letterDue(LetterType)
    }
}
