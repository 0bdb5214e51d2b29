import Foundation

/// A request's case number: the year of receipt and a sequence number within it, written `2026-0042`.
public struct CaseNumber: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year the request was received.
    public let year: Int
    /// The request's place in that year's sequence, from 1.
    public let sequence: Int

    /// Creates a case number.
    public init(year: Int, sequence: Int) {
        self.year = year
        self.sequence = sequence
    }

    /// Parses `2026-0042` or `2026-42`, or returns `nil`.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...9).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let sequence = Int(parts[1]), sequence > 0, year >= 2000
        else { return nil }
        self.init(year: year, sequence: sequence)
    }

    /// `YYYY-NNNN`, the sequence padded to four digits.
    public var description: String { "\(year)-\(String(sequence).leftPadded(to: 4))" }

    /// Orders case numbers by year, then sequence.
    public static func < (lhs: CaseNumber, rhs: CaseNumber) -> Bool {
        (lhs.year, lhs.sequence) < (rhs.year, rhs.sequence)
    }
}
