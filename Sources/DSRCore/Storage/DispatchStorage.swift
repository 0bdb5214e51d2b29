/// Where the dispatch of issued letters is recorded (`letter-sent` and `letter-delivered` events), as the service
/// layer sees it.
///
/// Besides the events in the hash chain, a backend keeps the newest sending and delivery of each letter where lists
/// can read them without walking the history: the due list (answers printed but not sent) and the report (an answer
/// counts from the day it was sent). A letter issued before the register recorded dispatch is not tracked
/// (``LetterDispatchState/tracked``): it counts as sent on the day it bears.
public protocol DispatchStorage: Sendable {
    /// Records a letter's sending or delivery: reads the request and the letter's dispatch state so far, lets `make`
    /// write the `letter-sent` or `letter-delivered` entry (whose ``LetterDispatchData`` names the letter) and an
    /// outcome, and stores the entry and the new dispatch state atomically. The request's record is kept as it is.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case, ``DispatchError/notIssued(_:)`` if the case
    ///   has no such letter, or whatever `make` throws.
    func recordDispatch<Outcome: Sendable>(
        _ letter: LetterNumber,
        _ make: @escaping @Sendable (RequestRecord, LetterDispatchState) throws -> (EventEntry, Outcome)
    ) async throws -> Outcome

    /// The letters issued for a case, oldest first, with their dispatch state.
    func dispatchStates(of caseNumber: CaseNumber) async throws -> [LetterDispatchState]

    /// The letters of the given types in the whole register, with their dispatch state, by case and number; with
    /// `unsentOnly`, only tracked letters not recorded as sent.
    func dispatchStates(types: Set<LetterType>, unsentOnly: Bool) async throws -> [LetterDispatchState]
}
