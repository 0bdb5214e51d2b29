import DSRCore

/// The columns of an `event` row (``ChainVerifier/eventColumns``, in that order) at a ``ColumnCursor`` or copied
/// out of one (``CopiedRows``), as SQLite stores them; valid while the row is.
///
/// A row whose columns do not hold the storage class the schema gives them cannot be read (`init` returns `nil`).
struct EventColumns {
    /// `sequence`.
    let sequence: Int64
    /// `caseYear`.
    let caseYear: Int64?
    /// `caseSequence`.
    let caseSequence: Int64?
    /// `name`.
    let name: UnsafeBufferPointer<UInt8>
    /// `on`.
    let on: UnsafeBufferPointer<UInt8>
    /// `recordedAt`.
    let recordedAt: UnsafeBufferPointer<UInt8>
    /// `actor`.
    let actor: UnsafeBufferPointer<UInt8>
    /// `workflowVersion`.
    let workflowVersion: Int64
    /// `stateAfter`.
    let stateAfter: UnsafeBufferPointer<UInt8>?
    /// `data`.
    let data: UnsafeBufferPointer<UInt8>
    /// `stateHash`.
    let stateHash: UnsafeBufferPointer<UInt8>?
    /// `previousHash`.
    let previousHash: UnsafeBufferPointer<UInt8>
    /// `hash`.
    let hash: UnsafeBufferPointer<UInt8>
    /// `format`.
    let format: Int64
    /// `personalHash`.
    let personalHash: UnsafeBufferPointer<UInt8>?

    /// The columns of the row at `row`, or `nil` if one holds a value of the wrong kind.
    init?(_ row: some ColumnSource) {
        func optionalInteger(_ column: Int32) -> Int64?? {
            if row.isNull(column) { return .some(nil) }
            return row.integer(column).map { .some($0) }
        }
        func optionalText(_ column: Int32) -> UnsafeBufferPointer<UInt8>?? {
            if row.isNull(column) { return .some(nil) }
            return row.bytes(column).map { .some($0) }
        }
        guard let sequence = row.integer(0), let caseYear = optionalInteger(1), let caseSequence = optionalInteger(2),
            let name = row.bytes(3), let on = row.bytes(4), let recordedAt = row.bytes(5), let actor = row.bytes(6),
            let workflowVersion = row.integer(7), let stateAfter = optionalText(8), let data = row.bytes(9),
            let stateHash = optionalText(10), let previousHash = row.bytes(11), let hash = row.bytes(12),
            let format = row.integer(13), let personalHash = optionalText(14),
            Int(exactly: workflowVersion) != nil, Int(exactly: format) != nil,
            caseYear.map({ Int(exactly: $0) != nil }) ?? true, caseSequence.map({ Int(exactly: $0) != nil }) ?? true
        else { return nil }
        self.sequence = sequence
        self.caseYear = caseYear
        self.caseSequence = caseSequence
        self.name = name
        self.on = on
        self.recordedAt = recordedAt
        self.actor = actor
        self.workflowVersion = workflowVersion
        self.stateAfter = stateAfter
        self.data = data
        self.stateHash = stateHash
        self.previousHash = previousHash
        self.hash = hash
        self.format = format
        self.personalHash = personalHash
    }

    /// The case the row belongs to, if any.
    var caseNumber: CaseNumber? {
        guard let caseYear, let caseSequence else { return nil }
        return CaseNumber(year: Int(caseYear), sequence: Int(caseSequence))
    }

    /// Writes the row's canonical encoding in its format into `buffer` (``EventChain/encode(into:format:sequence:caseYear:caseSequence:name:on:recordedAt:actor:workflowVersion:stateAfter:data:stateHash:previousHash:personalHash:)``).
    func encode(into buffer: inout CanonicalEventBuffer) {
        EventChain.encode(
            into: &buffer, format: format, sequence: sequence, caseYear: caseYear,
            caseSequence: caseSequence, name: name, on: on, recordedAt: recordedAt, actor: actor,
            workflowVersion: workflowVersion, stateAfter: stateAfter, data: data, stateHash: stateHash,
            previousHash: previousHash, personalHash: personalHash)
    }

    /// The entry the row stores, with `personalData` as its data if given (``EventRow/entry(personalData:)``), or
    /// `nil` if its day or time cannot be read.
    func entry(personalData: String?) -> EventEntry? {
        guard let day = Self.day(on), let time = UTCTimestamp.date(fromBytes: recordedAt) else { return nil }
        let data = String(decoding: data, as: UTF8.self)
        return EventEntry(
            stored: sequence, caseNumber: caseNumber, name: String(decoding: name, as: UTF8.self), on: day,
            recordedAt: time, actor: String(decoding: actor, as: UTF8.self), workflowVersion: Int(workflowVersion),
            stateAfter: stateAfter.map { StateID(rawValue: String(decoding: $0, as: UTF8.self)) }, keptData: data,
            personalData: personalData, hasPersonalCommitment: personalHash != nil, previousHash: nil, hash: nil)
    }

    /// A day written `YYYY-MM-DD`, read from its digits; anything else through ``CivilDate/init(parsing:)``, as
    /// ``EventRow/entry(personalData:)`` reads it.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        UTCTimestamp.day(fromBytes: bytes) ?? CivilDate(parsing: String(decoding: bytes, as: UTF8.self))
    }
}
