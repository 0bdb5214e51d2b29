import DSRCore
import Foundation

extension SQLiteStore: AttachmentStorage {
    /// Stores an attachment with its event atomically (``addAttachment(_:content:sealed:actor:today:_:)``), on the
    /// store's executor.
    public func addAttachment<Outcome: Sendable>(
        _ caseNumber: CaseNumber, content: Data, sealed: Bool, actor: String, today: Today,
        _ make: @escaping @Sendable (RequestRecord, [EventEntry], AttachmentNumber) throws -> (EventEntry, Outcome)
    ) async throws -> Outcome {
        try await StoreExecutor.run {
            try self.addAttachment(caseNumber, content: content, sealed: sealed, actor: actor, today: today, make)
        }
    }

    /// The stored bytes of an attachment (``attachmentContent(_:)``), on the store's executor.
    public func attachmentContent(_ number: AttachmentNumber) async throws -> AttachmentContent? {
        try await StoreExecutor.run { try self.attachmentContent(number) }
    }

    /// Deletes attachments' bytes with their events atomically (``deleteAttachments(of:_:)``), on the store's
    /// executor.
    public func deleteAttachments<Outcome: Sendable>(
        of caseNumber: CaseNumber,
        _ choose:
            @escaping @Sendable (RequestRecord, [EventEntry], [AttachmentNumber]) throws
            -> (deletions: [AttachmentDeletion], outcome: Outcome)
    ) async throws -> Outcome {
        try await StoreExecutor.run { try self.deleteAttachments(of: caseNumber, choose) }
    }
}
