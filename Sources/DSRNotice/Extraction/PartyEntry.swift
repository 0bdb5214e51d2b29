/// The details of one controller (or contact) collected from a section, field by field, first value wins.
struct PartyEntry {
    /// The values found, by field.
    private(set) var values: [ProfileField: NoticeField] = [:]
    /// Business IDs whose check digit failed.
    private(set) var invalidBusinessIDs: [NoticeField] = []

    /// Records a value unless the field already has one.
    mutating func set(_ field: ProfileField, _ value: String, line: Int, raw: String) {
        // Spaces are collapsed within each line; line breaks of a multi-line value are kept.
        var value = value.split(separator: "\n").map { TextCleanup.collapse($0) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
        if field == .name { value = Self.withoutDangling(Self.withoutDefinition(value)) }
        guard !value.isEmpty, values[field] == nil else { return }
        values[field] = NoticeField(field: field, value: value, line: line, raw: raw)
    }

    /// Words that open a definition clause after a name: "(myöhemmin yhdistys)", "(jäljempänä Yhtiö)",
    /// "(hereinafter the Company)", "(nedan Föreningen)".
    private static let definitionWords = [
        "myohemmin", "jaljempana", "jatkossa", "tasta eteenpain", "hereinafter", "later ", "below ", "nedan",
        "harefter", "hadanefter", "i fortsattningen",
    ]

    /// A name without the separators left dangling after it: a web page's template drops the code expressions that
    /// followed the name on its line ("Salon Esimerkki — {street}, {postal code}." is read as "Salon Esimerkki — ,
    /// ."). A trailing run of dashes, commas and full stops with spaces, holding a dash or a comma, is cut; a name's
    /// own final full stop ("Esimerkki r.f.") is kept.
    static func withoutDangling(_ name: String) -> String {
        let tail = name.reversed().prefix { " ,.;:—–-".contains($0) }
        guard tail.contains(where: { ",—–-".contains($0) }) else { return name }
        let kept = name.dropLast(tail.count)
        // Only when a space or a comma opens the run: "Esimerkki-" keeps its hyphen.
        guard let opener = tail.last, opener == " " || opener == ",", !kept.isEmpty else { return name }
        return String(kept)
    }

    /// A name without a trailing definition clause in parentheses; other parentheses are kept.
    static func withoutDefinition(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        let inside = TextFold.fold(name[name.index(after: open)...].dropLast()) + " "
        guard definitionWords.contains(where: inside.hasPrefix) else { return name }
        return TextCleanup.trimTrailing(String(name[..<open]), [" ", ",", ";"])
    }

    /// Appends a further address line ("00100 Helsinki" after "Esimerkkikatu 1").
    mutating func appendAddress(_ value: String, line: Int, raw: String) {
        guard var existing = values[.address] else {
            set(.address, value, line: line, raw: raw)
            return
        }
        existing.value += "\n" + TextCleanup.collapse(value)
        existing.raw += "\n" + raw
        values[.address] = existing
    }

    /// Records a business ID that failed validation.
    mutating func addInvalidBusinessID(_ value: String, line: Int, raw: String) {
        invalidBusinessIDs.append(NoticeField(field: .businessID, value: value, line: line, raw: raw, isValid: false))
    }

    /// The value of a field.
    subscript(field: ProfileField) -> String? { values[field]?.value }

    /// Whether the entry has contact details or an ID (not only a name).
    var hasDetails: Bool {
        [.businessID, .address, .phone, .email].contains { values[$0] != nil } || !invalidBusinessIDs.isEmpty
    }

    /// Whether nothing was found.
    var isEmpty: Bool { values.isEmpty && invalidBusinessIDs.isEmpty }

    /// Fills the fields this entry lacks from another entry.
    mutating func merge(_ other: PartyEntry) {
        for (field, value) in other.values where values[field] == nil { values[field] = value }
        invalidBusinessIDs += other.invalidBusinessIDs
    }
}
