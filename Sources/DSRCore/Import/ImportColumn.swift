/// A column of an import or export file: what the header names, in English or Finnish.
///
/// Header names are matched ignoring case, diacritics, spaces, dashes and underscores, so `Sähköposti`,
/// `sahkoposti` and `SÄHKÖPOSTI` are the same column. docs/import.md documents each column.
public enum ImportColumn: String, Sendable, CaseIterable, Hashable {
    /// The controller's own reference; identifies the request when a file is imported again.
    case reference
    /// The request kind, by any name `dsr register` accepts (required).
    case kind
    /// The day the request was received, `2026-11-05` or `5.11.2026` (required).
    case received
    /// The data subject's name (required).
    case name
    /// Their e-mail address.
    case email
    /// Their telephone number.
    case phone
    /// Their postal address (may span lines inside quotes).
    case address
    /// The language to answer in: `fi`, `sv` or `en`.
    case language
    /// How the request arrived: `email`, `post`, `web-form`, `phone` or `in-person`.
    case channel
    /// For an objection: whether it is against direct marketing.
    case directMarketing = "direct_marketing"
    /// A free-text note.
    case note
    /// The workflow state the request is in.
    case state
    /// The day the request was acknowledged.
    case acknowledged
    /// The day the Art. 12(3) extension was taken.
    case extended
    /// Why the extension was needed.
    case extensionReason = "extension_reason"
    /// The day the request was closed.
    case closed
    /// How it ended: `completed`, `refused` or `withdrawn`.
    case outcome
    /// The case number, written by `dsr export`; an import gives new case numbers and ignores it.
    case caseNumber = "case"
    /// For a request whose clock is paused (`awaiting-identity`, `awaiting-clarification`): the day the pause began.
    case paused

    /// The columns `dsr export` writes, in order.
    public static let exportOrder: [ImportColumn] = [
        .caseNumber, .reference, .kind, .received, .name, .email, .phone, .address, .language, .channel,
        .directMarketing, .note, .state, .acknowledged, .extended, .extensionReason, .paused, .closed, .outcome,
    ]

    /// The column's place in ``allCases``, for tables indexed by column.
    public var ordinal: Int {
        switch self {
        case .reference: 0
        case .kind: 1
        case .received: 2
        case .name: 3
        case .email: 4
        case .phone: 5
        case .address: 6
        case .language: 7
        case .channel: 8
        case .directMarketing: 9
        case .note: 10
        case .state: 11
        case .acknowledged: 12
        case .extended: 13
        case .extensionReason: 14
        case .closed: 15
        case .outcome: 16
        case .caseNumber: 17
        case .paused: 18
        }
    }

    /// The columns a file must have.
    public static let required: [ImportColumn] = [.kind, .received, .name]

    /// The column's Finnish header name.
    public var finnishName: String {
        switch self {
        case .reference: "viite"
        case .kind: "laji"
        case .received: "saapunut"
        case .name: "nimi"
        case .email: "sähköposti"
        case .phone: "puhelin"
        case .address: "osoite"
        case .language: "kieli"
        case .channel: "kanava"
        case .directMarketing: "suoramarkkinointi"
        case .note: "huomautus"
        case .state: "tila"
        case .acknowledged: "kuitattu"
        case .extended: "jatkettu"
        case .extensionReason: "jatkamisen_syy"
        case .closed: "suljettu"
        case .outcome: "lopputulos"
        case .caseNumber: "asianumero"
        case .paused: "keskeytetty"
        }
    }

    /// Every header name accepted for the column, before folding case and diacritics.
    public var headerNames: [String] {
        var names = [rawValue, finnishName]
        switch self {
        case .reference: names += ["ref", "viitenumero", "tunniste", "id"]
        case .kind: names += ["type", "request", "pyyntö", "pyynnön laji", "tyyppi"]
        case .received: names += ["received on", "saapumispäivä", "vastaanotettu"]
        case .email: names += ["e-mail", "e-posti", "sposti"]
        case .phone: names += ["telephone", "puhelinnumero"]
        case .note: names += ["notes", "lisätiedot", "huom"]
        case .acknowledged: names += ["kuittaus"]
        case .extensionReason: names += ["jatkon syy"]
        case .closed: names += ["closed on", "päättynyt", "ratkaistu"]
        case .outcome: names += ["result", "tulos"]
        case .caseNumber: names += ["case number", "asia"]
        case .paused: names += ["paused on", "pause", "keskeytys"]
        case .name, .address, .language, .channel, .directMarketing, .state, .extended: break
        }
        return names
    }

    /// Finds the column a header names, ignoring case, diacritics, spaces, dashes and underscores.
    public init?(header: String) {
        let folded = TextFolding.fold(header)
        guard !folded.isEmpty, let column = Self.byFoldedName[folded] else { return nil }
        self = column
    }

    /// Every accepted header name, folded, to its column.
    private static let byFoldedName: [String: ImportColumn] = {
        var table: [String: ImportColumn] = [:]
        for column in allCases {
            for name in column.headerNames { table[TextFolding.fold(name)] = column }
        }
        return table
    }()
}

extension ImportColumn {
    /// The column whose accepted name is nearest to a header name that names none, by edit distance over names
    /// folded for case and diacritics (``TextFolding``); `nil` if none is close enough to be what was meant.
    public static func closest(to header: String) -> ImportColumn? {
        let folded = TextFolding.fold(header)
        guard !folded.isEmpty else { return nil }
        var best: (column: ImportColumn, distance: Int)?
        for (name, column) in byFoldedName.sorted(by: { $0.key < $1.key }) {
            let distance = EditDistance.between(folded, name)
            guard EditDistance.isClose(distance, length: max(folded.count, name.count)) else { continue }
            if best == nil || distance < best?.distance ?? .max { best = (column, distance) }
        }
        return best?.column
    }

    /// Of header names that name no column, the one nearest to this column's names, if one is close enough.
    public func closest(among headers: [ImportHeaderProblem.UnknownHeader]) -> ImportHeaderProblem.UnknownHeader? {
        var best: (header: ImportHeaderProblem.UnknownHeader, distance: Int)?
        let names = headerNames.map(TextFolding.fold)
        for header in headers {
            let folded = TextFolding.fold(header.name)
            guard !folded.isEmpty else { continue }
            for name in names {
                let distance = EditDistance.between(folded, name)
                guard EditDistance.isClose(distance, length: max(folded.count, name.count)) else { continue }
                if best == nil || distance < best?.distance ?? .max { best = (header, distance) }
            }
        }
        return best?.header
    }
}
