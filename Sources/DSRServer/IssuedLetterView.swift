/// The answer of `POST /api/v1/requests/{case}/letters`: the letter issued (or issued before with the same content).
struct IssuedLetterView: Encodable, Sendable {
    /// Its number, `2026-0042/L3`.
    var number: String
    /// Its type.
    var type: String
    /// Its language.
    var language: String
    /// The date it bears.
    var date: String
    /// Its fingerprint, printed in its footer.
    var fingerprint: String
    /// The day it was recorded.
    var issuedOn: String?
    /// Whether this request issued it (`false`: the same letter had been issued before, nothing was recorded).
    var new: Bool
}
