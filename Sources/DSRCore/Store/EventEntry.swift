import Foundation

/// One entry of a request's append-only history: what happened, when, by whom, under which workflow version.
public struct EventEntry: Sendable, Codable, Equatable {
    /// The entry's position in the whole register's log, from 1; assigned by the store.
    public var sequence: Int64?
    /// The case the entry belongs to; `nil` for register-wide entries such as a controller-profile change.
    public var caseNumber: CaseNumber?
    /// The event's name: a workflow event such as `extend`, or one dsr records itself (``SystemEvent``: `register`,
    /// `letter-issued`, `controller-set` …).
    public var name: String
    /// The day the event happened.
    public var on: CivilDate
    /// When it was recorded, to the second, in UTC.
    public var recordedAt: Date
    /// Who recorded it.
    public var actor: String
    /// The workflow version the request follows (0 for register-wide entries).
    public var workflowVersion: Int
    /// The state after the event.
    public var stateAfter: StateID?
    /// The event's data as canonical JSON (sorted keys), for example the input given to the event.
    public var data: String
    /// The event's data with its personal data replaced by ``PersonalData/withheld``, as canonical JSON; `nil` if
    /// ``data`` holds no personal data.
    ///
    /// The store keeps this form in the hash chain in the clear and commits to ``data`` only through a salted hash,
    /// so that `dsr purge` can remove the personal data later and the chain still verifies.
    public var publicData: String?
    /// The hash of the previous entry in the log (hex SHA-256); assigned by the store.
    public var previousHash: String?
    /// This entry's hash over its canonical form and `previousHash`; assigned by the store.
    public var hash: String?

    /// Creates an entry; the store fills `sequence`, `previousHash` and `hash`.
    public init(
        caseNumber: CaseNumber?, name: String, on: CivilDate, recordedAt: Date, actor: String,
        workflowVersion: Int, stateAfter: StateID?, data: String
    ) {
        self.caseNumber = caseNumber
        self.name = name
        self.on = on
        self.recordedAt = recordedAt
        self.actor = actor
        self.workflowVersion = workflowVersion
        self.stateAfter = stateAfter
        self.data = data
    }

    /// The system event this entry records, or `nil` for a workflow event.
    public var systemEvent: SystemEvent? {
        SystemEvent(rawValue: name)
    }

    /// Encodes a value as canonical JSON: sorted keys, no extra white space, ISO 8601 dates (``CanonicalJSON``,
    /// the same bytes as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`).
    public static func canonicalJSON(_ value: some CanonicalJSONWritable) -> String {
        CanonicalJSON.encode(value)
    }

    /// Decodes a value from the canonical JSON ``canonicalJSON(_:)`` wrote, or returns `nil` if it cannot be read.
    public static func decodeCanonicalJSON<Value: Decodable>(_ type: Value.Type, from text: String) -> Value? {
        decodeWithJSONDecoder(type, from: text)
    }

    /// Decodes a value from the canonical JSON ``canonicalJSON(_:)`` wrote, or returns `nil` if it cannot be read:
    /// through ``CanonicalJSONReader`` when the text is in canonical form, else with `JSONDecoder` (the same value
    /// either way, many times faster the first way).
    public static func decodeCanonicalJSON<Value: Decodable & CanonicalJSONReadable>(
        _ type: Value.Type, from text: String
    ) -> Value? {
        if let value = CanonicalJSONReader.read(text).flatMap(Value.init(canonicalJSON:)) { return value }
        return decodeWithJSONDecoder(type, from: text)
    }

    /// Decodes a value with `JSONDecoder` (ISO 8601 dates), or returns `nil` if it cannot be read.
    static func decodeWithJSONDecoder<Value: Decodable>(_ type: Value.Type, from text: String) -> Value? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(type, from: Data(text.utf8))
    }
}
