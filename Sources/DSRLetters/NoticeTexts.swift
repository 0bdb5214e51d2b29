import DSRCore

/// The privacy notice's free texts a letter prints, in the letter's language where the profile gives them.
///
/// The profile's `purposes` and `dataCategories` are in the notice's language (`noticeLanguage`, Finnish when not
/// set). A letter in another language takes the profile's texts in its own language (`purposesSv`, `purposesEn`,
/// `dataCategoriesSv`, `dataCategoriesEn`); where there are none, the notice's text would be printed in another
/// language than the letter's, and the texts concerned are listed in `untranslated` (legal-facts § 2.9).
struct NoticeTexts: Equatable {
    /// The purposes to print.
    var purposes: String?
    /// The data categories to print.
    var dataCategories: [String]
    /// The texts printed in the notice's language, not the letter's.
    var untranslated: [NoticeTextField]
    /// The notice's language.
    var noticeLanguage: Language

    /// The texts for a letter in the language.
    init(profile: ControllerProfile, language: Language) {
        noticeLanguage = profile.noticeLanguage ?? .fi
        let purposes = LetterContext.present(profile.purposes)
        let categories = (profile.dataCategories ?? []).compactMap(LetterContext.present)
        guard language != noticeLanguage else {
            self.purposes = purposes
            dataCategories = categories
            untranslated = []
            return
        }
        let ownPurposes: String?
        let ownCategories: [String]
        switch language {
        case .sv:
            ownPurposes = LetterContext.present(profile.purposesSv)
            ownCategories = (profile.dataCategoriesSv ?? []).compactMap(LetterContext.present)
        case .en:
            ownPurposes = LetterContext.present(profile.purposesEn)
            ownCategories = (profile.dataCategoriesEn ?? []).compactMap(LetterContext.present)
        case .fi:
            ownPurposes = nil
            ownCategories = []
        }
        var untranslated: [NoticeTextField] = []
        if ownPurposes == nil && purposes != nil { untranslated.append(.purposes) }
        if ownCategories.isEmpty && !categories.isEmpty { untranslated.append(.dataCategories) }
        self.purposes = ownPurposes ?? purposes
        dataCategories = ownCategories.isEmpty ? categories : ownCategories
        self.untranslated = untranslated
    }
}

extension LetterRenderer {
    /// The privacy notice's texts that a letter of the type would print in the notice's language rather than its
    /// own (see ``NoticeTexts``); only the access response prints them.
    public static func untranslatedNoticeTexts(
        _ type: LetterType, controller profile: ControllerProfile?, language: Language,
        caseAccess: AccessInformation? = nil
    ) -> [NoticeTextField] {
        guard type == .accessResponse, let profile else { return [] }
        // A text the case records itself (dsr case set) is printed instead of the notice's, in whatever language the
        // officer wrote it.
        return NoticeTexts(profile: profile, language: language).untranslated.filter { field in
            switch field {
            case .purposes: LetterContext.present(caseAccess?.purposes) == nil
            case .dataCategories: LetterContext.present(caseAccess?.categories) == nil
            }
        }
    }
}
