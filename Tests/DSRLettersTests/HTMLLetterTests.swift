import DSRCore
import DSRLetters
import Foundation
import Testing

/// The printable HTML page: self-contained, A4, and every recorded value escaped.
struct HTMLLetterTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    private func html(_ record: RequestRecord, _ language: Language, type: LetterType = .refusal,
                      controller: ControllerProfile = LetterFixtures.controller) throws -> String {
        try renderer.render(type, for: record, controller: controller, language: language,
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
        #expect(page.contains("<div class=\"address\">Matti Meikäläinen\nKotikatu 2 A 3\n00200 Helsinki\n</div>"))
        #expect(page.contains("2026-0003"))
        #expect(page.contains(renderer.authority[language].visitingAddress))
        #expect(page.contains(escaped(try #require(RefusalGround.named(GroundCode(rawValue: "tsl34-1-security-crime")))
            .reference[language])))
        let text = try renderer.render(.refusal, for: record, controller: LetterFixtures.controller, language: language,
                                       date: LetterFixtures.letterDate())
        let body = try #require(text.components(separatedBy: "\n\n").dropFirst(3).first)
        #expect(page.contains(escaped(body)))
        Snapshot.expect(page, matches: "refusalPage.\(language.rawValue)", extension: "html")
    }

    @Test(arguments: CorrespondenceTests.types)
    func everyLetterHasAPage(type: LetterType) throws {
        let record = try LetterFixtures.record(for: type, language: .sv)
        let page = try html(record, .sv, type: type, controller: LetterFixtures.fullController)
        #expect(page.contains("<title>" + escaped(type.titles[.sv]) + " – " + record.caseNumber.description + "</title>"))
        #expect(page.contains("<main class=\"body\">" + escaped(type.titles[.sv].uppercased()) + "\n"))
        #expect(page.contains("<footer class=\"signature\">Med vänlig hälsning\n\nMaija Virtanen\nEsimerkki Oy\n"))
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
        let controller = ControllerProfile(name: text, businessID: text, address: text, email: text,
                                           contactPerson: text, contactDetails: text)
        // When the page is written
        let page = try html(record, .fi, controller: controller)
        // Then each value appears escaped, never raw, and the page's own markup is intact
        #expect(page.components(separatedBy: escaped(text)).count - 1 >= 9)
        if text.contains("<") { #expect(!page.contains(text)) }
        #expect(!page.contains("<script>") && !page.contains("<b>"))
        #expect(page.components(separatedBy: "<main class=\"body\">").count == 2)
        #expect(page.hasSuffix("</article>\n</body>\n</html>\n"))
    }
}
