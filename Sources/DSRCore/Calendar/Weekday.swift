/// A day of the week, Monday first as in Finland.
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    /// Monday (maanantai).
    case monday
    /// Tuesday (tiistai).
    case tuesday
    /// Wednesday (keskiviikko).
    case wednesday
    /// Thursday (torstai).
    case thursday
    /// Friday (perjantai).
    case friday
    /// Saturday (lauantai).
    case saturday
    /// Sunday (sunnuntai).
    case sunday

    /// The weekday's name in a language.
    public func name(in language: Language) -> String {
        names[language]
    }

    /// The weekday's names in Finnish, Swedish and English.
    public var names: LocalizedText {
        switch self {
        case .monday: LocalizedText(fi: "maanantai", sv: "måndag", en: "Monday")
        case .tuesday: LocalizedText(fi: "tiistai", sv: "tisdag", en: "Tuesday")
        case .wednesday: LocalizedText(fi: "keskiviikko", sv: "onsdag", en: "Wednesday")
        case .thursday: LocalizedText(fi: "torstai", sv: "torsdag", en: "Thursday")
        case .friday: LocalizedText(fi: "perjantai", sv: "fredag", en: "Friday")
        case .saturday: LocalizedText(fi: "lauantai", sv: "lördag", en: "Saturday")
        case .sunday: LocalizedText(fi: "sunnuntai", sv: "söndag", en: "Sunday")
        }
    }
}
