import DSRCore
import Testing

@testable import DSRLetters

/// Every letter type in Finnish, Swedish and English for every kind of request it applies to, pinned in every
/// format: the text and Markdown forms by a committed file each (`Snapshots/matrix/<type>.<kind>.<lang>.txt|md`),
/// the HTML and PDF forms by their SHA-256 in one committed list (`Snapshots/matrix/html-pdf.sha256`), and the PDF
/// bytes of the refusal certificates by committed files.
struct LetterMatrixTests {
    /// One rendering of the matrix.
    struct Case: Sendable, CustomTestStringConvertible {
        let type: LetterType
        let kind: RequestKind
        let language: Language

        /// The snapshot's name.
        var name: String { "matrix/\(type.rawValue).\(kind.rawValue).\(language.rawValue)" }
        var testDescription: String { name }
    }

    /// Every (type, kind, language) where the type applies to the kind.
    static let cases: [Case] = LetterType.allCases.flatMap { type in
        RequestKind.allCases.filter { type.applies(to: $0) }.flatMap { kind in
            Language.allCases.map { Case(type: type, kind: kind, language: $0) }
        }
    }

    /// The fixture request of a type, made a request of the kind (with a ground that fits the kind for a refusal).
    static func record(_ item: Case) throws -> RequestRecord {
        var record = try LetterFixtures.record(for: item.type, language: item.language)
        record.kind = item.kind
        record.isDirectMarketing = item.kind == .objection && record.isDirectMarketing
        if item.type == .refusal {
            let ground = try #require(RefusalGround.grounds(for: item.kind).first)
            record.refusal?.grounds = [ground.code]
        }
        return record
    }

    /// The letter of a case in a format.
    static func file(_ item: Case, _ format: LetterFormat, renderer: LetterRenderer) throws -> [UInt8] {
        try renderer.renderFile(
            item.type, for: record(item), controller: LetterFixtures.fullController,
            language: item.language, date: LetterFixtures.letterDate(for: item.type), format: format)
    }

    @Test func theMatrixCoversEveryTypeKindAndLanguage() {
        #expect(Self.cases.count == (6 * 6 + 7) * 3)
    }

    @Test(arguments: cases)
    func textAndMarkdown(item: Case) throws {
        let renderer = try LetterRenderer()
        let text = String(decoding: try Self.file(item, .text, renderer: renderer), as: UTF8.self)
        let markdown = String(decoding: try Self.file(item, .markdown, renderer: renderer), as: UTF8.self)
        #expect(text.contains(item.kind.names[item.language]))
        #expect(markdown.hasPrefix("**Esimerkki Oy**\\\n"))
        #expect(markdown.contains("\n# " + MarkdownText.escape(item.type.titles[item.language].uppercased()) + "\n"))
        Snapshot.expect(text, matches: item.name)
        Snapshot.expect(markdown, matches: item.name, extension: "md")
    }

    @Test func htmlAndPDFArePinnedByTheirHashes() throws {
        let renderer = try LetterRenderer()
        var lines: [String] = []
        for item in Self.cases {
            for format in [LetterFormat.html, .pdf] {
                let bytes = try Self.file(item, format, renderer: renderer)
                lines.append(
                    "\(LetterHash.sha256(bytes))  \(item.name.dropFirst("matrix/".count)).\(format.fileExtension)")
            }
        }
        Snapshot.expect(lines.joined(separator: "\n") + "\n", matches: "matrix/html-pdf", extension: "sha256")
    }

    @Test(arguments: Language.allCases)
    func refusalCertificatePDF(language: Language) throws {
        let bytes = try LetterRenderer().renderFile(
            .refusal, for: LetterFixtures.restrictedRefusal(language), controller: LetterFixtures.controller,
            language: language, date: LetterFixtures.letterDate(), format: .pdf)
        Snapshot.expect(
            bytes: bytes, matches: "refusalRestrictedReasonsWithheld.\(language.rawValue)", extension: "pdf")
    }
}
