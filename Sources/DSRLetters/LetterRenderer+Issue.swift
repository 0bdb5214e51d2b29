import DSRCore

extension LetterRenderer {
    /// Writes a letter for issue: every form of it with the footer that names the case, the letter number and the
    /// fingerprint.
    ///
    /// The fingerprint is the first 16 hex digits of the SHA-256 of the letter's plain text without the footer (the
    /// text `dsr letter CASE TYPE` prints for the same date), so anyone holding the text form can recompute it. The
    /// footer is then added to every form, and each form's SHA-256 is recorded. The PDF form is left out when a name
    /// or address cannot be printed in it, unless PDF is the form being issued.
    /// - Parameters:
    ///   - type: The letter to write.
    ///   - record: The request.
    ///   - controller: The controller profile in force.
    ///   - profileVersion: That profile's version.
    ///   - language: The letter's language.
    ///   - date: The letter's date.
    ///   - number: The number the register allotted.
    ///   - format: The form handed out.
    /// - Returns: The letter, ready for the register.
    /// - Throws: ``LetterError`` if the letter cannot be written.
    public func issue(
        _ type: LetterType, for record: RequestRecord, controller: ControllerProfile?, profileVersion: Int?,
        language: Language, date: CivilDate, number: LetterNumber, format: LetterFormat,
        tailoring: LetterTailoring = LetterTailoring()
    )
        throws(LetterError) -> IssuedLetter
    {
        var context = try makeContext(
            type, for: record, controller: controller, language: language, date: date, tailoring: tailoring)
        let body = LetterHash.sha256(try file(of: context, format: .text))
        context.issue = LetterContext.IssueFields(
            letterNumber: number.description,
            fingerprint: IssuedLetter.fingerprint(ofSHA256: body))
        var files: [IssuedLetter.File] = []
        for form in LetterFormat.allCases {
            let bytes: [UInt8]
            do {
                bytes = try file(of: context, format: form)
            } catch .notRepresentableInPDF(let caseNumber, let fields) {
                if form == format { throw .notRepresentableInPDF(caseNumber, fields: fields) }
                continue
            }
            files.append(IssuedLetter.File(format: form, sha256: LetterHash.sha256(bytes), content: bytes))
        }
        return IssuedLetter(
            number: number, type: type, language: language, date: date, profileVersion: profileVersion,
            format: format, bodySHA256: body, files: files)
    }
}
