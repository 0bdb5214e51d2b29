/// The data of a `letter-sent` or `letter-delivered` event: which letter of the case, how it was sent, the carrier's
/// tracking code and, for a correction of an earlier record, why. The day is the event's own day (`on`).
///
/// The tracking code and the reason are free text and so kept beside the chain like other personal text (a tracking
/// code leads to the person's address at the carrier); the letter's number and the channel stay in the public form.
public struct LetterDispatchData: Sendable, Codable, Equatable {
    /// The letter's place among the case's letters (the 3 of `2026-0042/L3`).
    public var letter: Int
    /// How the letter was sent; `nil` for a delivery.
    public var via: DispatchChannel?
    /// The carrier's tracking code, if any.
    public var tracking: String?
    /// Why an earlier record of the same letter is corrected; `nil` for a first record.
    public var reason: String?

    /// Creates the data.
    public init(letter: Int, via: DispatchChannel?, tracking: String?, reason: String?) {
        self.letter = letter
        self.via = via
        self.tracking = tracking
        self.reason = reason
    }

    /// The data with the tracking code and reason replaced by `marker`.
    public func replacingPersonalData(with marker: String) -> LetterDispatchData {
        LetterDispatchData(
            letter: letter, via: via, tracking: PersonalData.replacing(tracking, with: marker),
            reason: PersonalData.replacing(reason, with: marker))
    }
}

extension LetterDispatchData: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted, `nil` members left out).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("letter", letter)
        writer.member("reason", reason)
        writer.member("tracking", tracking)
        writer.member("via", via?.rawValue)
        writer.endObject()
    }
}
