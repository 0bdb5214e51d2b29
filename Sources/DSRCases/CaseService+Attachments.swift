import DSRCore
import Foundation

extension CaseService {
    /// Keeps a file with a case (`attach`): its SHA-256 recorded in the hash chain by an `attachment-added` event, its
    /// bytes beside the chain, sealed under the register's key when sensitive (always for identity evidence and the
    /// Art. 15(3) copy of the data).
    ///
    /// Refused for a file over the command's limit or empty, a label that is not a short word, a purged case,
    /// identity evidence for a case whose identity is already confirmed (EDPB Guidelines 01/2022, §§ 70–79: a copy
    /// of an ID document is not kept once it was checked; `../shared/legal-facts.md` § 1.3), and a data copy for a
    /// request other than access (GDPR Art. 15(3)).
    /// - Returns: The attachment as recorded.
    /// - Throws: ``AttachmentError``, ``CaseWorkError/personalDataRemoved(_:)``, ``StoreError/unknownCase(_:)``; the
    ///   storage's key error if it must be sealed and the register has no key.
    public func attach(_ command: AttachFile, actor: String, today: Today) async throws -> AttachmentSummary {
        let size = command.content.count
        guard size <= command.limit.bytes else {
            throw AttachmentError.tooLarge(size: size, limit: command.limit.bytes)
        }
        guard size > 0 else { throw AttachmentError.empty }
        let label = try Self.label(command.label)
        let sensitive = command.sensitive || label.isAlwaysSensitive
        let name = AttachmentData.displayName(fromFileName: command.fileName)
        let sha256 = AttachmentData.sha256Hex(command.content)
        let caseNumber = command.caseNumber
        guard try await storage.record(caseNumber) != nil else { throw StoreError.unknownCase(caseNumber) }
        return try await storage.addAttachment(
            caseNumber, content: command.content, sealed: sensitive, actor: actor, today: today
        ) { record, history, number in
            if record.personalDataRemovedOn != nil { throw CaseWorkError.personalDataRemoved(caseNumber) }
            if label == .identity && Self.identityConfirmed(in: history) {
                throw AttachmentError.identityAlreadyConfirmed(caseNumber)
            }
            if label == .dataCopy && record.kind != .access {
                throw AttachmentError.notAnAccessRequest(caseNumber, kind: record.kind)
            }
            let data = AttachmentData(
                number: number.sequence, label: label.value, name: name, size: size, sha256: sha256,
                sensitive: sensitive)
            let entry = Self.attachmentEntry(
                .attachmentAdded, data: data, publicData: data.replacingPersonalData(with: PersonalData.withheld),
                record: record, actor: actor, today: today)
            return (
                entry,
                AttachmentSummary(
                    number: number, label: label.value, name: name, size: size, sha256: sha256, addedOn: today.date,
                    actor: actor, sensitive: sensitive)
            )
        }
    }

    /// A case's attachments as its history records them (`attachments`), in number order, deleted ones included.
    /// - Throws: ``StoreError/unknownCase(_:)``.
    public func attachments(of caseNumber: CaseNumber) async throws -> [AttachmentSummary] {
        guard try await storage.record(caseNumber) != nil else { throw StoreError.unknownCase(caseNumber) }
        return AttachmentSummary.list(in: try await storage.events(of: caseNumber))
    }

    /// The case's Art. 15(3) copies of the data (label `data-copy`, `case set --enclose`) whose bytes are still
    /// kept, in number order: what an access answer encloses (GDPR Art. 15(3)).
    /// - Throws: ``StoreError/unknownCase(_:)``.
    public func dataCopies(of caseNumber: CaseNumber) async throws -> [AttachmentSummary] {
        guard try await storage.record(caseNumber) != nil else { throw StoreError.unknownCase(caseNumber) }
        return AttachmentSummary.dataCopies(in: try await storage.events(of: caseNumber))
    }

