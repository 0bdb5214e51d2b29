/// A type that reads itself from dsr's canonical JSON (``CanonicalJSONReader``) without `JSONDecoder`: the event data
/// `dsr audit verify` replays for every case.
///
/// ``init(canonicalJSON:)`` returns `nil` for anything it does not expect (a key it does not know, a missing member,
/// a value of another type, a day that does not exist): `EventEntry.decodeCanonicalJSON(_:from:)` then
/// decodes the text with `JSONDecoder`, which therefore decides every case but the canonical one. A value read here
/// must be the one the type's `Decodable` conformance gives for the same text; `CanonicalJSONReaderTests` compares them.
public protocol CanonicalJSONReadable {
    /// Reads the value from canonical JSON, or returns `nil` if `value` is not exactly its canonical form.
    init?(canonicalJSON value: CanonicalJSONValue)
}

extension CivilDate: CanonicalJSONReadable {
    /// Reads a day from `{"day":…,"month":…,"year":…}`; a day that does not exist is left to `JSONDecoder`.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members, members.count == 3 else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        for (key, member) in members {
            switch key {
            case "day": day = member.integer
            case "month": month = member.integer
            case "year": year = member.integer
            default: return nil
            }
        }
        guard let year, let month, let day, let date = CivilDate(year: year, month: month, day: day) else { return nil }
        self = date
    }
}

extension SealedIdentityCode: CanonicalJSONReadable {
    /// Reads a sealed code; `sealed` and `lookup` are empty when left out, as its `init(from:)` reads them.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var masked: String?
        var sealed = ""
        var lookup = ""
        for (key, member) in members {
            switch key {
            case "masked": masked = member.string
            case "sealed":
                guard let text = member.string else { return nil }
                sealed = text
            case "lookup":
                guard let text = member.string else { return nil }
                lookup = text
            default: return nil
            }
        }
        guard let masked else { return nil }
        self.init(masked: masked, sealed: sealed, lookup: lookup)
    }
}

extension DataSubject: CanonicalJSONReadable {
    /// Reads a data subject.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var name: String?
        var subject = DataSubject(name: "")
        for (key, member) in members {
            switch key {
            case "name": name = member.string
            case "email":
                guard let text = member.string else { return nil }
                subject.email = text
            case "address":
                guard let text = member.string else { return nil }
                subject.address = text
            case "phone":
                guard let text = member.string else { return nil }
                subject.phone = text
            case "identityCode":
                guard let code = SealedIdentityCode(canonicalJSON: member) else { return nil }
                subject.identityCode = code
            default: return nil
            }
        }
        guard let name else { return nil }
        subject.name = name
        self = subject
    }
}

extension RequestDraft: CanonicalJSONReadable {
    /// Reads a registration's draft, the data of a `register` event.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var kind: RequestKind?
        var subject: DataSubject?
        var received: CivilDate?
        var channel: Channel?
        var language: Language?
        var isDirectMarketing: Bool?
        var note: String?
        var reference: String?
        for (key, member) in members {
            switch key {
            case "kind": kind = member.string.flatMap(RequestKind.init(rawValue:))
            case "subject": subject = DataSubject(canonicalJSON: member)
            case "received": received = CivilDate(canonicalJSON: member)
            case "channel": channel = member.string.flatMap(Channel.init(rawValue:))
            case "language": language = member.string.flatMap(Language.init(rawValue:))
            case "isDirectMarketing": isDirectMarketing = member.bool
            case "note":
                guard let text = member.string else { return nil }
                note = text
            case "reference":
                guard let text = member.string else { return nil }
                reference = text
            default: return nil
            }
        }
        guard let kind, let subject, let received, let channel, let language, let isDirectMarketing else {
            return nil
        }
        self.init(
            kind: kind, subject: subject, received: received, channel: channel, language: language,
            isDirectMarketing: isDirectMarketing, note: note, reference: reference)
    }
}

extension EventInput: CanonicalJSONReadable {
    /// Reads an event's input, the data of a workflow event.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var on: CivilDate?
        var grounds: [GroundCode]?
        var reasonsWithheld: Bool?
        var input = EventInput(on: CivilDate(daysSinceEpoch: 0))
        for (key, member) in members {
            switch key {
            case "on": on = CivilDate(canonicalJSON: member)
            case "grounds": grounds = member.strings?.map(GroundCode.init(rawValue:))
            case "reasonsWithheld": reasonsWithheld = member.bool
            case "reason":
                guard let text = member.string else { return nil }
                input.reason = text
            case "granted":
                guard let text = member.string else { return nil }
                input.granted = text
            case "recipients":
                guard let texts = member.strings else { return nil }
                input.recipients = texts
            case "endCondition":
                guard let text = member.string else { return nil }
                input.endCondition = text
            case "details":
                guard let text = member.string else { return nil }
                input.details = text
            case "asked":
                guard let texts = member.strings else { return nil }
                input.asked = texts
            case "liftsOn":
                guard let day = CivilDate(canonicalJSON: member) else { return nil }
                input.liftsOn = day
            case "note":
                guard let text = member.string else { return nil }
                input.note = text
            case "late":
                guard let late = member.bool else { return nil }
                input.late = late
            default: return nil
            }
        }
        guard let on, let grounds, let reasonsWithheld else { return nil }
        input.on = on
        input.grounds = grounds
        input.reasonsWithheld = reasonsWithheld
        self = input
    }
}
