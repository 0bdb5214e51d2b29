import DSRCore
import DSRLetters

/// The tool's wording of a letter refused for printing the privacy notice's texts in another language.
extension MixedLanguageError: CommandLineWorded {
    /// The message, with the options that give the texts in the letter's language or allow the mix.
    var commandLineMessage: String {
        let options = fields.map { field in
            switch field {
            case .purposes: "--purposes-\(language.rawValue) TEXT"
            case .dataCategories: "--categories-\(language.rawValue) ITEM (repeatable)"
            }
        }
        let own =
            language == .fi
            ? "the profile has no Finnish versions of them"
            : "set them with 'dsr controller set " + options.joined(separator: " ") + "'"
        return "The \(language.rawValue) letter for \(caseNumber) would print the privacy notice's "
            + fields.map(\.rawValue).joined(separator: " and ")
            + " in the notice's language (\(noticeLanguage.rawValue)). Either \(own), or write the letter with "
            + "--allow-mixed-language."
    }
}
