import DSRCore

/// Conversions from API text (JSON fields, path and query parameters) to domain values, failing with
/// ``InputError`` (422) that names the API's field, as the command line's conversions name its options.
enum APIValue {
    /// A request kind by any accepted name.
    static func kind(_ text: String, field: String = "kind") throws(InputError) -> RequestKind {
        guard let kind = RequestKind(name: text) else {
            throw .unknownValue(field: field, text: text, accepted: RequestKind.allCases.map(\.rawValue))
        }
        return kind
    }

    /// A case number such as 2026-0042; a well-formed number no register holds is "not found" (404).
    static func caseNumber(_ text: String) throws -> CaseNumber {
        if let caseNumber = CaseNumber(text) { return caseNumber }
        throw InputError.unknownValue(field: "case", text: text, accepted: ["YYYY-NNNN, for example 2026-0042"])
    }

    /// A date in ISO or Finnish form.
    static func date(_ text: String, field: String) throws(InputError) -> CivilDate {
        try CivilDate.given(text, field: field)
    }

    /// A language code.
    static func language(_ text: String, field: String = "language") throws(InputError) -> Language {
        guard let language = Language(code: text) else {
            throw .unknownValue(field: field, text: text, accepted: Language.allCases.map(\.rawValue))
        }
        return language
    }

    /// A channel by its code or its Finnish, Swedish or English name.
    static func channel(_ text: String) throws(InputError) -> Channel {
        guard let channel = Channel(name: text) else {
            throw .unknownValue(field: "channel", text: text, accepted: Channel.allCases.map(\.rawValue))
        }
        return channel
    }

    /// A workflow state of the kind's workflow, or of any kind's.
    static func state(_ text: String, kind: RequestKind?, workflows: WorkflowCatalog) throws(InputError) -> StateID {
        let kinds = kind.map { [$0] } ?? RequestKind.allCases
        let states = Set(kinds.flatMap { workflows[$0].states.map(\.id) })
        let state = StateID(text.lowercased())
        guard states.contains(state) else {
            throw .unknownValue(field: "state", text: text, accepted: states.map(\.rawValue).sorted())
        }
        return state
    }

    /// A henkilötunnus, validated at once and never repeated.
    static func identityCode(_ text: String) throws(InputError) -> Henkilotunnus {
        guard let code = Henkilotunnus(text) else { throw .invalidIdentityCode(field: "hetu") }
        return code
    }

    /// A letter type.
    static func letterType(_ text: String) throws(InputError) -> LetterType {
        guard let type = LetterType(rawValue: text.lowercased()) else {
            throw .unknownValue(field: "type", text: text, accepted: LetterType.allCases.map(\.rawValue))
        }
        return type
    }

    /// A letter format.
    static func letterFormat(_ text: String, accepted: [LetterFormat]) throws(InputError) -> LetterFormat {
        guard let format = LetterFormat(rawValue: text.lowercased()), accepted.contains(format) else {
            throw .unknownValue(field: "format", text: text, accepted: accepted.map(\.rawValue))
        }
        return format
    }

    /// A whole number in a range.
    static func integer(_ text: String, field: String, in range: ClosedRange<Int>) throws(InputError) -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw .unknownValue(
                field: field, text: text, accepted: ["a whole number from \(range.lowerBound) to \(range.upperBound)"])
        }
        return value
    }

    /// `true` or `false`.
    static func flag(_ text: String, field: String) throws(InputError) -> Bool {
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw .unknownValue(field: field, text: text, accepted: ["true", "false"])
        }
    }

    /// An assignment filter: `me` (the caller), `none` (nobody) or a user name.
    static func assignment(_ text: String, caller: Principal) throws(InputError) -> RequestQuery.Assignment {
        switch text {
        case "me": return .user(caller.name.rawValue)
        case "none": return .nobody
        default:
            guard let name = UserName(text) else {
                throw .unknownValue(field: "assigned", text: text, accepted: ["me", "none", "a user name"])
            }
            return .user(name.rawValue)
        }
    }
}
