import DSRCore
import DSRNotice
import Foundation
import Testing

/// Input that is not a well-formed notice gives a clear error or an empty profile with findings, never a crash.
struct MalformedInputTests {
    let parser = NoticeParser()

    func error(_ bytes: [UInt8]) -> NoticeError? {
        do {
            _ = try parser.parse(Data(bytes))
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyFileIsAnError() {
        // Given no bytes, blank lines only, or a byte-order mark only, when parsed, then the error says empty.
        #expect(error([]) == .empty)
        #expect(error(Array(" \n\t\r\n  \n".utf8)) == .empty)
        #expect(error([0xEF, 0xBB, 0xBF]) == .empty)
        #expect(error([0xEF, 0xBB, 0xBF, 0x0A, 0x20]) == .empty)
    }

    @Test func fiftyMegabytesIsRefusedBeforeReading() {
        // Given a 50 MB file generated here, when parsed, then it is refused by size with both sizes in the message.
        let bytes = Data(repeating: 0x61, count: 50 * 1024 * 1024)
        var caught: NoticeError?
        do { _ = try parser.parse(bytes) } catch { caught = error }
        #expect(caught == .tooLarge(bytes: 50 * 1024 * 1024, limit: NoticeParser.maximumSize))
        #expect(caught?.errorDescription?.contains("50.0 MB") == true)
        #expect(caught?.errorDescription?.contains("10.0 MB") == true)
    }

    @Test func sizeLimitIsInclusive() throws {
        // Given a parser limited to 4 kB, when given exactly 4096 bytes and then 4097,
        let parser = NoticeParser(maximumSize: 4096)
        var text = Array(repeating: UInt8(ascii: "a"), count: 4096)
        for index in stride(from: 79, to: text.count, by: 80) { text[index] = 0x0A }
        // then the first is read (an empty profile) and the second refused.
        let notice = try parser.parse(Data(text))
        #expect(notice.profile == ControllerProfile())
        #expect(notice.lines.count == 52)
        #expect(throws: NoticeError.tooLarge(bytes: 4097, limit: 4096)) { try parser.parse(Data(text + [0x61])) }
    }

    @Test func aLargeNoticeIsRead() throws {
        // Given seed 000 repeated to about 1 MB, when parsed and linted, then every copy's sections are read.
        let seed = try NoticeFixtures.data(NoticeFixtures.seeds[0])
        let data = Data((0..<90).flatMap { _ in seed })
        let notice = try parser.parse(data)
        #expect(notice.sections(about: .controller).count == 90)
        #expect(notice.profile.name == "Varsinais-Suomen Sosiaalipalvelut Oy")
        #expect(try NoticeLinter().lint(notice).contains { $0.rule == "outdated-authority-address" && $0.line == 34 })
    }

    @Test(
        arguments: [
            ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37], "PDF"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP (Word .docx or OpenDocument)"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], "Word (.doc)"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "PNG image"),
            (Array("{\\rtf1\\ansi Rekisterinpitäjä".utf8), "RTF"),
        ] as [([UInt8], String)])
    func documentFormatsAreNamed(_ bytes: [UInt8], _ kind: String) {
        // Given the first bytes of an office or image file, when parsed, then the error names the format.
        #expect(error(bytes) == .binary(kind: kind))
    }

    @Test func binaryDataIsAnError() {
        // Given bytes with zeros, or mostly control characters, when parsed, then the error says binary.
        #expect(error(Array("Rekisterinpitäjä\0\0\0Esimerkki".utf8)) == .binary(kind: nil))
        #expect(error([0x01, 0x02, 0x03, 0x04, 0x05, 0x41, 0x06, 0x07]) == .binary(kind: nil))
        var random = SeededRandom(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<512).map { _ in UInt8.random(in: 0...255, using: &random) }
            #expect(error(bytes) != nil)
        }
    }

    @Test func mixedEncodingIsAnErrorWithTheOffset() {
        // Given UTF-8 text with one Latin-1 byte, when parsed, then it is refused (not garbled) with the offset.
        let prefix = Array("Rekisterinpitäjä\tEsimerkki Oy\n".utf8)
        #expect(error(prefix + [0x4D, 0xE4, 0x6E]) == .invalidEncoding(offset: prefix.count + 1))
    }

    @Test func windows1252IsReadAndRecorded() throws {
        // Given a notice saved as Windows-1252 (ä = 0xE4, € = 0x80), when parsed,
        let bytes =
            Array("1. Rekisterinpit".utf8) + [0xE4, 0x6A, 0xE4, 0x0A] + Array("Kahvila M".utf8)
            + [0xE4, 0x6E, 0x74, 0x79, 0x6C, 0xE4] + Array(" Tmi\n2. Hinta 5 ".utf8) + [0x80, 0x0A]
        let notice = try parser.parse(Data(bytes))
        // then the text is decoded and the encoding is reported.
        #expect(notice.encoding == .windows1252)
        #expect(notice.profile.name == "Kahvila Mäntylä Tmi")
        #expect(notice.lines.last == "2. Hinta 5 €")
        #expect(try NoticeLinter().lint(notice).contains { $0.rule == "encoding" && $0.quote == "windows-1252" })
    }

