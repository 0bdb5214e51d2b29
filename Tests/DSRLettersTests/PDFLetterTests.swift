import DSRCore
import Foundation
import Testing

@testable import DSRLetters

/// The PDF form: PDF/A-2b on A4 with DejaVu Sans embedded, read back by pdftotext with the letter's whole text,
/// every name included.
struct PDFLetterTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    /// The texts of blocks in order, without list markers (the PDF prints bullets and numbers of its own).
    static func texts(of blocks: [LetterBlock]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .title(let text, let subtitle): [text] + subtitle
            case .heading(let text), .paragraph(let text): [text]
            case .lines(let lines): lines
            case .list(_, let items): items.flatMap { $0 }
            }
        }
    }

    /// The document and PDF of a matrix case.
    private func letter(_ item: LetterMatrixTests.Case) throws -> (document: LetterDocument, pdf: [UInt8]) {
        let record = try LetterMatrixTests.record(item)
        let context = try renderer.makeContext(
            item.type, for: record, controller: LetterFixtures.fullController,
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
        let body = PDFText.words((Self.texts(of: document.blocks) + document.signature).joined(separator: "\n"))
        #expect(PDFText.containsInOrder(words, body))
        #expect(text.contains(try LetterMatrixTests.record(item).caseNumber.description))
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing), arguments: Language.allCases)
    func refusalPDFNamesTheGroundsReferenceAndTheOmbudsmansAddress(language: Language) throws {
        // Given the refusal certificate of case 2026-0003 as PDF
        let pdf = try renderer.renderFile(
            .refusal, for: LetterFixtures.restrictedRefusal(language),
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
    func everyEuropeanLetterSurvivesAndOthersBecomeAVisibleReplacement() throws {
        // Given a reason with €, å, š, ž, č, decomposed ä, Cyrillic, Chinese and a right-to-left mark
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.subject.name = "Matti Meika\u{0308}la\u{0308}inen"
        record.refusal?.reason = "Maksu 50 € – Åsa Šostakovič Žukov. Привет 你好 \u{200F}loppu"
        // When it is written as PDF
        let pdf = try renderer.renderFile(
            .refusal, for: record, controller: LetterFixtures.controller, language: .fi,
            date: LetterFixtures.letterDate(), format: .pdf)
        let text = try PDFText.extract(pdf).text
        // Then the Latin and Cyrillic letters read back, the Chinese as question marks, and the invisible mark is
        // left out
        #expect(text.contains("Matti Meikäläinen"))
        #expect(text.contains("Maksu 50 € – Åsa Šostakovič Žukov. Привет ?? loppu"))
    }

    /// Names with Czech, Polish, Vietnamese and Sámi letters, none of them in Windows-1252.
    static let names = [
        "Jiří Dvořák", "Łukasz Żółć", "Nguyễn Văn An", "Máret Ŋuolja-Čiekčá", "Ánde Đuđđá Ŧuŧŧi",
        "Ǯiǯǯ Ǧǥǧ Ǩǩ Ʒʒ Šárá Žánná",
    ]

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing), arguments: names)
    func everyNamePrintsAndReadsBack(name: String) throws {
        // Given a data subject and a contact person whose names are outside Windows-1252
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.subject.name = name
        var controller = LetterFixtures.controller
        controller.contactPerson = name
        // When the letter is written as PDF
        let pdf = try renderer.renderFile(
            .refusal, for: record, controller: controller, language: .fi,
            date: LetterFixtures.letterDate(), format: .pdf)
        // Then pdftotext reads the name back from the address block and the signature
        let result = try PDFText.extract(pdf)
        #expect(result.errors.isEmpty, "pdftotext: \(result.errors)")
        #expect(result.text.components(separatedBy: name).count >= 3, "\(name)")
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing))
    func pdffontsShowsEveryFontEmbeddedAsASubsetWithAToUnicodeMap() throws {
        // Given a PDF letter with a Czech name
        var record = try LetterFixtures.wholeRefusal(.sv)
        record.subject.name = "Jiří Dvořák"
        let pdf = try renderer.renderFile(
            .refusal, for: record, controller: LetterFixtures.fullController,
            language: .sv, date: LetterFixtures.letterDate(), format: .pdf)
        // When pdffonts lists its fonts
        let result = try PDFText.run("pdffonts", [], on: pdf)
        #expect(result.status == 0 && result.errors.isEmpty, "pdffonts: \(result.errors)")
        let rows = result.text.split(separator: "\n").dropFirst(2)
        // Then there are the two DejaVu fonts, each a CID TrueType subset, embedded, with a ToUnicode map
        #expect(rows.count == 2)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count == 9, "\(row)")
            guard columns.count == 9 else { continue }
            #expect(columns[0].dropFirst(7).hasPrefix("DejaVuSans"), "\(row)")
            #expect(columns[0].prefix(7).allSatisfy { $0.isUppercase || $0 == "+" }, "\(row)")
            #expect(columns[1] == "CID" && columns[2] == "TrueType" && columns[3] == "Identity-H", "\(row)")
            #expect(columns[4] == "yes" && columns[5] == "yes" && columns[6] == "yes", "emb sub uni: \(row)")
        }
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing))
    func pdfinfoReadsAPDFA2bFileOnA4WithTheLettersDate() throws {
        // Given a PDF letter dated 20.3.2026
        let (_, pdf) = try letter(LetterMatrixTests.Case(type: .refusal, kind: .access, language: .en))
        // When pdfinfo reads it and its metadata
        let info = try PDFText.run("pdfinfo", ["-isodates"], on: pdf)
        let metadata = try PDFText.run("pdfinfo", ["-meta"], on: pdf)
        // Then it is PDF 1.7 on A4, created on the letter's date, and declares PDF/A-2b in its XMP metadata
        #expect(info.status == 0 && info.errors.isEmpty, "pdfinfo: \(info.errors)")
        #expect(info.text.contains("PDF version:     1.7"))
        #expect(info.text.contains("Page size:       595 x 842 pts (A4)"))
        #expect(info.text.contains("CreationDate:    2026-03-20T00:00:00Z"))
        #expect(info.text.contains("Encrypted:       no"))
        #expect(metadata.text.contains("<pdfaid:part>2</pdfaid:part>"))
        #expect(metadata.text.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
        #expect(metadata.text.contains("<xmp:CreateDate>2026-03-20T00:00:00+00:00</xmp:CreateDate>"))
    }

    @Test func aNameThePDFCannotPrintIsRefusedWithoutNamingIt() throws {
        // Given a data subject whose name is in Chinese script, which the PDF font lacks
        var record = try LetterFixtures.wholeRefusal(.en)
        record.subject.name = "王秀英"
        // When the letter is written as PDF, it is refused; as text and HTML it is written
        #expect(
            throws: LetterError.notRepresentableInPDF(
                record.caseNumber,
                fields: ["the data subject's name or address"])
        ) {
            try renderer.renderFile(
                .refusal, for: record, controller: LetterFixtures.controller, language: .en,
                date: LetterFixtures.letterDate(), format: .pdf)
        }
        let message =
            LetterError.notRepresentableInPDF(record.caseNumber, fields: ["the data subject's name or address"])
            .errorDescription ?? ""
        #expect(!message.contains("王"))
        #expect(message.contains("Write the letter as HTML or text"))
        _ = try renderer.render(
            .refusal, for: record, controller: LetterFixtures.controller, language: .en,
            date: LetterFixtures.letterDate(), format: .html)
    }

    @Test func thePDFIsPDFA2bOnA4WithEmbeddedFontsAndExactOffsets() throws {
        // Given a PDF letter
        let (_, pdf) = try letter(LetterMatrixTests.Case(type: .refusal, kind: .access, language: .fi))
        let text = String(decoding: pdf, as: UTF8.self)
        // Then it is PDF 1.7 on A4 with two Type 0 fonts over embedded CIDFontType2 subsets with ToUnicode maps
        #expect(text.hasPrefix("%PDF-1.7\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("/MediaBox [0 0 595 842]"))
        #expect(text.components(separatedBy: "/Subtype /Type0 ").count == 3)
        #expect(text.components(separatedBy: "/Subtype /CIDFontType2 ").count == 3)
        #expect(text.components(separatedBy: "/CIDToGIDMap /Identity").count == 3)
        #expect(text.components(separatedBy: "/FontFile2 ").count == 3)
        #expect(text.components(separatedBy: "/ToUnicode ").count == 3)
        #expect(!text.contains("/Helvetica"))
        // And it is PDF/A-2b: XMP metadata, an sRGB output intent with its ICC profile, a file identifier, and no
        // encryption
        #expect(text.contains("/Metadata 4 0 R"))
        #expect(
            text.contains("<pdfaid:part>2</pdfaid:part>") && text.contains("<pdfaid:conformance>B</pdfaid:conformance>")
        )
        #expect(text.contains("/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 "))
        #expect(text.contains("<< /N 3 /Length 6922 >>"))
        #expect(text.contains("/ID [<"))
        #expect(!text.contains("/Encrypt"))
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
        let letter = try renderer.issue(
            .refusal, for: record, controller: LetterFixtures.controller,
            profileVersion: 1, language: .en, date: LetterFixtures.letterDate(),
            number: number, format: .pdf)
        let pdf = try #require(letter.file(.pdf)?.content)
        // When pdftotext reads it
        let pages = try PDFText.extract(pdf).text.split(separator: "\u{0C}").filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        // Then it has several pages, each numbered "Page n of N" and carrying the footer, and the reason is whole
        #expect(pages.count >= 3)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pages.count)"))
            #expect(page.contains("Letter number 2026-0001/L4"))
        }
        let words = PDFText.words(pages.joined(separator: "\n"))
        #expect(PDFText.containsInOrder(words, PDFText.words(record.refusal?.reason ?? "")))
    }

    @Test func noPageBreakFallsInsideTheOmbudsmansAddressOrTheSignature() throws {
        // Given refusals whose reasons grow a line at a time, so that the page break moves through the letter's end
        let authority = renderer.authority[.fi]
        var pageCounts: Set<Int> = []
        for words in stride(from: 300, through: 700, by: 12) {
            var record = try LetterFixtures.wholeRefusal(.fi)
            record.refusal?.reason = String(repeating: "Pyyntö toistaa aiempia. ", count: words / 3) + "Loppu."
            let context = try renderer.makeContext(
                .refusal, for: record, controller: LetterFixtures.fullController,
                language: .fi, date: LetterFixtures.letterDate())
            let document = try renderer.document(of: context)
            // When it is laid out
            let pages = PDFLetterLayout(document: document).pages()
            pageCounts.insert(pages.count)
            let lines = pages.map { $0.runs.map { String(String.UnicodeScalarView($0.glyphs.map(\.scalar))) } }
            func page(of text: String) -> Int? { lines.firstIndex { $0.contains(text) } }
            func page(containing text: String) -> Int? { lines.firstIndex { $0.contains { $0.contains(text) } } }
            // Then the Ombudsman's address and the signature each lie whole on one page
            let address = try #require(page(of: authority.name))
            #expect(page(containing: authority.email) == address, "\(words) words")
            #expect(page(containing: authority.complaintForm) == address, "\(words) words")
            let signature = try #require(document.signature.first)
            let last = try #require(document.signature.last)
            #expect(page(of: signature) == page(of: last), "\(words) words")
            // And the pages are numbered "1 (N)"
            #expect(page(of: "1 (\(pages.count))") == 0)
        }
        #expect(pageCounts.count >= 2)
    }

    @Test func aBlockOfLinesLongerThanAPageBreaksWhereThePageEnds() throws {
        // Given a partial refusal whose granted part is 150 lines, one block of lines with the decision
        var record = try LetterFixtures.partialRefusal(.en)
        record.refusal?.granted = (1...150).map { "Granted item \($0)" }.joined(separator: "\n")
        let context = try renderer.makeContext(
            .refusal, for: record, controller: LetterFixtures.fullController,
            language: .en, date: LetterFixtures.letterDate())
        // When it is laid out
        let pages = PDFLetterLayout(document: try renderer.document(of: context)).pages()
        // Then the block fills the pages it needs rather than taking a page per line, and no line is lost
        #expect(pages.count >= 3 && pages.count <= 6, "\(pages.count) pages")
        let lines = pages.flatMap { $0.runs.map { String(String.UnicodeScalarView($0.glyphs.map(\.scalar))) } }
        for number in [1, 75, 150] { #expect(lines.contains("Granted item \(number)")) }
    }

    @Test func wrappedLinesFitAndKeepEveryWord() {
        let source = "   Säännös: " + String(repeating: "sana ", count: 60) + String(repeating: "x", count: 300)
        let glyphs = PDFFont.regular.glyphs(source)
        let lines = PDFTextWrapper.wrap(glyphs, font: .regular, size: 10, width: 200)
        #expect(lines.count > 5)
        for line in lines {
            #expect(PDFFont.regular.width(of: line, size: 10) <= 200.001)
            #expect(line.prefix(3).allSatisfy { $0.isSpace })
        }
        let text = { (glyphs: [PDFGlyph]) in String(String.UnicodeScalarView(glyphs.map(\.scalar))) }
        let rejoined = lines.map { text(Array($0.drop(while: \.isSpace))) }.joined(separator: " ")
        #expect(rejoined.split(separator: " ").joined() == source.split(separator: " ").joined())
    }

    @Test func theFontsCoverEveryEuropeanLetter() {
        for name in Self.names + ["Meikäläinen", "Åsa Öberg", "€ § – ” …", "Ελένη", "Иван"] {
            #expect(PDFFont.canPrint(name), "\(name)")
        }
        #expect(PDFFont.canPrint("Meika\u{0308}la\u{0308}inen\u{00AD}\t"))
        #expect(!PDFFont.canPrint("王秀英") && !PDFFont.canPrint("東京"))
        let glyphs = PDFFont.regular.glyphs("ř\u{200F}王")
        #expect(glyphs.map(\.scalar) == ["ř", "?"])
    }

    @Test func theWidthsAreDejaVuSansAdvanceWidths() {
        // DejaVu Sans has 2048 units per em: the space advances 651 units, "a" 1255, "W" 2025
        let regular = { (text: String) in PDFFont.regular.width(of: PDFFont.regular.glyphs(text), size: 1000) }
        let bold = { (text: String) in PDFFont.bold.width(of: PDFFont.bold.glyphs(text), size: 1000) }
        #expect(regular(" ") == 318 && regular("a") == 613 && regular("W") == 989)
        #expect(regular("ä") == regular("a") && regular("ř") == regular("r"))
        #expect(bold("a") > regular("a"))
    }
}
