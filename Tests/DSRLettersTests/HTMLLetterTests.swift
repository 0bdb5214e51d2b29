import DSRCore
import DSRLetters
import Foundation
import Testing

/// The printable HTML page: structured (address blocks, headings, sections, lists), self-contained, A4 with page
/// numbers in print, valid for tidy and html5lib, and every recorded value escaped.
struct HTMLLetterTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    private func html(
        _ record: RequestRecord, _ language: Language, type: LetterType = .refusal,
        controller: ControllerProfile = LetterFixtures.controller
    ) throws -> String {
        try renderer.render(
            type, for: record, controller: controller, language: language,
            date: LetterFixtures.letterDate(for: type), format: .html)
    }

    /// The HTML-escaped form of a text, as the page must contain it.
    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test(arguments: Language.allCases)
    func refusalPage(language: Language) throws {
        // Given the § 34 refusal
        let record = try LetterFixtures.restrictedRefusal(language)
        // When it is written as HTML
        let page = try html(record, language)
        // Then it is one self-contained A4 page holding the same text as the plain letter
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        #expect(page.contains("@page { size: A4;"))
        for external in ["<script", "<link", "src=", "@import", "url("] { #expect(!page.contains(external)) }
        #expect(
            page.contains(
                "<address class=\"addressee\">Matti Meikäläinen<br>\nKotikatu 2 A 3<br>\n00200 Helsinki</address>"))
        #expect(page.contains("counter(page)"))
        #expect(page.contains("<h1>" + escaped(LetterType.refusal.titles[language].uppercased()) + "</h1>"))
        #expect(page.components(separatedBy: "<section>\n<h2>").count >= 6)
        #expect(page.contains("<ol>\n<li>"))
        #expect(page.contains("2026-0003"))
        #expect(page.contains(renderer.authority[language].visitingAddress))
        #expect(
            page.contains(
                escaped(
                    try #require(RefusalGround.named(GroundCode(rawValue: "tsl34-1-security-crime")))
                        .reference[language])))
        Snapshot.expect(page, matches: "refusalPage.\(language.rawValue)", extension: "html")
    }

    @Test(arguments: CorrespondenceTests.types)
    func everyLetterHasAPage(type: LetterType) throws {
        let record = try LetterFixtures.record(for: type, language: .sv)
        let page = try html(record, .sv, type: type, controller: LetterFixtures.fullController)
        #expect(
            page.contains("<title>" + escaped(type.titles[.sv]) + " – " + record.caseNumber.description + "</title>"))
        #expect(page.contains("<main class=\"body\">\n<h1>" + escaped(type.titles[.sv].uppercased()) + "</h1>\n"))
        #expect(
            page.contains(
                "<footer class=\"signature\">\n<p>Med vänlig hälsning</p>\n<p>Maija Virtanen<br>\nEsimerkki Oy<br>\n"))
        #expect(!page.contains("{{"))
    }

    @Test(arguments: Array(HostileTextTests.samples.indices))
    func hostileTextIsEscapedEverywhere(index: Int) throws {
        // Given hostile text in every recorded value the page prints
        let text = HostileTextTests.samples[index]
        var record = try LetterFixtures.partialRefusal(.fi)
        record.subject.name = text
        record.subject.address = text
        record.refusal?.reason = text
        record.refusal?.granted = text
        let controller = ControllerProfile(
            name: text, businessID: text, address: text, email: text,
            contactPerson: text, contactDetails: text)
        // When the page is written
        let page = try html(record, .fi, controller: controller)
        // Then each value appears escaped, never raw, and the page's own markup is intact
        // (a text of several lines as lines of its own)
        for line in text.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(page.components(separatedBy: escaped(String(line))).count - 1 >= 9, "\(line)")
        }
        if text.contains("<") { #expect(!page.contains(text)) }
        #expect(!page.contains("<script>") && !page.contains("<b>"))
        #expect(page.components(separatedBy: "<main class=\"body\">").count == 2)
        #expect(page.hasSuffix("</article>\n</body>\n</html>\n"))
    }

    /// Every letter type in every language, with the fixture case of the type.
    static let pages: [LetterMatrixTests.Case] = LetterType.allCases.flatMap { type in
        Language.allCases.map { language in
            LetterMatrixTests.Case(
                type: type, kind: RequestKind.allCases.first { type.applies(to: $0) } ?? .access,
                language: language)
        }
    }

    @Test(.enabled(if: HTMLCheck.isAvailable, HTMLCheck.missing), arguments: pages)
    func everyPagePassesTidyAndParsesStrictlyWithHTML5Lib(item: LetterMatrixTests.Case) throws {
        // Given a letter as HTML, its text on one line, with an ampersand and quotes
        var record = try LetterMatrixTests.record(item)
        record.subject.name = "Jiří \"Jirka\" Dvořák & Łukasz Żółć"
        let page = try renderer.render(
            item.type, for: record, controller: LetterFixtures.fullController,
            language: item.language, date: LetterFixtures.letterDate(for: item.type),
            format: .html)
        // When tidy and html5lib check it, then tidy finds no error and html5lib no parse error
        let tidy = try HTMLCheck.tidy(page)
        #expect(tidy.status < 2, "tidy: \(tidy.output)")
        let html5lib = try HTMLCheck.html5lib(page)
        #expect(html5lib.status == 0, "html5lib: \(html5lib.output)")
        #expect(page.contains("Jiří &quot;Jirka&quot; Dvořák &amp; Łukasz Żółć"))
    }

    @Test func theBodyIsStructuredIntoSectionsParagraphsLinesAndLists() throws {
        // Given the acknowledgement, with its "what happens next" list
        let record = try LetterFixtures.record(for: .acknowledgement, language: .en)
        let page = try html(record, .en, type: .acknowledgement, controller: LetterFixtures.fullController)
        // Then the particulars are a block of lines, the list an unordered list, each section with its heading
        #expect(page.contains("<section>\n<h2>Request</h2>\n<p class=\"lines\">Type of request: access request<br>\n"))
        #expect(page.contains("<section>\n<h2>What happens next</h2>\n<ul>\n<li>If we have reasonable doubts"))
        #expect(page.contains("\"Page \" counter(page) \" of \" counter(pages)"))
        #expect(!page.contains("white-space: pre"))
    }

    @Test(arguments: pages)
    func everyPageIsPinned(item: LetterMatrixTests.Case) throws {
        // Given the realistic case of a letter type, when it is written as HTML, then it is the committed page
        let record = try LetterFixtures.record(for: item.type, language: item.language)
        let page = try html(record, item.language, type: item.type, controller: LetterFixtures.fullController)
        Snapshot.expect(page, matches: "pages/\(item.type.rawValue).\(item.language.rawValue)", extension: "html")
    }
}
