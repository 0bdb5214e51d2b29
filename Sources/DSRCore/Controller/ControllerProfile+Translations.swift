extension ControllerProfile {
    /// Removes the Swedish and English versions of the notice texts whose original changed since `earlier`, and
    /// returns the texts concerned.
    ///
    /// A translation is of the text it was made from: once a new notice changes the purposes, the legal basis or the
    /// data categories, their old translations would make Swedish and English letters state what the controller no
    /// longer says (legal-facts § 2.9: a letter in another language must say what the notice says). Removed, the
    /// letter is refused as mixed-language until the new text is translated, which is the safer reading.
    /// - Parameter earlier: The profile the translations were made for; `nil` keeps everything.
    /// - Returns: ``ControllerProfileField/translatedPurposes``, ``ControllerProfileField/translatedLegalBasis`` and
    ///   ``ControllerProfileField/translatedCategories`` for the translations removed.
    public mutating func dropTranslations(outdatedSince earlier: ControllerProfile?) -> [ControllerProfileField] {
        guard let earlier else { return [] }
        var dropped: [ControllerProfileField] = []
        if purposes != earlier.purposes, purposesSv != nil || purposesEn != nil {
            purposesSv = nil
            purposesEn = nil
            dropped.append(.translatedPurposes)
        }
        if legalBasis != earlier.legalBasis, legalBasisSv != nil || legalBasisEn != nil {
            legalBasisSv = nil
            legalBasisEn = nil
            dropped.append(.translatedLegalBasis)
        }
        if dataCategories != earlier.dataCategories, dataCategoriesSv != nil || dataCategoriesEn != nil {
            dataCategoriesSv = nil
            dataCategoriesEn = nil
            dropped.append(.translatedCategories)
        }
        return dropped
    }
}
