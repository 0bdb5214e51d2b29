import DSRCore

extension LetterContext.TailoringFields {
    /// The handler's paragraphs and enclosures for a letter of the type, or `nil` if there are none.
    ///
    /// The access response numbers the copy of the data as enclosure 1 (GDPR Art. 15(3)), so its further
    /// enclosures are numbered from 2.
    init?(_ tailoring: LetterTailoring, type: LetterType) {
        guard !tailoring.paragraphs.isEmpty || !tailoring.enclosures.isEmpty else { return nil }
        let continuesList = type == .accessResponse
        let first = continuesList ? 2 : 1
        self.init(
            paragraphs: tailoring.paragraphs,
            enclosures: tailoring.enclosures.enumerated().map {
                LetterContext.EnclosureFields(number: first + $0.offset, enclosureName: $0.element)
            },
            hasEnclosures: !tailoring.enclosures.isEmpty, continuesList: continuesList)
    }
}

extension LetterContext.SignerFields {
    /// The signer: the one the handler named, else the profile's contact person with the profile's signer title;
    /// `nil` when neither names anyone.
    init?(_ signer: LetterTailoring.Signer?, profile: ControllerProfile?) {
        if let signer {
            self.init(signerName: signer.name, signerTitle: LetterContext.present(signer.title))
            return
        }
        guard let name = LetterContext.present(profile?.contactPerson) else { return nil }
        self.init(signerName: name, signerTitle: LetterContext.present(profile?.signerTitle))
    }
}
