/// The body of `POST /api/v1/requests/{case}/events`: the event's name and the options of `dsr EVENT`, named as its
/// long options in camelCase (the repeatable `--ground` and `--recipient` as the lists `grounds` and `recipients`).
struct EventBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = [
        "event", "on", "reason", "grounds", "partial", "reasonsWithheld", "recipients", "noRecipients",
        "endCondition", "details", "liftsOn", "asked", "note",
    ]

    /// The workflow event, for example `extend`.
    var event: String
    /// The day it happened (default today).
    var on: String?
    /// Why (extend, refuse, notify-lift).
    var reason: String?
    /// Refusal ground codes.
    var grounds: [String]?
    /// A partial refusal: what was granted.
    var partial: String?
    /// Tietosuojalaki § 34(3): the reasons of an access restriction are withheld.
    var reasonsWithheld: Bool?
    /// The recipients told under GDPR Art. 19.
    var recipients: [String]?
    /// There were no Art. 19 recipients to tell.
    var noRecipients: Bool?
    /// When a restriction ends (Art. 18).
    var endCondition: String?
    /// What was done.
    var details: String?
    /// notify-lift: the day the restriction ends.
    var liftsOn: String?
    /// request-identity, request-clarification: what is asked.
    var asked: [String]?
    /// A free-text note.
    var note: String?
}
