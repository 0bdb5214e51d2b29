import Foundation

/// A Finnish business ID (*Y-tunnus*), `NNNNNNN-C`, validated by its check digit.
public struct BusinessID: Sendable, Hashable, CustomStringConvertible {
    /// The ID as `NNNNNNN-C`.
    public let description: String

    /// Parses and validates an ID, or returns `nil`.
    ///
    /// Check digit (Verohallinto / PRH): weights 7, 9, 10, 5, 8, 4, 2 on the seven digits; remainder r of the sum
    /// mod 11; r = 0 gives 0, r = 1 is never issued, otherwise the check digit is 11 − r. Six-digit legacy IDs are
    /// padded with a leading zero.
    public init?(_ text: String) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 1, (6...7).contains(parts[0].count),
            parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit)
        else { return nil }
        if parts[0].count == 6 { trimmed = "0" + trimmed }
        let digits = trimmed.prefix(7).compactMap(\.wholeNumberValue)
        guard digits.count == 7, let check = trimmed.last?.wholeNumberValue,
            let expected = BusinessID.checkDigit(for: digits), expected == check
        else { return nil }
        description = trimmed
    }

    /// The check digit for seven digits, or `nil` when the remainder is 1 (no valid ID has it).
    public static func checkDigit(for digits: [Int]) -> Int? {
        let weights = [7, 9, 10, 5, 8, 4, 2]
        guard digits.count == weights.count else { return nil }
        let remainder = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        switch remainder {
        case 0: return 0
        case 1: return nil
        default: return 11 - remainder
        }
    }
}
