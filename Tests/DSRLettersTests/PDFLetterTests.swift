@testable import DSRLetters
import DSRCore
import Foundation
import Testing

/// The PDF form: A4, Helvetica in WinAnsiEncoding, read back by pdftotext with the letter's whole text.
struct PDFLetterTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    /// The document and PDF of a matrix case.
    private func letter(_ item: LetterMatrixTests.Case) throws -> (document: LetterDocument, pdf: [UInt8]) {
        let record = try LetterMatrixTests.record(item)
        let context = try renderer.makeContext(item.type, for: record, controller: LetterFixtures.fullController,
                                               language: item.language, date: LetterFixtures.letterDate(for: item.type))
        return (try renderer.document(of: context), try renderer.file(of: context, format: .pdf))
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing), arguments: LetterMatrixTests.cases)
    func pdftotextGivesBackTheLetter(item: LetterMatrixTests.Case) throws {
        // Given a letter written as PDF
        let (document, pdf) = try letter(item)
        // When pdftotext reads it
        let result = try PDFText.extract(pdf)
        // Then it reads without complaint, and gives back every line of the letter, the body in order
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "pdftotext: \(result.errors)")
        let text = PDFText.collapsed(result.text)
        for line in document.letterhead + document.addressee + document.meta where !line.isEmpty {
            #expect(text.contains(PDFText.collapsed(line)), "\(line)")
        }
        let words = PDFText.words(result.text)
        let body = PDFText.words((document.body.map(\.text) + document.signature).joined(separator: "\n"))
        #expect(PDFText.containsInOrder(words, body))
        #expect(text.contains(try LetterMatrixTests.record(item).caseNumber.description))
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing), arguments: Language.allCases)
    func refusalPDFNamesTheGroundsReferenceAndTheOmbudsmansAddress(language: Language) throws {
        // Given the refusal certificate of case 2026-0003 as PDF
        let pdf = try renderer.renderFile(.refusal, for: LetterFixtures.restrictedRefusal(language),
                                          controller: LetterFixtures.controller, language: language,
                                          date: LetterFixtures.letterDate(), format: .pdf)
        // When pdftotext reads it
        let text = PDFText.collapsed(try PDFText.extract(pdf).text)
        // Then the case number, the ground's legal reference and the Ombudsman's addresses are there
        let ground = try #require(RefusalGround.named(GroundCode(rawValue: "tsl34-1-security-crime")))
        let authority = renderer.authority[language]
        #expect(text.contains("2026-0003"))
        #expect(text.contains(PDFText.collapsed(ground.reference[language])))
        #expect(text.contains(authority.visitingAddress))
        #expect(text.contains(authority.postalAddress))
        #expect(text.contains(authority.name))
        let letters: [Language: [String]] = [.fi: ["ä", "ö", "§"], .sv: ["ä", "ö", "å", "Ä", "§"], .en: ["ä"]]
        for letter in letters[language] ?? [] {
            #expect(text.contains(letter), "\(letter) survives")
        }
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing))
    func euroAndScandinavianLettersSurviveAndOthersBecomeAVisibleReplacement() throws {
        // Given a reason with €, å, š, ž, decomposed ä, Cyrillic, Chinese, an emoji and a right-to-left mark
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.subject.name = "Matti Meika\u{0308}la\u{0308}inen"
        record.refusal?.reason = "Maksu 50 € – Åsa Šostakovič Žukov. Привет 你好 😀 \u{200F}loppu"
        // When it is written as PDF
        let pdf = try renderer.renderFile(.refusal, for: record, controller: LetterFixtures.controller, language: .fi,
                                          date: LetterFixtures.letterDate(), format: .pdf)
        let text = try PDFText.extract(pdf).text
        // Then the Western European characters read back, the rest as question marks, nothing is dropped silently
        #expect(text.contains("Matti Meikäläinen"))
        #expect(text.contains("Maksu 50 € – Åsa Šostakovič Žukov.".replacingOccurrences(of: "č", with: "?")))
        #expect(text.contains("?????? ?? ? ?loppu"))
    }

    @Test func aNameThePDFCannotPrintIsRefusedWithoutNamingIt() throws {
        // Given a data subject whose name has letters outside Windows-1252
        var record = try LetterFixtures.wholeRefusal(.en)
        record.subject.name = "Nguyễn Văn An"
        // When the letter is written as PDF, it is refused; as text and HTML it is written
        #expect(throws: LetterError.notRepresentableInPDF(record.caseNumber,
                                                          fields: ["the data subject's name or address"])) {
            try renderer.renderFile(.refusal, for: record, controller: LetterFixtures.controller, language: .en,
                                    date: LetterFixtures.letterDate(), format: .pdf)
        }
        let message = LetterError.notRepresentableInPDF(record.caseNumber, fields: ["the data subject's name or address"])
            .errorDescription ?? ""
        #expect(!message.contains("Nguy"))
        #expect(message.contains("--format html"))
        _ = try renderer.render(.refusal, for: record, controller: LetterFixtures.controller, language: .en,
                                date: LetterFixtures.letterDate(), format: .html)
    }

    @Test func thePDFIsA4WithStandardFontsAndExactOffsets() throws {
        // Given a PDF letter
        let (_, pdf) = try letter(LetterMatrixTests.Case(type: .refusal, kind: .access, language: .fi))
        let text = String(decoding: pdf, as: UTF8.self)
        // Then it is PDF 1.4 on A4 with Helvetica and Helvetica-Bold in WinAnsiEncoding, and no other font
        #expect(text.hasPrefix("%PDF-1.4\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("/MediaBox [0 0 595 842]"))
        #expect(text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"))
        #expect(text.contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"))
        #expect(text.components(separatedBy: "/Type /Font").count == 3)
        // And every cross-reference entry points at its object, and startxref at the table
        let xref = try #require(text.range(of: "\nxref\n"))
        let startxref = try #require(text.range(of: "startxref\n"))
        let offset = try #require(Int(text[startxref.upperBound...].prefix { $0.isNumber }))
        #expect(Array(pdf[offset..<offset + 4]) == Array("xref".utf8))
        let entries = text[xref.upperBound...].split(separator: "\n").dropFirst(2).prefix { $0.hasSuffix(" n ") }
        #expect(!entries.isEmpty)
        for (index, entry) in entries.enumerated() {
            let position = try #require(Int(entry.prefix(10)))
            let header = Array("\(index + 1) 0 obj\n".utf8)
            #expect(Array(pdf[position..<position + header.count]) == header, "object \(index + 1)")
        }
    }

    @Test func theSameLetterGivesTheSameBytes() throws {
        let item = LetterMatrixTests.Case(type: .accessResponse, kind: .access, language: .sv)
        #expect(try letter(item).pdf == (try letter(item).pdf))
        #expect(!String(decoding: try letter(item).pdf, as: UTF8.self).contains("ModDate"))
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing))
    func aLongLetterBreaksIntoNumberedPagesWithTheFooterOnEach() throws {
        // Given an issued refusal whose reason has 10,000 characters
        var record = try LetterFixtures.wholeRefusal(.en)
        record.refusal?.reason = String(repeating: "The request repeats earlier ones. ", count: 294) + "End."
        let number = LetterNumber(caseNumber: record.caseNumber, sequence: 4)
        let letter = try renderer.issue(.refusal, for: record, controller: LetterFixtures.controller,
                                        profileVersion: 1, language: .en, date: LetterFixtures.letterDate(),
                                        number: number, format: .pdf)
        let pdf = try #require(letter.file(.pdf)?.content)
        // When pdftotext reads it
        let pages = try PDFText.extract(pdf).text.split(separator: "\u{0C}").filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        // Then it has several pages, each numbered "n (N)" and carrying the footer, and the reason is whole
        #expect(pages.count >= 3)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("\(index + 1) (\(pages.count))"))
            #expect(page.contains("Letter number 2026-0001/L4"))
        }
        let words = PDFText.words(pages.joined(separator: "\n"))
        #expect(PDFText.containsInOrder(words, PDFText.words(record.refusal?.reason ?? "")))
    }

    @Test func wrappedLinesFitAndKeepEveryWord() {
        let text = WinAnsi.encode("   Säännös: " + String(repeating: "sana ", count: 60) + String(repeating: "x", count: 300))
        let lines = PDFTextWrapper.wrap(text, font: .regular, size: 10, width: 200)
        #expect(lines.count > 5)
        for line in lines {
            #expect(PDFFont.regular.width(of: line, size: 10) <= 200.001)
            #expect(line.starts(with: Array("   ".utf8)))
        }
        let rejoined = lines.map { String(decoding: $0.drop { $0 == 0x20 }, as: UTF8.self) }.joined(separator: " ")
        #expect(rejoined.split(separator: " ").joined() == String(decoding: text, as: UTF8.self).split(separator: " ").joined())
    }

    @Test func winAnsiCoversFinnishSwedishAndTheEuro() {
        let expected: [Character: UInt8] = ["ä": 0xE4, "ö": 0xF6, "å": 0xE5, "Ä": 0xC4, "Ö": 0xD6, "Å": 0xC5, "é": 0xE9,
                                            "€": 0x80, "š": 0x9A, "ž": 0x9E, "Š": 0x8A, "Ž": 0x8E, "–": 0x96, "”": 0x94,
                                            "§": 0xA7, "…": 0x85]
        for (character, code) in expected {
            #expect(WinAnsi.encode(String(character)) == [code], "\(character)")
        }
        #expect(WinAnsi.encode("č") == [WinAnsi.replacement])
        #expect(WinAnsi.encode("a\u{0308}") == [0xE4])
        #expect(!WinAnsi.canEncode("Nguyễn") && WinAnsi.canEncode("Meikäläinen"))
    }

    @Test func theWidthTablesAreAdobesHelveticaMetrics() {
        #expect(HelveticaMetrics.regular.count == 224 && HelveticaMetrics.bold.count == 224)
        let regular = { (character: Character) in PDFFont.regular.width(of: WinAnsi.encode(String(character)), size: 1000) }
        let bold = { (character: Character) in PDFFont.bold.width(of: WinAnsi.encode(String(character)), size: 1000) }
        #expect(regular(" ") == 278 && regular("a") == 556 && regular("i") == 222 && regular("W") == 944)
        #expect(regular("ä") == 556 && regular("€") == 556 && regular("@") == 1015)
        #expect(bold("i") == 278 && bold("ö") == 611 && bold("@") == 975)
    }
}
