/// What an attachment is, as a short word the officer gives (`signed-request`, `identity`, `data-copy` …).
///
/// A label is a word of at most 40 letters, digits, `-`, `_` and `.`, so that it is never a name or an address:
/// labels are kept in the hash chain's public form, which a purge does not remove.
public struct AttachmentLabel: Sendable, Hashable, CustomStringConvertible {
    /// The label, in lower case.
    public let value: String

    /// The longest label.
    public static let maximumLength = 40

    /// Identity evidence (a copy of an ID document): always sealed, and deleted once the identity is confirmed, since
    /// the EDPB advises keeping only the fact that the identity was checked (Guidelines 01/2022 on the right of
    /// access, §§ 70–79; `../shared/legal-facts.md` § 1.3).
    public static let identity = AttachmentLabel(checked: "identity")
    /// The copy of the personal data undergoing processing that an access answer encloses (GDPR Art. 15(3)).
    public static let dataCopy = AttachmentLabel(checked: "data-copy")
    /// The label of an attachment given without one.
    public static let document = AttachmentLabel(checked: "document")

    private init(checked value: String) {
        self.value = value
    }

    /// A label from the officer's text (lower-cased), or `nil` if it is empty, too long or has other characters.
    public init?(_ text: String) {
        let lower = text.lowercased()
        guard !lower.isEmpty, lower.count <= Self.maximumLength,
            lower.unicodeScalars.allSatisfy({ scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                    || scalar == "."
            })
        else { return nil }
        value = lower
    }

    /// Whether attachments of this label are always sealed under the register's key, whatever the officer asked:
    /// identity evidence and the Art. 15(3) copy of the data hold the most sensitive data of a case.
    public var isAlwaysSensitive: Bool { self == .identity || self == .dataCopy }

    /// The label.
    public var description: String { value }
}
