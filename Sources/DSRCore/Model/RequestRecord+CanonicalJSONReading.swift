// A request record and its parts read from canonical JSON without JSONDecoder (see CanonicalJSONReadable): every read
// of a case decodes its record, and JSONDecoder was the largest single cost of the server's case page
// (docs/performance.md). Anything not in canonical form gives nil, and the caller decodes with JSONDecoder.

extension RequestRecord: CanonicalJSONReadable {
    /// Reads a record from its canonical form, or returns `nil` if `value` is not exactly that.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var caseNumber: CaseNumber?
        var kind: RequestKind?
        var state: StateID?
        var workflowVersion: Int?
        var received: CivilDate?
        var subject: DataSubject?
        var channel: Channel?
        var language: Language?
        var isDirectMarketing: Bool?
        var clock: ClockState?
        var pauses: [ClockPause]?
        var deadline: CivilDate?
        var lastEventOn: CivilDate?
        var optional = Optionals()
        for (key, member) in members {
            switch key {
            case "caseNumber": caseNumber = CaseNumber(canonicalJSON: member)
            case "kind": kind = member.string.flatMap(RequestKind.init(rawValue:))
            case "state": state = member.string.map(StateID.init(rawValue:))
            case "workflowVersion": workflowVersion = member.integer
            case "received": received = CivilDate(canonicalJSON: member)
            case "subject": subject = DataSubject(canonicalJSON: member)
            case "channel": channel = member.string.flatMap(Channel.init(rawValue:))
            case "language": language = member.string.flatMap(Language.init(rawValue:))
            case "isDirectMarketing": isDirectMarketing = member.bool
            case "clock": clock = member.string.flatMap(ClockState.init(rawValue:))
            case "pauses": pauses = Self.pauses(member)
            case "deadline": deadline = CivilDate(canonicalJSON: member)
            case "lastEventOn": lastEventOn = CivilDate(canonicalJSON: member)
            default:
                guard optional.read(key, member) else { return nil }
            }
        }
        guard let caseNumber, let kind, let state, let workflowVersion, let received, let subject, let channel,
            let language, let isDirectMarketing, let clock, let pauses, let deadline, let lastEventOn
        else { return nil }
        self.init(
            caseNumber: caseNumber, kind: kind, state: state, workflowVersion: workflowVersion, received: received,
            subject: subject, channel: channel, language: language, isDirectMarketing: isDirectMarketing,
            note: optional.note, clock: clock, extendedOn: optional.extendedOn,
            extensionReason: optional.extensionReason, pauses: pauses, deadline: deadline,
            closedOn: optional.closedOn, outcome: optional.outcome, refusal: optional.refusal,
            recipientsNotified: optional.recipientsNotified, endCondition: optional.endCondition,
            details: optional.details, lastEventOn: lastEventOn, reference: optional.reference)
        askedFor = optional.askedFor
        liftsOn = optional.liftsOn
        liftReason = optional.liftReason
        access = optional.access
        personalDataRemovedOn = optional.personalDataRemovedOn
        assignee = optional.assignee
    }

    /// The clock's pauses, or `nil` if `value` is not an array of them.
    private static func pauses(_ value: CanonicalJSONValue) -> [ClockPause]? {
        guard let elements = value.elements else { return nil }
        var pauses: [ClockPause] = []
        pauses.reserveCapacity(elements.count)
        for element in elements {
            guard let pause = ClockPause(canonicalJSON: element) else { return nil }
            pauses.append(pause)
        }
        return pauses
    }

    /// The members a record may leave out, as they are read.
    private struct Optionals {
        var note: String?
        var extendedOn: CivilDate?
        var extensionReason: String?
        var closedOn: CivilDate?
        var outcome: Outcome?
        var refusal: Refusal?
        var recipientsNotified: [String]?
        var endCondition: String?
        var askedFor: [String]?
        var liftsOn: CivilDate?
        var liftReason: String?
        var details: String?
        var reference: String?
        var access: AccessInformation?
        var personalDataRemovedOn: CivilDate?
        var assignee: String?

        /// Reads the member named `key`; `false` if it is not one of these, or not of its type.
        mutating func read(_ key: String, _ member: CanonicalJSONValue) -> Bool {
            switch key {
            case "note": note = member.string
            case "extendedOn": extendedOn = CivilDate(canonicalJSON: member)
            case "extensionReason": extensionReason = member.string
            case "closedOn": closedOn = CivilDate(canonicalJSON: member)
            case "outcome": outcome = member.string.flatMap(Outcome.init(rawValue:))
            case "refusal": refusal = Refusal(canonicalJSON: member)
            case "recipientsNotified": recipientsNotified = member.strings
            case "endCondition": endCondition = member.string
            case "askedFor": askedFor = member.strings
            case "liftsOn": liftsOn = CivilDate(canonicalJSON: member)
            case "liftReason": liftReason = member.string
            case "details": details = member.string
            case "reference": reference = member.string
            case "access": access = AccessInformation(canonicalJSON: member)
            case "personalDataRemovedOn": personalDataRemovedOn = CivilDate(canonicalJSON: member)
            case "assignee": assignee = member.string
            default: return false
            }
            // A member present but not of its type leaves its value unset: the whole record is then refused.
            switch key {
            case "note": return note != nil
            case "extendedOn": return extendedOn != nil
            case "extensionReason": return extensionReason != nil
            case "closedOn": return closedOn != nil
            case "outcome": return outcome != nil
            case "refusal": return refusal != nil
            case "recipientsNotified": return recipientsNotified != nil
            case "endCondition": return endCondition != nil
            case "askedFor": return askedFor != nil
            case "liftsOn": return liftsOn != nil
            case "liftReason": return liftReason != nil
            case "details": return details != nil
            case "reference": return reference != nil
            case "access": return access != nil
            case "personalDataRemovedOn": return personalDataRemovedOn != nil
            default: return assignee != nil
            }
        }
    }
}

