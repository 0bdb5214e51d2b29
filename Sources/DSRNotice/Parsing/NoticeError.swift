import DSRCore
import Foundation

/// Why a file cannot be read as a privacy notice. Messages never quote the notice's content.
///
/// A file that is readable text but has no recognisable heading is not an error: it parses to an empty profile
/// and the linter reports `unrecognised-notice`.
public enum NoticeError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The file has no bytes, or only blank lines.
    case empty
    /// The file is larger than ``NoticeParser/maximumSize``.
    case tooLarge(bytes: Int, limit: Int)
    /// The file is a binary or office document, not text; `kind` names it when recognised ("PDF", "Word").
    case binary(kind: String?)
    /// The file is neither valid UTF-8, UTF-16 nor plausible Windows-1252; `offset` is the first bad byte.
    case invalidEncoding(offset: Int)

    /// Every notice error is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What was wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .empty:
            "the notice file is empty; export the privacy notice as text, Markdown or HTML and give that file."
        case .tooLarge(let bytes, let limit):
            "the notice file is \(Self.megabytes(bytes)) MB, more than the \(Self.megabytes(limit)) MB dsr reads; "
                + "give the privacy notice itself (a notice is normally under 100 kB), not an archive or a site dump."
        case .binary(let kind?):
            "the notice file is a \(kind) file, not text; save the privacy notice as plain text (.txt), "
                + "Markdown (.md) or HTML (.html) and give that file."
        case .binary(nil):
            "the notice file contains binary data, not text; save the privacy notice as plain text (.txt), "
                + "Markdown (.md) or HTML (.html) and give that file."
        case .invalidEncoding(let offset):
            "the notice file is not valid UTF-8 (first bad byte at offset \(offset)) and mixes encodings; "
                + "re-save it as UTF-8 and try again."
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }
}
