import DSRCore

extension LetterContext.TailoringFields {
    /// The handler's paragraphs, and the letter's enclosures: the copies of the data an access answer encloses
    /// (GDPR Art. 15(3)), numbered first, then the handler's own; `nil` if there is nothing to add.
    ///
    /// The list is dsr's, not the letter template's, so a controller's own template cannot drop the copy from it
    /// or leave the handler's enclosures numbered after a copy it does not list.
    /// - Parameters:
    ///   - copies: The file names of the copies of the data the letter encloses.
    ///   - grantedPartOnly: Whether the copies cover only the granted part of a partly refused request.
    init?(_ tailoring: LetterTailoring, copies: [String], grantedPartOnly: Bool) {
        guard !tailoring.paragraphs.isEmpty || !tailoring.enclosures.isEmpty || !copies.isEmpty else { return nil }
        let copyFields = copies.enumerated().map {
            LetterContext.EnclosureFields(
                number: $0.offset + 1, enclosureName: $0.element, isCopy: !grantedPartOnly,
                isCopyOfGrantedPart: grantedPartOnly)
        }
        let own = tailoring.enclosures.enumerated().map {
            LetterContext.EnclosureFields(number: copies.count + $0.offset + 1, enclosureName: $0.element)
        }
        self.init(
            paragraphs: tailoring.paragraphs, enclosures: copyFields + own, hasEnclosures: !(copyFields + own).isEmpty)
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
