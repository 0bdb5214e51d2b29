import DSRCore

/// One request's row of the search index (``SearchIndex``), computed in Swift from the request as
/// ``SearchIndex/documentsSQL(from:)`` computes it in SQL from the request's stored JSON.
///
/// The import indexes the requests it writes from the values it has in hand (``SearchIndex/pendingTable``), instead of
/// reading every record back at the commit and taking its JSON apart again: see docs/performance.md for the figure.
///
/// The texts must be exactly the ones the SQL gives: a contentless index removes a row by the texts it was indexed
/// with, and those are computed by the SQL from the stored record when the request changes or is purged. The tests
/// (`SearchDocumentTests`) compare both on awkward values, and debug builds compare them on every imported request.
/// A PostgreSQL register (DSRPostgres) indexes the same texts.
public struct SearchDocument: Equatable, Sendable {
    /// The row's rowid: the case number as one integer (``SearchIndex/rowidSQL``).
    let rowid: Int64
    /// The texts, in the order of ``SearchIndex/columns``; `nil` for SQL's NULL.
    public let texts: [String?]

    /// Whether a byte is one of the characters that `documentsSQL` removes from a telephone number to get its digits.
    private static func isPhoneSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."),
            UInt8(ascii: "/"), UInt8(ascii: "+"):
            true
        default: false
        }
    }

    /// A row as given.
    init(rowid: Int64, texts: [String?]) {
        self.rowid = rowid
        self.texts = texts
    }

    /// The row of `record`.
    public init(_ record: RequestRecord) {
        let caseNumber = record.caseNumber
        rowid = Int64(caseNumber.year) * 1_000_000_000 + Int64(caseNumber.sequence)
        let sequence = String(caseNumber.sequence)
        texts = [
            "\(caseNumber.year)-" + String(repeating: "0", count: max(0, 4 - sequence.count)) + sequence,
            record.subject.name,
            record.subject.email,
            record.subject.phone.map(Self.phoneText),
            record.subject.address,
            record.reference,
            record.note,
        ]
    }

    /// The `phone` column's text, as the SQL makes it: the number as written, its digits alone (the number without
    /// the separators SQL's `replace` calls remove, character by character), and for digits that start with 358 and
    /// go on (`LIKE '358_%'`), a `0` followed by the digits after the 358 (`substr(phoneDigits, 4)`).
    ///
    /// The separators are ASCII, so they are removed from the UTF-8 bytes (which stay valid UTF-8), and after a `358`
    /// any further byte means a further character.
    private static func phoneText(_ phone: String) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(phone.utf8.count)
        for byte in phone.utf8 where !isPhoneSeparator(byte) { digits.append(byte) }
        var text = phone + " " + String(decoding: digits, as: UTF8.self)
        if digits.count > 3, digits.starts(with: "358".utf8) {
            text += " 0" + String(decoding: digits[3...], as: UTF8.self)
        }
        return text
    }
}
