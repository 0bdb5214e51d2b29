/// The body of `POST /api/v1/requests`: the fields of `dsr register`, named as its long options in camelCase.
struct RegistrationBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = [
        "kind", "name", "email", "phone", "address", "hetu", "received", "channel", "language", "reference", "note",
        "directMarketing",
    ]

    /// The right exercised, in English, Finnish or Swedish.
    var kind: String
    /// The data subject's name.
    var name: String
    /// Their e-mail address.
    var email: String?
    /// Their telephone number.
    var phone: String?
    /// Their postal address.
    var address: String?
    /// Their henkilötunnus (validated; stored encrypted).
    var hetu: String?
    /// The day received (default today).
    var received: String?
    /// How it arrived (default `email`).
    var channel: String?
    /// The language to answer in (default `fi`).
    var language: String?
    /// The controller's own reference.
    var reference: String?
    /// A free-text note.
    var note: String?
    /// For an objection: against direct marketing (GDPR Art. 21(2)).
    var directMarketing: Bool?
}
