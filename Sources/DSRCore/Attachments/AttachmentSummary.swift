/// One attachment of a case as its history records it: what `attachments` and `show` list.
///
/// Read from the events alone (`attachment-added`, `attachment-deleted`, `purge`), so the list is the chain's record:
/// an attachment whose bytes were deleted stays in it, marked deleted with the day and the reason.
public struct AttachmentSummary: Sendable, Equatable, Encodable {
    /// The attachment's number.
    public var number: AttachmentNumber
    /// What it is.
    public var label: String
    /// The display name (``PersonalData/withheld`` once the case was purged).
    public var name: String
    /// Its size in bytes.
    public var size: Int
    /// The SHA-256 of its bytes, lowercase hex.
    public var sha256: String
    /// The day it was attached.
    public var addedOn: CivilDate
    /// Who attached it.
    public var actor: String
    /// Whether its bytes are sealed under the register's key.
    public var sensitive: Bool
    /// The day its bytes were deleted, if they were.
    public var deletedOn: CivilDate?
    /// Why its bytes were deleted, if they were.
    public var deletionReason: AttachmentErasure?

    /// Creates a summary.
    public init(
        number: AttachmentNumber, label: String, name: String, size: Int, sha256: String, addedOn: CivilDate,
        actor: String, sensitive: Bool, deletedOn: CivilDate? = nil, deletionReason: AttachmentErasure? = nil
    ) {
        self.number = number
        self.label = label
        self.name = name
        self.size = size
        self.sha256 = sha256
        self.addedOn = addedOn
        self.actor = actor
        self.sensitive = sensitive
        self.deletedOn = deletedOn
        self.deletionReason = deletionReason
    }

    /// Whether its bytes were deleted.
    public var isDeleted: Bool { deletedOn != nil }

    /// Whether it is the copy of the data an access answer encloses (GDPR Art. 15(3)).
    public var isDataCopy: Bool { label == AttachmentLabel.dataCopy.value }

    /// The first 12 hex digits of the SHA-256, for lists.
    public var shortSHA256: String { String(sha256.prefix(12)) }

    /// The case's Art. 15(3) copies of the data (label `data-copy`) whose bytes are still kept, in number order, from
    /// its history: what an access answer encloses (GDPR Art. 15(3)).
    public static func dataCopies(in events: [EventEntry]) -> [AttachmentSummary] {
        list(in: events).filter { $0.isDataCopy && !$0.isDeleted }
    }

    /// The file names of the copies ``dataCopies(in:)`` finds.
    public static func dataCopyNames(in events: [EventEntry]) -> [String] {
        dataCopies(in: events).map(\.name)
    }

    /// The attachments a case's history records, in number order, with the deletions it records.
    public static func list(in events: [EventEntry]) -> [AttachmentSummary] {
        var found: [AttachmentSummary] = []
        for entry in events {
            switch entry.systemEvent {
            case .attachmentAdded:
                guard let caseNumber = entry.caseNumber,
                    let data = EventEntry.decodeCanonicalJSON(AttachmentData.self, from: entry.data)
                else { continue }
                found.append(
                    AttachmentSummary(
                        number: AttachmentNumber(caseNumber: caseNumber, sequence: data.number), label: data.label,
                        name: data.name, size: data.size, sha256: data.sha256, addedOn: entry.on, actor: entry.actor,
                        sensitive: data.sensitive))
            case .attachmentDeleted:
                guard let data = EventEntry.decodeCanonicalJSON(AttachmentDeletedData.self, from: entry.data) else {
                    continue
                }
                for index in found.indices where found[index].number.sequence == data.number && !found[index].isDeleted
                {
                    found[index].deletedOn = entry.on
                    found[index].deletionReason = data.reason
                }
            case .purge:
                for index in found.indices where !found[index].isDeleted {
                    found[index].deletedOn = entry.on
                    found[index].deletionReason = .purge
                }
            default:
                continue
            }
        }
        return found.sorted { $0.number < $1.number }
    }

    /// The JSON members: the number as text (`2026-0042/A1`), the rest as stored.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number.description, forKey: .number)
        try container.encode(label, forKey: .label)
        try container.encode(name, forKey: .name)
        try container.encode(size, forKey: .size)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(addedOn, forKey: .addedOn)
        try container.encode(actor, forKey: .actor)
        try container.encode(sensitive, forKey: .sensitive)
        try container.encode(isDeleted, forKey: .deleted)
        try container.encodeIfPresent(deletedOn, forKey: .deletedOn)
        try container.encodeIfPresent(deletionReason, forKey: .deletionReason)
    }

    private enum CodingKeys: String, CodingKey {
        case number, label, name, size, sha256, addedOn, actor, sensitive, deleted, deletedOn, deletionReason
    }
}
