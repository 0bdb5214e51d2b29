import DSRCore

/// The tool's wording of an anchor that cannot be read: which option or file, and the commands that write anchors.
extension ChainAnchorError: CommandLineWorded {
    /// The message for an anchor error.
    var commandLineMessage: String {
        let written = "as 'dsr audit anchor' and 'dsr backup' write it."
        return switch self {
        case .malformed(nil, _):
            "the --anchor value holds no anchor line; an anchor is one line \(Self.lineFormat), \(written)"
        case .malformed(let path?, nil):
            "\(path) holds no anchor line; an anchor is one line \(Self.lineFormat), \(written)"
        case .malformed(let path?, let line?):
            "line \(line) of \(path) is not an anchor line; an anchor is one line \(Self.lineFormat), \(written)"
        case .missing, .unreadable, .noAnchorFiles:
            errorDescription ?? "the anchors cannot be read."
        }
    }
}
