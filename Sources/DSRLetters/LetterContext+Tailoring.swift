import DSRCore

extension LetterContext.TailoringFields {
    /// The handler's paragraphs and enclosures for a letter of the type, or `nil` if there are none.
    ///
    /// A letter that encloses copies of the data (GDPR Art. 15(3): the access response, or a partial refusal of
    /// access) numbers them first, so the handler's enclosures continue after them.
    /// - Parameter ownEnclosures: How many enclosures the letter lists itself.
    init?(_ tailoring: LetterTailoring, ownEnclosures: Int) {
        guard !tailoring.paragraphs.isEmpty || !tailoring.enclosures.isEmpty else { return nil }
        let continuesList = ownEnclosures > 0
        let first = ownEnclosures + 1
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
