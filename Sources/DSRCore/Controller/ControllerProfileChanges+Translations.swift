extension ControllerProfileChanges {
    /// Applies the purposes and data categories given in Swedish or English: each text is checked as the notice's own
    /// are, and a language with no field of its own (Finnish) is refused.
    /// - Throws: ``InputError`` naming ``ControllerProfileField/translatedPurposes`` or
    ///   ``ControllerProfileField/translatedCategories``.
    func applyTranslations(to profile: inout ControllerProfile, changed: inout Bool) throws(InputError) {
        for (language, text) in purposesInLanguage.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            changed = true
            let field = ControllerProfileField.translatedPurposes.rawValue
            guard let value = try TextRules.optional(text, field: field, limit: TextRules.textLimit, multiline: true)
            else { throw .empty(field: field) }
            switch language {
            case .sv: profile.purposesSv = value
            case .en: profile.purposesEn = value
            case .fi: throw .unknownValue(field: field, text: language.rawValue, accepted: ["sv", "en"])
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
