import Foundation

/// The number of an issued letter: its case and its place among the case's issued letters, written `2026-0042/L3`.
///
/// Numbers run from 1 within a case and are never reused: issuing a letter again after the request or the controller
/// profile changed gives it the next number, so every letter sent can be told apart from its earlier versions.
public struct LetterNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The case the letter belongs to.
    public let caseNumber: CaseNumber
    /// The letter's place among the case's issued letters, from 1.
    public let sequence: Int

    /// Creates a letter number.
    public init(caseNumber: CaseNumber, sequence: Int) {
        self.caseNumber = caseNumber
        self.sequence = sequence
    }

    /// Parses `2026-0042/L3` (the `L` in either case), or returns `nil`.
    public init?(_ text: String) {
        guard let (caseNumber, sequence) = CaseItemNumberText.parse(text, marker: "L") else { return nil }
        self.init(caseNumber: caseNumber, sequence: sequence)
    }

    /// `2026-0042/L3`.
    public var description: String { "\(caseNumber)/L\(sequence)" }

    /// Orders letter numbers by case, then sequence.
    public static func < (lhs: LetterNumber, rhs: LetterNumber) -> Bool {
        (lhs.caseNumber, lhs.sequence) < (rhs.caseNumber, rhs.sequence)
    }
}
