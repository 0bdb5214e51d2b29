/// The names of the events of case work that correct or annotate a case beside its workflow (issue 15): they are
/// recorded in the hash chain like workflow events, but no workflow defines them.
///
/// `HistoryReplay` applies them: a `case-set` changes the request's data, a `note` changes nothing, a `void` replays
/// the case without the event it names, a `reopen` takes a closed request back into its workflow.
public enum CaseEventName: String, Sendable, CaseIterable {
    /// `dsr case set`: the request's data corrected (``CaseSetData``).
    case caseSet = "case-set"
    /// `dsr note`: a dated note (``CaseNoteData``).
    case note
    /// `dsr void`: an earlier event marked void (``VoidData``).
    case void
    /// `dsr reopen`: a closed request reopened (``ReopenData``).
    case reopen

    /// The names of events that can never be voided: the registration, a purge, an issued letter (issued letters
    /// are superseded by a new letter, never voided: the person may hold it), a key's reseal, register-wide events,
    /// and a void itself.
    public static let neverVoided: Set<String> = [
        "register", "purge", "letter-issued", "identity-code-resealed", "controller-set", "identity-key",
        CaseEventName.void.rawValue,
    ]
}
