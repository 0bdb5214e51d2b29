import DSRCore
import Foundation

/// A letter would print the privacy notice's free text in another language than its own: a Swedish or English
/// letter with the Finnish purposes or data categories (legal-facts § 2.9: a letter in Swedish or English must not
/// silently embed Finnish free text). Give the texts in the letter's language in the profile, or allow the mix for
/// this letter.
public struct MixedLanguageError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The letter's language.
    public var language: Language
    /// The notice's language, in which the texts are.
    public var noticeLanguage: Language
    /// The texts that have no version in the letter's language.
    public var fields: [NoticeTextField]

    /// Creates the error.
    public init(caseNumber: CaseNumber, language: Language, noticeLanguage: Language, fields: [NoticeTextField]) {
        self.caseNumber = caseNumber
        self.language = language
        self.noticeLanguage = noticeLanguage
        self.fields = fields
    }

    /// A rule refuses the letter: exit 1.
    public var category: ErrorCategory { .ruleViolation }

    /// What is wrong, in domain words.
    public var errorDescription: String? {
        "The \(language.rawValue) letter for \(caseNumber) would print the privacy notice's "
            + fields.map(\.rawValue).joined(separator: " and ")
            + " in the notice's language (\(noticeLanguage.rawValue)); give them in \(language.rawValue) in the "
            + "controller profile, or allow the mixed language for this letter."
    }
}

/// A free text of the privacy notice that letters print.
public enum NoticeTextField: String, Sendable, Equatable, CaseIterable {
    /// The purposes of processing (GDPR Art. 15(1)(a)).
    case purposes
    /// The categories of data (Art. 15(1)(b)).
    case dataCategories = "data categories"
}
