import Foundation

/// Where issued letters are kept, as the service layer sees it.
public protocol LetterStorage: Sendable {
    /// Issues a letter: reads the request, the controller profile and the case's issued letters, lets `make` write
    /// the letter under the next ``LetterNumber`` with its `letter-issued` entry and an outcome for the caller, and
    /// stores the letter's files and the entry atomically. Nothing is stored if `make` returns no letter.
    /// - Returns: The letter stored (or `nil`) and the outcome `make` computed.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case, or whatever `make` throws.
    func issueLetter<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ make:
            @escaping @Sendable (LetterIssueContext) throws
            -> (letter: (IssuedLetter, EventEntry)?, outcome: Outcome)
    ) async throws -> (issued: IssuedLetter?, outcome: Outcome)

    /// The letters issued for a case, oldest first, with their files.
    func issuedLetters(of caseNumber: CaseNumber) async throws -> [IssuedLetter]

    /// The issued letters one of whose files has the SHA-256 (lowercase hex), each checked against its
    /// `letter-issued` event.
    func issuedLetters(withFileSHA256 sha256: String) async throws -> [IssuedLetter]
}
