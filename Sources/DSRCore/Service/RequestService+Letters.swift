import Foundation

extension RequestService {
    /// Issues a letter of a request and records it in the register, or returns the letter already issued with the
    /// same content.
    ///
    /// `write` is called inside the store's transaction with the request, the controller profile in force and the
    /// number the letter will get, and returns the letter in all its forms (DSRLetters writes it). If the case already
    /// has a letter with the same type, language, date, profile version and text, nothing is recorded and that letter
    /// is returned, so issuing twice sends the same letter; after the request or the profile changed, the letter gets
    /// the next number and the earlier letters stay as they were issued.
    /// - Parameters:
    ///   - caseNumber: The case.
    ///   - actor: Who issues it.
    ///   - now: The time to record.
    ///   - today: The day it is issued.
    ///   - beforeRecording: Called, inside the transaction and before it commits, with a new letter that is about to
    ///     be recorded (not with one already issued). What it throws records nothing. The tool writes the letter's
    ///     file (under a temporary name) here, so that no letter is recorded as issued that could not be written.
    ///   - write: Writes the letter for the context.
    /// - Returns: The letter issued now, or the earlier one with the same content.
    /// - Throws: ``StoreError/unknownCase(_:)``, whatever `write` or `beforeRecording` throws (for example a letter
    ///   the state does not allow), or ``IssuedLetterError/numberMismatch(expected:got:)``.
    public func issueLetter(_ caseNumber: CaseNumber, actor: String, now: Date, today: CivilDate,
                            beforeRecording: (IssuedLetter) throws -> Void = { _ in },
                            write: (LetterIssueContext) throws -> IssuedLetter) throws -> LetterIssue {
        var earlier: LetterNumber?
        let issued = try store.issueLetter(caseNumber) { context in
            let letter = try write(context)
            guard letter.number == context.number else {
                throw IssuedLetterError.numberMismatch(expected: context.number, got: letter.number)
            }
            if let same = context.issued.last(where: { $0.hasSameContent(as: letter) }) {
                earlier = same.number
                return nil
            }
            let entry = EventEntry(caseNumber: caseNumber, name: IssuedLetter.eventName, on: today, recordedAt: now,
                                   actor: actor, workflowVersion: context.record.workflowVersion,
                                   stateAfter: context.record.state, data: letter.eventData())
            try beforeRecording(letter)
            return (letter, entry)
        }
        if let issued { return .issued(issued) }
        guard let earlier else {
            throw StoreError.failed(operation: "issue a letter for case \(caseNumber)", reason: "no letter was stored")
        }
        return .alreadyIssued(try issuedLetter(earlier))
    }

    /// An issued letter with its files.
    /// - Throws: ``IssuedLetterError/unknownLetter(_:)`` if the case has no letter of that number.
    public func issuedLetter(_ number: LetterNumber) throws -> IssuedLetter {
        guard let letter = try store.issuedLetters(of: number.caseNumber).first(where: { $0.number == number }) else {
            throw IssuedLetterError.unknownLetter(number)
        }
        return letter
    }
}
