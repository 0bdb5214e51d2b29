import Foundation

/// The number of an attachment: its case and its place among the case's attachments, written `2026-0042/A3`.
///
/// Numbers run from 1 within a case and are never reused, also after an attachment's bytes were deleted.
public struct AttachmentNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The case the attachment belongs to.
    public let caseNumber: CaseNumber
    /// The attachment's place among the case's attachments, from 1.
    public let sequence: Int

    /// Creates an attachment number.
    public init(caseNumber: CaseNumber, sequence: Int) {
        self.caseNumber = caseNumber
        self.sequence = sequence
    }

    /// Parses `2026-0042/A3` (the `A` in either case), or returns `nil`.
    public init?(_ text: String) {
        guard let (caseNumber, sequence) = CaseItemNumberText.parse(text, marker: "A") else { return nil }
        self.init(caseNumber: caseNumber, sequence: sequence)
    }

    /// `2026-0042/A3`.
    public var description: String { "\(caseNumber)/A\(sequence)" }

    /// Orders attachment numbers by case, then sequence.
    public static func < (lhs: AttachmentNumber, rhs: AttachmentNumber) -> Bool {
        (lhs.caseNumber, lhs.sequence) < (rhs.caseNumber, rhs.sequence)
    }
}
