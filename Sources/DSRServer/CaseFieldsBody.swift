/// The body of `PATCH /api/v1/requests/{case}`: the fields of `dsr case set`, named as its long options in
/// camelCase; a field left out stays as it is, an empty text removes a value that may be removed (`"assignee": ""`
/// assigns the case to nobody).
struct CaseFieldsBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = [
        "name", "email", "address", "phone", "language", "reference", "channel", "received", "categories",
        "purposes", "recipients", "retention", "source", "automatedDecisions", "transfers", "reason", "assignee",
    ]

    /// The data subject's name.
    var name: String?
    /// The e-mail address.
    var email: String?
    /// The postal address.
    var address: String?
    /// The phone number.
    var phone: String?
    /// The language of the answer.
    var language: String?
    /// The controller's own reference.
    var reference: String?
    /// The channel the request came by.
    var channel: String?
    /// The day the request was received.
    var received: String?
    /// GDPR Art. 15(1)(b): the categories of the person's data.
    var categories: String?
    /// Art. 15(1)(a): the purposes.
    var purposes: String?
    /// Art. 15(1)(c): the recipients.
    var recipients: String?
    /// Art. 15(1)(d): how long the data are kept.
    var retention: String?
    /// Art. 15(1)(g): where the data came from.
    var source: String?
    /// Art. 15(1)(h): automated decision-making.
    var automatedDecisions: String?
    /// Art. 15(2): transfers outside the EU/EEA.
    var transfers: String?
    /// Why a recorded value is changed or removed.
    var reason: String?
    /// The user to assign the case to (empty: nobody).
    var assignee: String?
}
