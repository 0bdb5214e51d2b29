import Foundation

/// The written form shared by the numbers of a case's items, `CASE/` followed by a letter and a sequence from 1
/// (``LetterNumber`` `2026-0042/L3`, ``AttachmentNumber`` `2026-0042/A3`).
enum CaseItemNumberText {
    /// The case and the sequence of `text` written with `marker` (in either case), or `nil` if it is not such a
    /// number: the case number, a slash, the marker and one to six digits, not all zero.
    static func parse(_ text: String, marker: Character) -> (caseNumber: CaseNumber, sequence: Int)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let caseNumber = CaseNumber(String(parts[0])),
            let first = parts[1].first, first.uppercased() == marker.uppercased()
        else { return nil }
        let digits = parts[1].dropFirst()
        guard (1...6).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let sequence = Int(digits),
            sequence > 0
        else { return nil }
        return (caseNumber, sequence)
    }
}
