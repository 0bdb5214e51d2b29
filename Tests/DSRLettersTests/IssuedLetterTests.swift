import DSRCore
import Foundation
import Testing

@testable import DSRLetters

/// Letters written for issue: the footer with the case number, letter number and fingerprint in every form, and the
/// verification of letter files against the issued letters.
struct IssuedLetterTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    /// Case 2026-0003's refusal certificate issued as letter L3.
    private func issued(_ language: Language, format: LetterFormat = .pdf) throws -> IssuedLetter {
        let record = try LetterFixtures.restrictedRefusal(language)
        return try renderer.issue(
            .refusal, for: record, controller: LetterFixtures.controller, profileVersion: 2,
            language: language, date: LetterFixtures.letterDate(),
            number: LetterNumber(caseNumber: record.caseNumber, sequence: 3), format: format)
    }

    @Test(arguments: Language.allCases)
    func theFooterNamesTheCaseTheLetterAndTheFingerprintOfTheText(language: Language) throws {
        // Given the draft of a certificate and the same certificate issued
        let draft = try renderer.render(
            .refusal, for: LetterFixtures.restrictedRefusal(language),
            controller: LetterFixtures.controller, language: language,
            date: LetterFixtures.letterDate())
        let letter = try issued(language)
        let text = String(decoding: try #require(letter.file(.text)?.content), as: UTF8.self)

        // Then the issued text is the draft and one footer line, whose fingerprint is the draft's SHA-256
        let footer: [Language: String] = [
            .fi: "Asianumero 2026-0003 · Kirjenumero 2026-0003/L3 · Tarkiste ",
            .sv: "Ärendenummer 2026-0003 · Brevnummer 2026-0003/L3 · Kontrollsumma ",
            .en: "Case number 2026-0003 · Letter number 2026-0003/L3 · Fingerprint ",
        ]
        #expect(letter.bodySHA256 == LetterHash.sha256(Array(draft.utf8)))
        #expect(text == draft + "\n" + (footer[language] ?? "") + letter.fingerprint + "\n")
        #expect(letter.fingerprint.count == 19 && letter.bodySHA256.hasPrefix(letter.fingerprint.filter { $0 != " " }))
        // And every form carries the footer and is recorded with its hash
        #expect(letter.files.map(\.format) == LetterFormat.allCases)
        for file in letter.files {
            #expect(file.sha256 == LetterHash.sha256(try #require(file.content)))
        }
        let markdown = String(decoding: try #require(letter.file(.markdown)?.content), as: UTF8.self)
        #expect(markdown.hasSuffix("\n\n---\n\n" + (footer[language] ?? "") + letter.fingerprint + "\n"))
        let html = String(decoding: try #require(letter.file(.html)?.content), as: UTF8.self)
        #expect(html.contains("<p class=\"issue\">" + (footer[language] ?? "") + letter.fingerprint + "</p>"))
        #expect(letter.eventDataValue.files.count == 4)
        Snapshot.expect(text, matches: "issued/refusal.\(language.rawValue)")
        Snapshot.expect(markdown, matches: "issued/refusal.\(language.rawValue)", extension: "md")
        Snapshot.expect(html, matches: "issued/refusal.\(language.rawValue)", extension: "html")
    }

    @Test(.enabled(if: PDFText.isAvailable, PDFText.missing), arguments: Language.allCases)
    func theIssuedPDFCarriesTheFooter(language: Language) throws {
        let letter = try issued(language)
        let text = PDFText.collapsed(try PDFText.extract(try #require(letter.file(.pdf)?.content)).text)
        #expect(text.contains("2026-0003/L3"))
        #expect(text.contains(letter.fingerprint))
    }

    @Test func aLetterThatCannotBePrintedAsPDFIsIssuedWithoutIt() throws {
        // Given a name outside the PDF fonts
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.subject.name = "王秀英"
        let number = LetterNumber(caseNumber: record.caseNumber, sequence: 1)
        // When it is issued as text, the PDF form is left out; issued as PDF, it is refused
        let letter = try renderer.issue(
            .refusal, for: record, controller: LetterFixtures.controller, profileVersion: nil,
            language: .fi, date: LetterFixtures.letterDate(), number: number, format: .text)
        #expect(letter.files.map(\.format) == [.text, .markdown, .html])
        #expect(throws: LetterError.self) {
            try renderer.issue(
                .refusal, for: record, controller: LetterFixtures.controller, profileVersion: nil,
                language: .fi, date: LetterFixtures.letterDate(), number: number, format: .pdf)
        }
    }

    @Test func aLetterTheStateDoesNotAllowIsNotIssued() throws {
        let record = try LetterFixtures.openRecord()
        #expect(throws: LetterError.notRefused(record.caseNumber)) {
            try renderer.issue(
                .refusal, for: record, controller: LetterFixtures.controller, profileVersion: nil,
                language: .fi, date: LetterFixtures.letterDate(),
                number: LetterNumber(caseNumber: record.caseNumber, sequence: 1), format: .text)
        }
    }

    @Test(arguments: LetterFormat.allCases)
    func everyFormOfAnIssuedLetterVerifies(format: LetterFormat) async throws {
        // Given a register holding an issued letter
        let letter = try issued(.sv)
        let shelf = LetterShelf(letters: [letter])
        // When one of its files is checked, it matches that letter and form
        let bytes = try #require(letter.file(format)?.content)
        #expect(try await LetterVerifier.verify(bytes, in: shelf) == .matches(letter, format))
    }

    @Test func aTextFormWithOtherLineEndingsStillMatches() async throws {
        let letter = try issued(.fi)
        let shelf = LetterShelf(letters: [letter])
        let text = String(decoding: try #require(letter.file(.text)?.content), as: UTF8.self)
        let crlf = text.replacingOccurrences(of: "\n", with: "  \r\n")
        #expect(try await LetterVerifier.verify(Array(crlf.utf8), in: shelf) == .matchesText(letter, .text))
    }

    @Test func aChangedLetterAnUnknownNumberAndAStrangerFileDoNotMatch() async throws {
        // Given a register with one issued letter
        let letter = try issued(.en)
        let shelf = LetterShelf(letters: [letter])
        let text = String(decoding: try #require(letter.file(.text)?.content), as: UTF8.self)
        // When a changed copy, a copy naming another letter, and an unrelated file are checked
        let changed = text.replacingOccurrences(of: "refused in part", with: "granted in full")
        #expect(changed != text)
        let renumbered = text.replacingOccurrences(of: "2026-0003/L3", with: "2026-0003/L9")
        var pdf = try #require(letter.file(.pdf)?.content)
        pdf[pdf.count / 2] ^= 0x01
        // Then each is reported for what it is
        #expect(try await LetterVerifier.verify(Array(changed.utf8), in: shelf) == .differs(letter))
        #expect(try await LetterVerifier.verify(pdf, in: shelf) == .differs(letter))
        #expect(
            try await LetterVerifier.verify(Array(renumbered.utf8), in: shelf)
                == .unknownLetter(LetterNumber(caseNumber: CaseNumber(year: 2026, sequence: 3), sequence: 9)))
        #expect(try await LetterVerifier.verify(Array("Hello".utf8), in: shelf) == .noMatch)
    }

    @Test func theLetterNumberIsFoundInEveryForm() throws {
        let letter = try issued(.fi)
        for file in letter.files {
            #expect(LetterVerifier.letterNumber(in: try #require(file.content)) == letter.number, "\(file.format)")
        }
        #expect(LetterNumber("2026-0042/L3")?.description == "2026-0042/L3")
        #expect(LetterNumber("2026-0042/l12")?.sequence == 12)
        for bad in ["2026-0042", "2026-0042/3", "2026-0042/L0", "2026-0042/L", "x/L1", "2026-0042/L1234567"] {
            #expect(LetterNumber(bad) == nil, "\(bad)")
        }
    }
}

/// A register that holds only issued letters, for the verifier (``LetterStorage``).
struct LetterShelf: LetterStorage {
    /// The letters it holds.
    let letters: [IssuedLetter]

    func issueLetter<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ make:
            @escaping @Sendable (LetterIssueContext) throws -> (letter: (IssuedLetter, EventEntry)?, outcome: Outcome)
    ) async throws -> (issued: IssuedLetter?, outcome: Outcome) {
        throw StoreError.failed(operation: "issue", reason: "not in this test")
    }
    func issuedLetters(of caseNumber: CaseNumber) async throws -> [IssuedLetter] {
        letters.filter { $0.number.caseNumber == caseNumber }
    }
    func issuedLetters(withFileSHA256 sha256: String) async throws -> [IssuedLetter] {
        letters.filter { $0.files.contains { $0.sha256 == sha256 } }
    }
}
