import DSRCore

extension CivilDate {
    /// The English month names, January first.
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    /// The date as a letter in a language prints it: `8.5.2026` in Finnish and Swedish (the form both use in
    /// Finland), `8 May 2026` in English, which a reader abroad cannot misread as 5 August.
    func letterText(_ language: Language) -> String {
        switch language {
        case .fi, .sv:
            return finnish
        case .en:
            let name = (1...12).contains(month) ? Self.englishMonths[month - 1] : String(month)
            return "\(day) \(name) \(year)"
        }
    }
}
