import DSRCore
import Foundation

/// A letter as an RFC 5322 e-mail draft (`dsr letter … --format eml`): a MIME `multipart/mixed` message with the
/// letter's text as its `text/plain` body (UTF-8, base64) and the letter's PDF attached (`application/pdf`, base64),
/// marked `X-Unsent: 1` so that mail clients open it as a draft to send. dsr sends nothing itself.
///
/// The bytes depend only on the letter and the addresses: the same letter gives the same draft, byte for byte, like
/// its PDF. Lines end in CRLF and none is longer than 78 characters (RFC 5322 § 2.1.1: at most 998, 78 advised); header texts that
/// are not ASCII are RFC 2047 encoded words.
public struct LetterEmail: Sendable, Equatable {
    /// The person's e-mail address (To).
    public var to: String
    /// The controller's e-mail address (From).
    public var from: String
    /// The controller's name, shown with the From address, if known.
    public var fromName: String?
    /// The letter's number, or `nil` for a draft letter not issued.
    public var number: LetterNumber?
    /// The case.
    public var caseNumber: CaseNumber
    /// The kind of letter.
    public var type: LetterType
    /// The letter's language (of the subject).
    public var language: Language
    /// The date the letter bears (the Date header).
    public var date: CivilDate
    /// The letter's text form.
    public var text: [UInt8]
    /// The letter's PDF.
    public var pdf: [UInt8]

    /// Creates a draft.
    public init(
        to: String, from: String, fromName: String?, number: LetterNumber?, caseNumber: CaseNumber, type: LetterType,
        language: Language, date: CivilDate, text: [UInt8], pdf: [UInt8]
    ) {
        self.to = to
        self.from = from
        self.fromName = fromName
        self.number = number
        self.caseNumber = caseNumber
        self.type = type
        self.language = language
        self.date = date
        self.text = text
        self.pdf = pdf
    }

    /// The subject: the letter's title in its language, with the case number (and the letter's number).
    public var subject: String {
        "\(type.titles[language]) – \(number?.description ?? caseNumber.description)"
    }

    /// The attachment's file name: `2026-0042-L3.pdf`, or `2026-0042-refusal.pdf` for a letter not issued.
    public var fileName: String {
        if let number { return "\(number.caseNumber)-L\(number.sequence).pdf" }
        return "\(caseNumber)-\(type.rawValue).pdf"
    }

    /// The message's bytes.
    public var bytes: [UInt8] {
        let digest = LetterHash.sha256(Array((number?.description ?? caseNumber.description).utf8) + text + pdf)
        let boundary = "dsr-" + digest.prefix(24)
        let domain = from.split(separator: "@").last.map(String.init) ?? "dsr.invalid"
        let messageID =
            "<dsr.\(number.map { "\($0.caseNumber).L\($0.sequence)" } ?? "\(caseNumber).draft")."
            + "\(digest.prefix(24))@\(domain)>"
        var lines: [String] = []
        lines.append("Date: \(Self.rfc5322Date(date))")
        lines.append(
            "From: "
                + (fromName.map { Self.encodedWords($0, prefix: "From: ", always: true) + " <\(from)>" } ?? "<\(from)>")
        )
        lines.append("To: <\(to)>")
        lines.append("Subject: " + Self.encodedWords(subject, prefix: "Subject: "))
        lines.append("Message-ID: \(messageID)")
        lines.append("MIME-Version: 1.0")
        lines.append("X-Unsent: 1")
        lines.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        lines.append("")
        lines.append("This is a multi-part message in MIME format.")
        lines.append("--\(boundary)")
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: base64")
        lines.append("")
        lines += Self.base64Lines(text)
        lines.append("--\(boundary)")
        lines.append("Content-Type: application/pdf; name=\"\(fileName)\"")
        lines.append("Content-Transfer-Encoding: base64")
        lines.append("Content-Disposition: attachment; filename=\"\(fileName)\"")
        lines.append("")
        lines += Self.base64Lines(pdf)
        lines.append("--\(boundary)--")
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// Bytes in base64, 76 characters a line (RFC 2045 § 6.8).
    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let encoded = Array(Data(bytes).base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map {
            String(decoding: encoded[$0..<min($0 + 76, encoded.count)], as: UTF8.self)
        }
    }

    /// A header text: as it is if it is printable ASCII and fits (and `always` is false), else RFC 2047 encoded words (`=?utf-8?b?…?=`) of whole
    /// characters, folded so that no line passes 76 characters.
    static func encodedWords(_ text: String, prefix: String, always: Bool = false) -> String {
        if !always, text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }),
            prefix.count + text.count <= 76
        {
            return text
        }
        // 39 bytes of UTF-8 give 52 characters of base64: with `=?utf-8?b?` and `?=` a word of 64 characters, 73 after
        // the longest header name here (`Subject: `).
        var chunks: [[UInt8]] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 39 {
                chunks.append(chunk)
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        return chunks.map { "=?utf-8?b?" + Data($0).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    /// The letter's date as an RFC 5322 date: noon in Helsinki on the day, with Helsinki's offset that day.
    static func rfc5322Date(_ date: CivilDate) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var calendar = Calendar(identifier: .gregorian)
        let zone = TimeZone(identifier: "Europe/Helsinki") ?? TimeZone(secondsFromGMT: 7200) ?? .current
        calendar.timeZone = zone
        let noon = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
        let offset = (noon.map { zone.secondsFromGMT(for: $0) } ?? 7200) / 60
        let weekday = weekdays[date.weekday.rawValue]
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 60
        let minutes = abs(offset) % 60
        return "\(weekday), \(String(format: "%02d", date.day)) \(months[date.month - 1]) \(date.year) 12:00:00 "
            + "\(sign)\(String(format: "%02d%02d", hours, minutes))"
    }
}
