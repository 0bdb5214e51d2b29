import DSRCore
import Foundation

extension SQLiteStore: LetterStorage {
    /// Issues a letter atomically (``issueLetter(_:_:)``), on the store's executor, and returns it with the outcome
    /// `make` computed.
    public func issueLetter<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ make:
            @escaping @Sendable (LetterIssueContext) throws
            -> (letter: (IssuedLetter, EventEntry)?, outcome: Outcome)
    ) async throws -> (issued: IssuedLetter?, outcome: Outcome) {
        try await StoreExecutor.run {
            var outcome: Outcome?
            let issued = try self.issueLetter(caseNumber) { context in
                let made = try make(context)
                outcome = made.outcome
                return made.letter
            }
            guard let outcome else {
                throw StoreError.failed(
                    operation: "issue a letter for case \(caseNumber)",
                    reason: "no letter was written")
            }
            return (issued, outcome)
        }
    }

    /// The letters issued for a case (``issuedLetters(of:)``), on the store's executor.
    public func issuedLetters(of caseNumber: CaseNumber) async throws -> [IssuedLetter] {
        try await StoreExecutor.run { try self.issuedLetters(of: caseNumber) }
    }

    /// The issued letters with a file of that SHA-256 (``issuedLetters(withFileSHA256:)``), on the store's executor.
    public func issuedLetters(withFileSHA256 sha256: String) async throws -> [IssuedLetter] {
        try await StoreExecutor.run { try self.issuedLetters(withFileSHA256: sha256) }
    }
}
