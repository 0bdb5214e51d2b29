import DSRCore

extension LetterContext.RefusalFields {
    /// Prepares a refusal for the certificate (GDPR Art. 12(4); Tietosuojalaki 1050/2018 § 34(3)–(4)).
    ///
    /// The reasons are mandatory (Art. 12(4)). They may be withheld only when a ground is a § 34 restriction of
    /// access and telling them would defeat its purpose (§ 34(3)); a record that withholds them on any other ground
    /// is refused rather than printed without reasons or with reasons the officer chose to withhold.
    /// - Throws: ``LetterError`` if the request was not refused, a ground is unknown, or the reasons are missing or
    ///   withheld without a § 34 ground.
    init(record: RequestRecord, language: Language) throws(LetterError) {
        let caseNumber = record.caseNumber
        guard record.outcome == .refused, let refusal = record.refusal else { throw .notRefused(caseNumber) }
        var grounds: [LetterContext.GroundFields] = []
        var restricts = false
        for (index, code) in refusal.grounds.enumerated() {
            guard let ground = RefusalGround.named(code) else { throw .unknownGround(caseNumber, code) }
            restricts = restricts || ground.isAccessRestriction
            grounds.append(
                LetterContext.GroundFields(
                    number: index + 1, title: ground.title[language], reference: ground.reference[language],
                    explanation: ground.explanation[language]))
        }
        guard !grounds.isEmpty else { throw .groundsMissing(caseNumber) }
        let reason = LetterContext.present(refusal.reason)
        if refusal.reasonsWithheld {
            guard restricts else { throw .reasonsWithheldWithoutRestriction(caseNumber) }
        } else if reason == nil {
            throw .reasonMissing(caseNumber)
        }
        let granted = LetterContext.present(refusal.granted)
        self.init(
            isPartial: granted != nil, granted: granted, grounds: grounds,
            reason: refusal.reasonsWithheld ? nil : reason, reasonsWithheld: refusal.reasonsWithheld,
            isAccessRestriction: restricts)
    }
}
