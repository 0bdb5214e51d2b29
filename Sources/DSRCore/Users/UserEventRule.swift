/// Which register-wide entry may be stored with a change of a user or a token: the one rule every store checks
/// before it writes the change (SQLite and PostgreSQL alike), so that a user's or token's row is only ever stored with
/// an event naming it.
public enum UserEventRule {
    /// The user event of `entry` if it is a register-wide event that changes a user's state
    /// (``SystemEvent/userStateEvents``) and its data names `name`; `nil` otherwise.
    public static func userStateEvent(of entry: EventEntry, naming name: UserName) -> SystemEvent? {
        guard entry.caseNumber == nil, let event = entry.systemEvent, SystemEvent.userStateEvents.contains(event),
            EventEntry.decodeCanonicalJSON([String: String].self, from: entry.data)?["user"] == name.rawValue
        else { return nil }
        return event
    }

    /// Whether `entry` is a register-wide `token-created` event naming `user`.
    public static func isTokenCreated(_ entry: EventEntry, for user: UserName) -> Bool {
        entry.caseNumber == nil && entry.systemEvent == .tokenCreated
            && EventEntry.decodeCanonicalJSON([String: String].self, from: entry.data)?["user"] == user.rawValue
    }

    /// Whether `entry` is a register-wide `token-revoked` event naming the token `id`.
    public static func isTokenRevoked(_ entry: EventEntry, id: Int64) -> Bool {
        entry.caseNumber == nil && entry.systemEvent == .tokenRevoked
            && EventEntry.decodeCanonicalJSON([String: String].self, from: entry.data)?["token"] == String(id)
    }
}
