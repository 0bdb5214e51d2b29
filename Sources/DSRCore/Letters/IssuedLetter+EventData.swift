import Foundation

extension IssuedLetter {
    /// The data of a `letter-issued` event: everything about the letter except its bytes, with the SHA-256 of each
    /// file. It names no person: the letter's text stays in the register's letter table, tied to the chain by these
    /// hashes.
    public struct EventData: Sendable, Codable, Equatable {
        /// The letter number, `2026-0042/L3`.
        public var letter: String
        /// The letter's type.
        public var type: LetterType
        /// The letter's language.
        public var language: Language
        /// The date the letter bears, `YYYY-MM-DD`.
        public var date: String
        /// The controller-profile version it was written with.
        public var profileVersion: Int?
        /// The form handed out.
        public var format: LetterFormat
        /// The SHA-256 of the text form without its footer.
        public var body: String
        /// The SHA-256 of each file, keyed by format.
        public var files: [String: String]

        /// Creates the data of a `letter-issued` event.
        public init(
            letter: String, type: LetterType, language: Language, date: String, profileVersion: Int?,
            format: LetterFormat, body: String, files: [String: String]
        ) {
            self.letter = letter
            self.type = type
            self.language = language
            self.date = date
            self.profileVersion = profileVersion
            self.format = format
            self.body = body
            self.files = files
        }
    }

    /// The data of the letter's `letter-issued` event.
    public var eventDataValue: EventData {
        EventData(
            letter: number.description, type: type, language: language, date: date.description,
            profileVersion: profileVersion, format: format, body: bodySHA256,
            files: Dictionary(files.map { ($0.format.rawValue, $0.sha256) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The data of the letter's `letter-issued` event as canonical JSON.
    public func eventData() -> String {
        EventEntry.canonicalJSON(eventDataValue)
    }

    /// Whether the letter, as the store read it back, is the letter its event recorded: same number, type,
    /// language, date, profile version, form, text hash and file hashes.
    /// - Parameter data: The event's data, canonical JSON.
    public func matches(eventData data: String) -> Bool {
        guard let decoded = try? JSONDecoder().decode(EventData.self, from: Data(data.utf8)) else { return false }
        return decoded == eventDataValue
    }
}
