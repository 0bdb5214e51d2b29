/// How serious a lint finding is. Any ``error`` makes `dsr notice lint` exit with status 1.
public enum Severity: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// The notice contradicts current law or lacks information the GDPR requires.
    case error
    /// The notice is probably wrong or misleading; check it.
    case warning
    /// Worth knowing; no change required.
    case info

    /// Errors sort first, then warnings, then infos.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }
}
