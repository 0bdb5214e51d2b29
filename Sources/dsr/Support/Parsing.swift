import DSRCore

/// Conversions from command-line text to domain values, failing with invalid-data errors (exit 65).
enum Parse {
    /// A request kind by any accepted name.
    static func kind(_ text: String) throws -> RequestKind {
        guard let kind = RequestKind(name: text) else {
            throw InputError.unknownValue(
                field: "kind", text: text,
                accepted: RequestKind.allCases.map { "\($0.rawValue) (\($0.aliases[1]))" })
        }
        return kind
    }

    /// A case number such as 2026-0042.
    ///
    /// A number written as a case number (four digits, a hyphen, one to nine digits, not all zeros) that no register
    /// can hold, such as `1999-9999` from before case numbers began, is not found (exit 66) rather than malformed.
    static func caseNumber(_ text: String) throws -> CaseNumber {
        if let caseNumber = CaseNumber(text) { return caseNumber }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, (1...9).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            let year = Int(parts[0]), let sequence = Int(parts[1]), sequence > 0
        {
            throw StoreError.unknownCase(CaseNumber(year: year, sequence: sequence))
        }
        throw InputError.unknownValue(field: "case number", text: text, accepted: ["YYYY-NNNN, for example 2026-0042"])
    }

    /// A date in ISO or Finnish form (`2026-10-05`, `5.10.2026`, `05.10.2026`), in the years dsr accepts (``CivilDate/acceptedYears``).
    static func date(_ text: String, field: String) throws -> CivilDate {
        try CivilDate.given(text, field: field)
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

    /// A channel by its code or its Finnish, Swedish or English name (`post`, `posti`, `sähköposti`), as `dsr import`
    /// reads it.
    static func channel(_ text: String) throws -> Channel {
        guard let channel = Channel(name: text) else {
            throw InputError.unknownValue(
                field: "--channel", text: text,
                accepted: Channel.allCases.map { "\($0.rawValue) (\($0.names.fi))" })
        }
        return channel
    }
}

extension Parse {
    /// How a letter was sent, by its code or its Finnish or Swedish word (`post`, `posti`, `sähköposti`), as
    /// `dsr import` reads Finnish words.
    static func dispatchChannel(_ text: String) throws -> DispatchChannel {
        guard let channel = DispatchChannel(name: text) else {
            throw InputError.unknownValue(
                field: "--via", text: text,
                accepted: DispatchChannel.allCases.map { "\($0.rawValue) (\($0.names[1]))" })
        }
        return channel
    }
}
