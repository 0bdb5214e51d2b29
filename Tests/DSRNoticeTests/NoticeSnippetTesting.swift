import DSRCore
import Foundation

@testable import DSRNotice

/// What the tests of each round's causes share (issue 16): the notice a snippet written in the test gives, the lint
/// rules it breaks, and an HTML notice around a controller's section.
protocol NoticeSnippetTesting {}

extension NoticeSnippetTesting {
    /// The notice parsed from a snippet.
    func parse(_ text: String) throws -> ParsedNotice {
        try NoticeParser().parse(Data(text.utf8))
    }

    /// The rules lint reports for a snippet's notice.
    func rules(_ text: String) throws -> Set<String> {
        Set(try NoticeLinter().lint(try parse(text)).map(\.rule))
    }

    /// An HTML notice with a controller's section (`heading`, one paragraph `controller`), the register's name, and
    /// `body` after them.
    func page(heading: String = "Rekisterinpitäjä", controller: String, body: String = "") -> String {
        "<html><body>\n<h1>Tietosuojaseloste</h1>\n<h2>\(heading)</h2>\n<p>\(controller)</p>\n"
            + "<h2>Rekisterin nimi</h2>\n<p>Asiakasrekisteri</p>\n\(body)</body></html>\n"
    }
}
