import DSRCore
import Testing

@testable import DSRLetters

/// The structured form: how the lines of a body become blocks.
struct LetterBlockTests {
    @Test func linesBecomeTitleHeadingsParagraphsBlocksOfLinesAndLists() throws {
        let lines = [
            "TITLE", "Article 12(4)", "", "Request", "Type: access", "Received: 5.3.2026", "", "One paragraph.",
            "", "Grounds", "1. First", "   Provision: § 1", "2. Second", "", "- a", "- b", "Not an item",
        ]
        let body = LetterDocument.body(lines, headings: ["Request", "Grounds"])
        let document = LetterDocument(
            language: .en, caseNumber: "2026-0001", title: "T",
            date: try #require(CivilDate(year: 2026, month: 3, day: 20)),
            letterhead: [], addressee: [], meta: [], body: body, signature: [], footer: [])
        #expect(
            document.blocks == [
                .title("TITLE", subtitle: ["Article 12(4)"]),
                .heading("Request"), .lines(["Type: access", "Received: 5.3.2026"]),
                .paragraph("One paragraph."),
                .heading("Grounds"), .list(ordered: true, items: [["First", "Provision: § 1"], ["Second"]]),
                .list(ordered: false, items: [["a"], ["b"]]), .paragraph("Not an item"),
            ])
    }

    @Test(arguments: LetterMatrixTests.cases)
    func noLineOfTheBodyIsLost(item: LetterMatrixTests.Case) throws {
        // Given a letter of the matrix, its body's words are the words of its blocks, list markers aside
        let renderer = try LetterRenderer()
        let context = try renderer.makeContext(
            item.type, for: try LetterMatrixTests.record(item),
            controller: LetterFixtures.fullController, language: item.language,
            date: LetterFixtures.letterDate(for: item.type))
        let document = try renderer.document(of: context)
        let words = document.body.flatMap { line -> [Substring] in
            var text = Substring(line.text)
            if let marker = LetterBlock.listMarker(line.text) { text = text.dropFirst(marker.length) }
            return text.split(separator: " ")
        }
        let blockWords = PDFLetterTests.texts(of: document.blocks).flatMap { $0.split(separator: " ") }
        #expect(words == blockWords)
    }
}
