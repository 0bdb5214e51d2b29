import DSRCore

/// Validates business IDs with ``DSRCore/BusinessID``.
enum BusinessIDCheck {
    /// The ID in its canonical `NNNNNNN-C` form, or `nil` when the check digit fails (weights 7, 9, 10, 5, 8, 4, 2,
    /// mod 11; see `BusinessID`) or the ID is a template's placeholder: one digit repeated ("0000000-0" passes the
    /// check but identifies nobody).
    static func validated(_ text: String) -> String? {
        guard let id = BusinessID(text)?.description else { return nil }
        let digits = id.filter(\.isASCIIDigit)
        return Set(digits).count == 1 ? nil : id
    }

    /// Whether the text after a business-ID label is a placeholder made of the letter X where the digits belong
    /// ("XXX XXX-XXXX", "XXXXXXX-X"): no ID was filled in, so none is wrong. A bracketed placeholder ("[Y-tunnus]")
    /// names no form and is still reported.
    static func isLetterPlaceholder(_ value: String) -> Bool {
        let letters = value.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy { $0 == "X" || $0 == "x" }
            && value.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" }
    }

    /// Whether the text after a business-ID label holds no ID at all: a developer's marker of a value still to be
    /// filled in ("TODO", "TBD", "FIXME"), or only further labels, because the page's values were template
    /// expressions that the reader dropped ("Y-tunnus: Osoite: Sähköposti:" from `Y-tunnus: {env.ID}` and the lines
    /// after it). No ID was written, so none is wrong.
    static func isUnfilled(_ value: String) -> Bool {
        let words = value.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { return false }
        let marker = first.filter(\.isLetter)
        if ["TODO", "TBD", "TBA", "FIXME", "XXX"].contains(marker), first.count <= marker.count + 1 { return true }
        return words.allSatisfy { $0.hasSuffix(":") && $0.dropLast().allSatisfy { $0.isLetter || $0 == "-" } }
    }

    /// Whether the text after a business-ID label is a remark rather than an ID, however mistyped: lower-case words
    /// without a digit ("Y-tunnus: saatavilla pyynnöstä", "haetaan"). A placeholder ("[Y-tunnus]", "XXXXXXX-X") is
    /// not a remark: it stands where the ID should be.
    static func isRemark(_ value: String) -> Bool {
        guard !value.contains(where: \.isNumber), let first = value.first, first.isLetter else { return false }
        return value.split(separator: " ").allSatisfy { word in word.first?.isLowercase == true }
    }
}
