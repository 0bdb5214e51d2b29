extension ControllerProfileChanges {
    /// Applies the purposes, legal basis and data categories given in Swedish or English: each text is checked as
    /// the notice's own are, and a language with no field of its own (Finnish) is refused.
    /// - Throws: ``InputError`` naming ``ControllerProfileField/translatedPurposes``,
    ///   ``ControllerProfileField/translatedLegalBasis`` or ``ControllerProfileField/translatedCategories``.
    func applyTranslations(to profile: inout ControllerProfile, changed: inout Bool) throws(InputError) {
        let texts:
            [(
                ControllerProfileField, [Language: String], WritableKeyPath<ControllerProfile, String?>,
                WritableKeyPath<ControllerProfile, String?>
            )] = [
                (.translatedPurposes, purposesInLanguage, \.purposesSv, \.purposesEn),
                (.translatedLegalBasis, legalBasisInLanguage, \.legalBasisSv, \.legalBasisEn),
            ]
        for (field, given, swedish, english) in texts {
            for (language, text) in given.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                changed = true
                let name = field.rawValue
                guard let value = try TextRules.optional(text, field: name, limit: TextRules.textLimit, multiline: true)
                else { throw .empty(field: name) }
                switch language {
                case .sv: profile[keyPath: swedish] = value
                case .en: profile[keyPath: english] = value
                case .fi: throw .unknownValue(field: name, text: language.rawValue, accepted: ["sv", "en"])
                }
            }
        }
        for (language, items) in dataCategoriesInLanguage.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            changed = true
            let field = ControllerProfileField.translatedCategories.rawValue
            var values: [String] = []
            for item in items { values.append(try TextRules.requiredLine(item, field: field)) }
            guard !values.isEmpty else { throw .empty(field: field) }
            switch language {
            case .sv: profile.dataCategoriesSv = values
            case .en: profile.dataCategoriesEn = values
            case .fi: throw .unknownValue(field: field, text: language.rawValue, accepted: ["sv", "en"])
            }
        }
    }
}
