/// The stable code of a refusal ground, for example `art12-5-excessive`.
public struct GroundCode: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The code's text.
    public let rawValue: String

    /// Wraps a code's text; whether it names a known ground is checked against ``RefusalGround/catalogue``.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The code's text.
    public var description: String { rawValue }

    /// Orders codes alphabetically.
    public static func < (lhs: GroundCode, rhs: GroundCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
