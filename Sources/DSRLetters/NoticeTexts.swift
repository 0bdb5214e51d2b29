import DSRCore

/// The privacy notice's free texts a letter prints, in the letter's language where the profile gives them.
///
/// The profile's `purposes`, `legalBasis` and `dataCategories` are in the notice's language (`noticeLanguage`,
/// Finnish when not set). A letter in another language takes the profile's texts in its own language (`purposesSv`,
/// `purposesEn`, `legalBasisSv`, `legalBasisEn`, `dataCategoriesSv`, `dataCategoriesEn`); where there are none, the
/// notice's text would be printed in another language than the letter's, and the texts concerned are listed in
/// `untranslated` (legal-facts § 2.9).
struct NoticeTexts: Equatable {
    /// The purposes to print.
    var purposes: String?
    /// The legal basis to print.
    var legalBasis: String?
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
        let legalBasis = LetterContext.present(profile.legalBasis)
        let categories = (profile.dataCategories ?? []).compactMap(LetterContext.present)
        guard language != noticeLanguage else {
            self.purposes = purposes
            self.legalBasis = legalBasis
            dataCategories = categories
            untranslated = []
            return
        }
        let ownPurposes: String?
        let ownLegalBasis: String?
        let ownCategories: [String]
        switch language {
        case .sv:
            ownPurposes = LetterContext.present(profile.purposesSv)
            ownLegalBasis = LetterContext.present(profile.legalBasisSv)
            ownCategories = (profile.dataCategoriesSv ?? []).compactMap(LetterContext.present)
        case .en:
            ownPurposes = LetterContext.present(profile.purposesEn)
            ownLegalBasis = LetterContext.present(profile.legalBasisEn)
            ownCategories = (profile.dataCategoriesEn ?? []).compactMap(LetterContext.present)
        case .fi:
            ownPurposes = nil
            ownLegalBasis = nil
            ownCategories = []
        }
        var untranslated: [NoticeTextField] = []
        if ownPurposes == nil && purposes != nil { untranslated.append(.purposes) }
        if ownLegalBasis == nil && legalBasis != nil { untranslated.append(.legalBasis) }
        if ownCategories.isEmpty && !categories.isEmpty { untranslated.append(.dataCategories) }
        self.purposes = ownPurposes ?? purposes
        self.legalBasis = ownLegalBasis ?? legalBasis
        dataCategories = ownCategories.isEmpty ? categories : ownCategories
        self.untranslated = untranslated
    }

    /// The profile with its notice texts in the letter's language where it has them (legal-facts § 2.9), for the
    /// Art. 15 information of a letter; the values the case records itself (`dsr case set`) still come first.
    static func translating(_ profile: ControllerProfile?, to language: Language) -> ControllerProfile? {
        guard var translated = profile else { return nil }
        let texts = NoticeTexts(profile: translated, language: language)
        translated.purposes = texts.purposes
        translated.legalBasis = texts.legalBasis
        if !texts.dataCategories.isEmpty { translated.dataCategories = texts.dataCategories }
        return translated
    }

    /// Whether a letter of the type prints the Art. 15 information, and with it the notice's texts: the access
    /// response, and the refusal of an access request in part (legal-facts § 2.9).
    static func printsAccessInformation(_ type: LetterType, partialAccessRefusal: Bool) -> Bool {
        switch type {
        case .accessResponse: true
        case .refusal: partialAccessRefusal
        case .acknowledgement, .identityRequest, .clarificationRequest, .extensionNotice, .rectificationNotice,
            .erasureNotice, .restrictionNotice, .restrictionLiftNotice, .portabilityNotice, .objectionNotice,
            .withdrawalConfirmation:
            false
        }
    }
}

extension LetterRenderer {
    /// The privacy notice's texts that a letter of the type would print in the notice's language rather than its
    /// own (see ``NoticeTexts``); only the access response and a partial refusal of access print them.
    /// - Parameter record: The request, for the texts it records itself (`dsr case set`) and whether a refusal is
    ///   a partial refusal of access.
    public static func untranslatedNoticeTexts(
        _ type: LetterType, controller profile: ControllerProfile?, language: Language, record: RequestRecord
    ) -> [NoticeTextField] {
        let partialAccessRefusal = record.kind == .access && record.refusal?.isPartial == true
        guard NoticeTexts.printsAccessInformation(type, partialAccessRefusal: partialAccessRefusal), let profile
        else { return [] }
        let caseAccess = record.access
        // A text the case records itself (dsr case set) is printed instead of the notice's, in whatever language the
        // officer wrote it.
        return NoticeTexts(profile: profile, language: language).untranslated.filter { field in
            switch field {
            case .purposes: LetterContext.present(caseAccess?.purposes) == nil
            case .dataCategories: LetterContext.present(caseAccess?.categories) == nil
            case .legalBasis: true
            }
        }
    }
}