extension CaseNumber: CanonicalJSONReadable {
    /// Reads a case number from `{"sequence":…,"year":…}`.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members, members.count == 2 else { return nil }
        var year: Int?
        var sequence: Int?
        for (key, member) in members {
            switch key {
            case "sequence": sequence = member.integer
            case "year": year = member.integer
            default: return nil
            }
        }
        guard let year, let sequence else { return nil }
        self.init(year: year, sequence: sequence)
    }
}

extension ClockPause: CanonicalJSONReadable {
    /// Reads a pause from `{"end":…,"start":…}` (`end` left out while it lasts).
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var start: CivilDate?
        var end: CivilDate?
        for (key, member) in members {
            switch key {
            case "start": start = CivilDate(canonicalJSON: member)
            case "end":
                guard let day = CivilDate(canonicalJSON: member) else { return nil }
                end = day
            default: return nil
            }
        }
        guard let start else { return nil }
        self.init(start: start, end: end)
    }
}

extension Refusal: CanonicalJSONReadable {
    /// Reads a refusal from its canonical form.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var grounds: [GroundCode]?
        var reason: String?
        var granted: String?
        var reasonsWithheld: Bool?
        var late: Bool?
        for (key, member) in members {
            switch key {
            case "grounds": grounds = member.strings?.map(GroundCode.init(rawValue:))
            case "reason": reason = member.string
            case "granted":
                guard let text = member.string else { return nil }
                granted = text
            case "reasonsWithheld": reasonsWithheld = member.bool
            case "late":
                guard let flag = member.bool else { return nil }
                late = flag
            default: return nil
            }
        }
        guard let grounds, let reason, let reasonsWithheld else { return nil }
        self.init(grounds: grounds, reason: reason, granted: granted, reasonsWithheld: reasonsWithheld)
        self.late = late
    }
}

extension AccessInformation: CanonicalJSONReadable {
    /// Reads the access information from its canonical form.
    public init?(canonicalJSON value: CanonicalJSONValue) {
        guard let members = value.members else { return nil }
        var information = AccessInformation()
        for (key, member) in members {
            if key == "copies" {
                guard let copies = member.strings else { return nil }
                information.copies = copies
                continue
            }
            guard let text = member.string else { return nil }
            switch key {
            case "categories": information.categories = text
            case "purposes": information.purposes = text
            case "recipients": information.recipients = text
            case "retention": information.retention = text
            case "source": information.source = text
            case "automatedDecisions": information.automatedDecisions = text
            case "transfers": information.transfers = text
            default: return nil
            }
        }
        self = information
    }
}
