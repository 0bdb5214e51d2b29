import DSRCore
import DSRNotice
import Foundation
import Testing

/// Property-based fuzzing of the parser and linter: seeded random mutations of the fixtures and random bytes.
///
/// The default run (1,000 inputs) takes a few seconds. A long run, as documented in docs/notice-lint.md:
/// `NOTICE_FUZZ_ITERATIONS=20000 NOTICE_FUZZ_SEED=7 swift test --filter NoticeFuzzTests`. With `NOTICE_FUZZ_LOG`
/// set to a file path, each input is written there before it is parsed, so after a crash the file holds the input
/// that caused it; keep it under `Fixtures/notices/fuzz/` and ``regressionInputStillParses(_:)`` replays it.
struct NoticeFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["NOTICE_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 1000
    static let seed = environment["NOTICE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_2026
    static let regressionDirectory = NoticeFixtures.directory.appendingPathComponent("fuzz", isDirectory: true)

    /// Fragments that steer mutations into the parser's interesting paths.
    static let dictionary: [String] = [
        "\t", "\n", "\r\n", "\r", " ", "<p>", "</p>", "<ul>", "<li>", "</li>", "<br>", "<h2>", "</h2>",
        "<table><tr><td>",
        "</td><td>", "<!--", "-->", "<script>", "<", ">", "&", "&auml;", "&#x", "&#0;", "&#", ";", "# ", "## ", "**",
        "- ", "-", "• ", "1. ", "2) ", "10. ", "[", "](", ")", "|", ":", "Rekisterinpitäjä\t", "Y-tunnus: ",
        "2747637-5", "1234567-8", "Säilytysaika", "Tietosuojavaltuutetun toimisto ", "PL 315, 00181 Helsinki",
        "Ratapihantie 9", "henkilötietolain 6 luvun 26 §", "kerran vuodessa", "Privacy Shield", "@", "www.",
        "+358 ", "040 123 4567", "00100 Helsinki", "\u{FEFF}", "\u{202E}", "\u{0301}", "a\u{0308}", "ä", "Ä", "§",
        "😀", "\u{00A0}", "…", "\u{2028}",
    ]

    @Test func parserSurvivesMutatedNotices() throws {
        var random = SeededRandom(seed: Self.seed)
        let corpus = try NoticeFixtures.all.map { try [UInt8](NoticeFixtures.data($0)) }
        var parsed = 0
        for iteration in 0..<Self.iterations {
            let input = Self.makeInput(iteration: iteration, corpus: corpus, random: &random)
            if let path = Self.environment["NOTICE_FUZZ_LOG"] {
                try Data(input).write(to: URL(fileURLWithPath: path))
            }
            if try Self.check(input) { parsed += 1 }
        }
        // Most mutated notices are still text, so the parser (not only the decoder) was exercised.
        #expect(parsed > Self.iterations / 2)
    }

    @Test(arguments: regressionNames())
    func regressionInputStillParses(_ name: String) throws {
        // Given an input that once crashed the parser, when parsed and linted, then the invariants hold.
        let data = try Data(contentsOf: Self.regressionDirectory.appendingPathComponent(name))
        _ = try Self.check([UInt8](data))
    }

    static func regressionNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: regressionDirectory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    /// Parses and lints one input and checks the invariants; returns whether it parsed.
    static func check(_ input: [UInt8]) throws -> Bool {
        let notice: ParsedNotice
        do {
            notice = try NoticeParser().parse(Data(input))
        } catch {
            #expect(error.errorDescription?.isEmpty == false)
            return false
        }
        let lineRange = 1...max(1, notice.lines.count)
        for field in notice.fields {
            #expect(lineRange.contains(field.line), "field \(field.field) at line \(field.line)")
            #expect(!field.value.isEmpty)
            #expect(!field.value.unicodeScalars.contains { isControl($0) && $0 != "\n" })
        }
        for field in ProfileField.allCases {
            #expect((field.value(in: notice.profile) == nil) == notice.missing.contains(field))
        }
        if let first = notice.controllers.first { #expect(first == notice.profile) }
        let findings = try NoticeLinter().lint(notice)
        for finding in findings {
            if let line = finding.line { #expect(lineRange.contains(line), "\(finding.rule) at line \(line)") }
            #expect(!finding.quote.unicodeScalars.contains { isControl($0) })
            #expect(LintRule(rawValue: finding.rule) != nil)
        }
        for language in Language.allCases {
            #expect(!findings.textReport(language: language).isEmpty)
            #expect(!notice.textReport(language: language).isEmpty)
        }
        _ = try JSONEncoder().encode(findings)
        _ = try JSONEncoder().encode(notice)
        return true
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    /// One fuzz input: every tenth is random bytes or random text; the rest are mutated windows of fixtures.
    static func makeInput(iteration: Int, corpus: [[UInt8]], random: inout SeededRandom) -> [UInt8] {
        switch iteration % 10 {
        case 0:
            return (0..<Int.random(in: 0...2048, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        case 1:
            var text = ""
            for _ in 0..<Int.random(in: 0...200, using: &random) {
                text += dictionary.randomElement(using: &random) ?? ""
                if let scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x2FFF, using: &random)) {
                    text.unicodeScalars.append(scalar)
                }
            }
            return Array(text.utf8)
        default:
            guard var bytes = corpus.randomElement(using: &random) else { return [] }
            if bytes.count > 4096 {
                let start = Int.random(in: 0...(bytes.count - 4096), using: &random)
                bytes = Array(bytes[start..<(start + Int.random(in: 256...4096, using: &random))])
            }
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                mutate(&bytes, corpus: corpus, random: &random)
            }
            // Most byte mutations break UTF-8, which the decoder refuses; for six inputs in ten, repair the text
            // (invalid sequences become U+FFFD, zeros go) so the mutations reach the parser and the linter.
            if iteration % 10 >= 4 {
                let text = String(decoding: bytes, as: UTF8.self)
                return Array(String(text.unicodeScalars.filter { $0 != "\u{0}" }.map(Character.init)).utf8)
            }
            return bytes
        }
    }

    /// Applies one random mutation.
    static func mutate(_ bytes: inout [UInt8], corpus: [[UInt8]], random: inout SeededRandom) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] = UInt8.random(in: 0...255, using: &random)
        case 1:
            let insert = (0..<Int.random(in: 1...16, using: &random)).map { _ in
                UInt8.random(in: 0...255, using: &random)
            }
            bytes.insert(contentsOf: insert, at: position)
        case 2:
            bytes.insert(contentsOf: Array((dictionary.randomElement(using: &random) ?? "").utf8), at: position)
        case 3 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...256, using: &random))
            if position < end { bytes.removeSubrange(position..<end) }
        case 4 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...512, using: &random))
            if position < end { bytes.insert(contentsOf: Array(bytes[position..<end]), at: position) }
        case 5:
            if let other = corpus.randomElement(using: &random), !other.isEmpty {
                let start = Int.random(in: 0..<other.count, using: &random)
                let end = min(other.count, start + Int.random(in: 1...1024, using: &random))
                bytes.insert(contentsOf: other[start..<end], at: position)
            }
        case 6:
            bytes.removeSubrange(min(position, bytes.count)...)
        default:
            for index in bytes.indices where bytes[index] == 0x0A && Bool.random(using: &random) {
                bytes[index] = Bool.random(using: &random) ? 0x09 : 0x0D
            }
        }
    }
}
