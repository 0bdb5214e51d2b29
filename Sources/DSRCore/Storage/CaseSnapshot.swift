/// What a case's page shows, read from one snapshot of the register (``CaseSnapshotStorage/caseSnapshot(_:)``): the
/// request, its history, its letters and the controller profile then current.
public struct CaseSnapshot: Sendable, Equatable {
    /// The request.
    public var record: RequestRecord
    /// Its history, oldest first, with the full data of its events where it is kept (as
    /// ``RequestEventStorage/events(of:)`` reads it).
    public var events: [EventEntry]
    /// Its issued letters with their dispatch state, oldest first (as ``DispatchStorage/dispatchStates(of:)``).
    public var letters: [LetterDispatchState]
    /// The current controller profile, or `nil` if none was set (as ``ProfileStorage/controllerProfile()``).
    public var profile: ControllerProfileVersion?

    /// Creates a snapshot.
    public init(
        record: RequestRecord, events: [EventEntry], letters: [LetterDispatchState], profile: ControllerProfileVersion?
    ) {
        self.record = record
        self.events = events
        self.letters = letters
        self.profile = profile
    }
}