    /// An attachment's bytes (`attachment get`), after checking that their SHA-256 is the one the hash chain recorded.
    /// - Throws: ``AttachmentError/unknownAttachment(_:)``, ``AttachmentError/deleted(_:on:reason:)``,
    ///   ``AttachmentError/contentMismatch(_:)`` (nothing is given out); ``StoreError/unknownCase(_:)``; the storage's
    ///   key error for sealed bytes without the key.
    public func attachment(_ command: GetAttachment) async throws -> AttachmentCopy {
        let number = command.number
        guard let attachment = try await attachments(of: number.caseNumber).first(where: { $0.number == number })
        else { throw AttachmentError.unknownAttachment(number) }
        if let deletedOn = attachment.deletedOn {
            throw AttachmentError.deleted(number, on: deletedOn, reason: attachment.deletionReason ?? .purge)
        }
        switch try await storage.attachmentContent(number) {
        case nil:
            throw AttachmentError.contentMismatch(number)
        case .deleted:
            throw AttachmentError.contentMismatch(number)
        case .kept(let content):
            guard AttachmentData.sha256Hex(content) == attachment.sha256 else {
                throw AttachmentError.contentMismatch(number)
            }
            return AttachmentCopy(attachment: attachment, content: content)
        }
    }

    /// Deletes the bytes of a case's identity evidence (label `identity`) once its identity is confirmed: an
    /// `attachment-deleted` event for each, so only the fact that it was received and checked, the date and the
    /// actor stay (EDPB Guidelines 01/2022, §§ 70–79; `../shared/legal-facts.md` § 1.3). Nothing happens, and no
    /// transaction is written, unless the case has such evidence kept and its identity is confirmed.
    /// - Returns: The attachments whose bytes were deleted.
    func deleteIdentityEvidence(of caseNumber: CaseNumber, actor: String, today: Today) async throws
        -> [AttachmentNumber]
    {
        let kept = try await attachments(of: caseNumber).filter {
            $0.label == AttachmentLabel.identity.value && !$0.isDeleted
        }
        guard !kept.isEmpty else { return [] }
        return try await storage.deleteAttachments(of: caseNumber) { record, history, stored in
            guard Self.identityConfirmed(in: history) else { return ([], []) }
            let identity = Set(
                AttachmentSummary.list(in: history).filter { $0.label == AttachmentLabel.identity.value }.map(\.number))
            let deletions = stored.filter(identity.contains).map { number in
                let data = AttachmentDeletedData(number: number.sequence, reason: .identityConfirmed)
                return AttachmentDeletion(
                    number: number,
                    entry: Self.attachmentEntry(
                        .attachmentDeleted, data: data, publicData: data, record: record, actor: actor, today: today))
            }
            return (deletions, deletions.map(\.number))
        }
    }

    /// The label the officer gave, or ``AttachmentLabel/document`` for none.
    /// - Throws: ``AttachmentError/invalidLabel``.
    private static func label(_ text: String?) throws(AttachmentError) -> AttachmentLabel {
        guard let text else { return .document }
        guard let label = AttachmentLabel(text) else { throw .invalidLabel }
        return label
    }

    /// Whether a case's history confirms the person's identity: a `receive-identity` event that was not voided.
    static func identityConfirmed(in history: [EventEntry]) -> Bool {
        let voided = VoidData.voided(in: history)
        return history.contains { entry in
            entry.name == identityConfirmation.rawValue && !(entry.sequence.map(voided.contains) ?? false)
        }
    }

    /// The workflow event that confirms the person's identity.
    static let identityConfirmation = EventID("receive-identity")

    /// The entry of an attachment event: its full data, and the public form the chain keeps.
    private static func attachmentEntry(
        _ name: SystemEvent, data: some CanonicalJSONWritable, publicData: some CanonicalJSONWritable,
        record: RequestRecord, actor: String, today: Today
    ) -> EventEntry {
        var entry = EventEntry(
            caseNumber: record.caseNumber, name: name.rawValue, on: today.date, recordedAt: today.now, actor: actor,
            workflowVersion: record.workflowVersion, stateAfter: record.state, data: EventEntry.canonicalJSON(data))
        let publicText = EventEntry.canonicalJSON(publicData)
        if publicText != entry.data { entry.publicData = publicText }
        return entry
    }
}
