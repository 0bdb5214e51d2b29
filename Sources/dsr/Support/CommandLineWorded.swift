import DSRCore
import Foundation

/// A library error that the command line words itself: the libraries describe a failure in domain words and carry
/// its data (case number, field, allowed values); only the tool knows its commands and options, so the advice with
/// `dsr …` and `--flag` text lives here, one file per error type under Support/Wording (`TypeName+CommandLine.swift`).
///
/// ``reportingFailures(_:)-(()->Void)`` prints ``commandLineMessage`` and exits with the code of the error's category.
protocol CommandLineWorded: LocalizedErrorWithCategory {
    /// The one-line message for standard error (without the `Error: ` prefix): what went wrong and what to do, with
    /// the command or option to use. Never personal data: case numbers, field names and counts only.
    var commandLineMessage: String { get }
}

extension CommandLineWorded {
    /// The library's own message, for the cases where the tool has no command or option to add: a wording file
    /// returns it rather than repeating the text.
    var domainMessage: String {
        errorDescription ?? "failed"
    }
}
