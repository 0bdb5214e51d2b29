import Foundation

/// Where the files kept with a case are stored, as the service layer sees it: the bytes beside the hash chain, each
/// with the `attachment-added` event that records its SHA-256, and their deletion with its event.
///
/// A backend seals the bytes of a sensitive attachment under the register's identity-code key (SQLite: a key derived
/// from the key file's secret) and opens them again when they are read; re-seals them when the key is rotated; erases
/// a case's bytes when the case is purged; and checks every stored attachment against its event when the register is
/// verified. The hash stays in the chain when the bytes go.
public protocol AttachmentStorage: Sendable {
    /// Stores an attachment: reads the request and its history, lets `make` build the `attachment-added` entry for
    /// the case's next attachment number, and stores the entry and the bytes (sealed if `sealed`) atomically.
    ///
    /// The entry's data must be the ``AttachmentData`` of these bytes under that number.
    /// - Parameters:
    ///   - actor: Who stores it (recorded if a key left by an earlier dsr is adopted for sealing).
    ///   - today: The moment, likewise.
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `make` throws; the backend's key error (a storage failure)
    ///   if `sealed` and the register has no usable key; ``StoreError`` for an entry that does not record the bytes.
    func addAttachment<Outcome: Sendable>(
        _ caseNumber: CaseNumber, content: Data, sealed: Bool, actor: String, today: Today,
        _ make: @escaping @Sendable (RequestRecord, [EventEntry], AttachmentNumber) throws -> (EventEntry, Outcome)
    ) async throws -> Outcome

    /// The stored bytes of an attachment, opened if sealed, or that they were deleted; `nil` for an attachment the
    /// register does not have.
    /// - Throws: ``AttachmentError/contentMismatch(_:)`` if sealed bytes do not open (changed behind dsr's back);
    ///   the backend's key error if they are sealed and the key is missing.
    func attachmentContent(_ number: AttachmentNumber) async throws -> AttachmentContent?

    /// Deletes the bytes of some of a case's attachments: reads the request, its history and the numbers of its
    /// attachments whose bytes are still stored, lets `choose` name the ones to delete, each with its
    /// `attachment-deleted` entry, and stores the entries and erases those bytes atomically.
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `choose` throws; ``StoreError`` for an entry that does not
    ///   record the deletion of a stored attachment of the case.
    func deleteAttachments<Outcome: Sendable>(
        of caseNumber: CaseNumber,
        _ choose:
            @escaping @Sendable (RequestRecord, [EventEntry], [AttachmentNumber]) throws
            -> (deletions: [AttachmentDeletion], outcome: Outcome)
    ) async throws -> Outcome
}
