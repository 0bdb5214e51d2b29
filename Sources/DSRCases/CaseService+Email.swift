import DSRCore
import DSRLetters

extension CaseService {
    /// Writes a letter as an e-mail draft (``LetterEmail``) addressed to the person, from the controller's e-mail
    /// address, with the letter's text as its body and its PDF attached; with `issue`, the letter is issued first
    /// (as ``issueLetter(_:actor:today:beforeRecording:)`` does) and the draft carries the issued letter, footer and
    /// number included. dsr sends nothing: a mail client opens the draft to send it.
    ///
    /// The addresses are checked before anything is issued, so a letter is never issued for a draft that cannot be
    /// written.
    /// - Throws: ``DispatchError/noEmailAddress(_:)``, ``DispatchError/noControllerEmail``,
    ///   ``DispatchError/noPDF(_:)``; what writing or issuing the letter throws.
    public func emailDraft(_ command: WriteLetter, issue: Bool, actor: String, today: Today) async throws -> EmailDraft
    {
        guard let record = try await storage.record(command.caseNumber) else {
            throw StoreError.unknownCase(command.caseNumber)
        }
        guard let to = record.subject.email else { throw DispatchError.noEmailAddress(command.caseNumber) }
        let stored = try await storage.controllerProfile()
        let profile = stored?.profile
        guard let from = profile?.email else { throw DispatchError.noControllerEmail }
        var pdfCommand = command
        pdfCommand.format = .pdf
        if issue {
            let issued = try await issueLetter(pdfCommand, actor: actor, today: today)
            let letter = issued.letter
            guard let text = letter.file(.text)?.content, let pdf = letter.file(.pdf)?.content else {
                throw DispatchError.noPDF(letter.number)
            }
            let email = LetterEmail(
                to: to, from: from, fromName: profile?.name, number: letter.number, caseNumber: record.caseNumber,
                type: letter.type, language: letter.language, date: letter.date, text: text, pdf: pdf)
            return EmailDraft(bytes: email.bytes, issue: issued)
        }
        let prepared = try await prepareLetter(command, today: today)
        // The sender is the profile the letter was written with.
        guard let sender = prepared.profile?.email else { throw DispatchError.noControllerEmail }
        let email = LetterEmail(
            to: to, from: sender, fromName: prepared.profile?.name, number: nil, caseNumber: record.caseNumber,
            type: prepared.type, language: prepared.language, date: prepared.date, text: try prepared.render(.text),
            pdf: try prepared.render(.pdf))
        return EmailDraft(bytes: email.bytes, issue: nil)
    }
}