    @Test func undefinedWindows1252BytesAreAnError() {
        // Given bytes that are neither UTF-8 nor Windows-1252 (0x81 is undefined), when parsed, then it is refused.
        #expect(error(Array("Rekisteri ".utf8) + [0x81, 0x41]) == .invalidEncoding(offset: 10))
    }

    @Test func utf16IsRead() throws {
        // Given seed 000 saved as UTF-16 with and without a byte-order mark, when parsed,
        let original = try NoticeFixtures.data(NoticeFixtures.seeds[0])
        let text = String(decoding: original, as: UTF8.self)
        let littleEndian = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = try parser.parse(original).profile
        // then the profile is the same as from UTF-8.
        for bytes in [[0xFF, 0xFE] + littleEndian, [0xFE, 0xFF] + bigEndian, littleEndian] {
            let notice = try parser.parse(Data(bytes))
            #expect(notice.encoding == .utf16)
            #expect(notice.profile == expected)
        }
    }

    @Test func textWithoutHeadingsIsAnEmptyProfileWithFindings() throws {
        // Given readable text that is not a notice, when parsed and linted,
        let notice = try parser.parse(Data("Ostoslista:\nmaitoa\nleipää\n\nSoita äidille.".utf8))
        // then nothing is invented and the linter says the notice was not recognised.
        #expect(notice.profile == ControllerProfile())
        #expect(notice.controllers.isEmpty)
        #expect(notice.missing == ProfileField.allCases)
        #expect(!notice.hasRecognisedHeadings)
        let rules = try NoticeLinter().lint(notice).map(\.rule)
        #expect(rules.contains("unrecognised-notice"))
        #expect(rules.contains("missing-controller"))
        #expect(try NoticeLinter().lint(notice).hasErrors)
    }

    @Test func controlCharactersNeverReachValues() throws {
        // Given a notice with escape sequences, bidi overrides and NUL references, when parsed,
        let text =
            "Rekisterinpitäjä\tEvil\u{1B}[31m Oy\u{202E} Y-tunnus 2747637-5\n"
            + "Rekisterin nimi\t<p>Asiakas&#0;rekisteri&#x1b;</p>\nSäilytysaika\t\u{7}Kaksi vuotta\n"
        let notice = try parser.parse(Data(text.utf8))
        // then the values carry no control or format characters.
        for field in notice.fields {
            #expect(!field.value.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
            #expect(!field.value.unicodeScalars.contains { $0.properties.generalCategory == .format })
        }
        #expect(notice.profile.businessID == "2747637-5")
        #expect(notice.profile.retention == "Kaksi vuotta")
    }

    @Test func errorMessagesQuoteNoContent() {
        // Given every error, when described, then the message says what to do, is invalid data (exit 65), and
        // quotes nothing from a notice.
        let errors: [NoticeError] = [
            .empty, .tooLarge(bytes: 20_000_000, limit: NoticeParser.maximumSize), .binary(kind: "PDF"),
            .binary(kind: nil), .invalidEncoding(offset: 12),
        ]
        for error in errors {
            let message = error.errorDescription ?? ""
            #expect(!message.isEmpty)
            #expect(error.category == .invalidData)
            #expect(!message.contains("Sasu") && !message.contains("@"))
            #expect(
                message.contains("save") || message.contains("export") || message.contains("re-save")
                    || message.contains("give"))
        }
    }

    @Test func deeplyBrokenMarkupStillParses() throws {
        // Given HTML with unterminated tags, comments and entities, when parsed, then it does not fail.
        let inputs = [
            "<html><body><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy<!-- never closed",
            "<html><h2>Rekisterinpitäjä<p>Esimerkki Oy <a href=\"x",
            "<!DOCTYPE html><script>never closed <h2>Rekisterinpitäjä</h2>",
            "<html>&#xFFFFFFFF; &#99999999999; &#xD800; &amp &; &#; <h2>Säilytysaika</h2>5 vuotta",
            String(repeating: "<p>", count: 5000) + "<html>",
            String(repeating: "[", count: 5000) + "](" + String(repeating: ")", count: 10),
        ]
        for input in inputs {
            let notice = try parser.parse(Data(input.utf8))
            _ = try NoticeLinter().lint(notice)
        }
        let page = try parser.parse(Data(inputs[3].utf8))
        #expect(page.profile.retention == "5 vuotta")
    }
}
