import Foundation

/// A letter as it was issued: every form dsr wrote it in, byte for byte, and what the register records about it.
///
/// Issuing renders the letter once in each ``LetterFormat`` with a footer that carries the case number, the
/// ``LetterNumber`` and a short fingerprint, and stores the files in the register together with a `letter-issued`
/// event of the request. The event's data (``eventData``) holds the SHA-256 of every file and is part of the hash
/// chain, so a stored copy changed behind dsr's back no longer matches its event. The files are kept as issued:
/// re-issuing never rewrites them, so an old letter can be reproduced byte for byte after templates or the controller
/// profile changed.
public struct IssuedLetter: Sendable, Equatable {
    /// The letter's number, `2026-0042/L3`.
    public var number: LetterNumber
    /// The kind of letter.
    public var type: LetterType
    /// The letter's language.
    public var language: Language
    /// The date the letter bears.
    public var date: CivilDate
    /// The version of the controller profile the letter was written with, if one was set.
    public var profileVersion: Int?
    /// The form handed out when the letter was issued; the other forms were stored with it.
    public var format: LetterFormat
    /// The lowercase hex SHA-256 of the letter's text form without its footer, from which the fingerprint comes.
    public var bodySHA256: String
    /// The letter in each form it was written in.
    public var files: [File]
    /// Who issued it; set by the store when the letter is read back.
    public var actor: String?
    /// The day it was issued; set by the store when the letter is read back.
    public var issuedOn: CivilDate?
    /// The sequence number of its `letter-issued` event in the register's log; set by the store.
    public var eventSequence: Int64?

    /// One form of an issued letter.
    public struct File: Sendable, Equatable {
        /// The form.
        public var format: LetterFormat
        /// The lowercase hex SHA-256 of the file's bytes.
        public var sha256: String
        /// The file's bytes, or `nil` if the register no longer holds them.
        public var content: [UInt8]?

        /// Creates a file entry.
        public init(format: LetterFormat, sha256: String, content: [UInt8]?) {
            self.format = format
            self.sha256 = sha256
            self.content = content
        }
    }

    /// Creates the record of a letter being issued; the store fills in who issued it, when, and its event.
    public init(
        number: LetterNumber, type: LetterType, language: Language, date: CivilDate, profileVersion: Int?,
        format: LetterFormat, bodySHA256: String, files: [File]
    ) {
        self.number = number
        self.type = type
        self.language = language
        self.date = date
        self.profileVersion = profileVersion
        self.format = format
        self.bodySHA256 = bodySHA256
        self.files = files
    }

    /// The short fingerprint the letter's footer prints: the first 16 hex digits of ``bodySHA256`` in groups of
    /// four, `3f9a 61c2 7b0e 44d1`.
    public var fingerprint: String {
        Self.fingerprint(ofSHA256: bodySHA256)
    }

    /// The fingerprint of a text's SHA-256 (hex): its first 16 digits in groups of four.
    public static func fingerprint(ofSHA256 hex: String) -> String {
        let digits = Array(hex.prefix(16))
        return stride(from: 0, to: digits.count, by: 4)
            .map { String(digits[$0..<min($0 + 4, digits.count)]) }
            .joined(separator: " ")
    }

    /// The letter's file in a form, if it was written in it.
    public func file(_ format: LetterFormat) -> File? {
        files.first { $0.format == format }
    }

    /// Whether another letter has the same content as this one, so that issuing it again would send nothing new:
    /// same type, language, date, controller-profile version and text.
    public func hasSameContent(as other: IssuedLetter) -> Bool {
        type == other.type && language == other.language && date == other.date
            && profileVersion == other.profileVersion && bodySHA256 == other.bodySHA256
    }
}
