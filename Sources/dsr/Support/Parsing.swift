import DSRCore

/// Conversions from command-line text to domain values, failing with invalid-data errors (exit 65).
enum Parse {
    /// A request kind by any accepted name.
    static func kind(_ text: String) throws -> RequestKind {
        guard let kind = RequestKind(name: text) else {
            throw InputError.unknownValue(field: "kind", text: text,
                                          accepted: RequestKind.allCases.map { "\($0.rawValue) (\($0.aliases[1]))" })
        }
        return kind
    }

    /// A case number such as 2026-0042.
    static func caseNumber(_ text: String) throws -> CaseNumber {
        guard let caseNumber = CaseNumber(text) else {
            throw InputError.unknownValue(field: "case number", text: text, accepted: ["YYYY-NNNN, for example 2026-0042"])
        }
        return caseNumber
    }

    /// A date in ISO or Finnish form.
    static func date(_ text: String, field: String) throws -> CivilDate {
        guard let date = CivilDate(parsing: text) else { throw InputError.invalidDate(field: field, text: text) }
        return date
    }

    /// An optional date, defaulting to `fallback`.
    static func date(_ text: String?, field: String, default fallback: CivilDate) throws -> CivilDate {
        guard let text else { return fallback }
        return try date(text, field: field)
    }

    /// A workflow state: one of the kind's states, or of any kind's if none is given.
    static func state(_ text: String, kind: RequestKind?) throws -> StateID {
        let catalog = try WorkflowCatalog.builtIn()
        let kinds = kind.map { [$0] } ?? RequestKind.allCases
        let states = Set(kinds.flatMap { catalog[$0].states.map(\.id) })
        let state = StateID(text.lowercased())
        guard states.contains(state) else {
            throw InputError.unknownValue(field: "--state", text: text, accepted: states.map(\.rawValue).sorted())
        }
        return state
    }

    /// A language code.
    static func language(_ text: String) throws -> Language {
        guard let language = Language(code: text) else {
            throw InputError.unknownValue(field: "--language", text: text, accepted: Language.allCases.map(\.rawValue))
        }
        return language
    }

    /// A channel name.
    static func channel(_ text: String) throws -> Channel {
        guard let channel = Channel(rawValue: text.lowercased()) else {
            throw InputError.unknownValue(field: "--channel", text: text, accepted: Channel.allCases.map(\.rawValue))
        }
        return channel
    }
}
