import Foundation
import Testing

/// Issue 13: library errors are front-end neutral. No string literal below `Sources/` outside the tool's own target
/// (`Sources/dsr`) names an option of the tool (`--` followed by a letter) or a command in backticks or quotes
/// (`` `dsr … ``, `'dsr …'`);
/// the tool words its advice in `Sources/dsr/Support/Wording` (``CommandLineWorded``). Comments may name them.
///
/// `Sources/EmbedResourcesTool` is skipped as well: it is a build-time executable with its own options (`--folder`),
/// which its usage message names; it is a front end of its own, not a library.
struct FrontEndNeutralSourcesTests {
    /// Files of other helpers of issue 13 that still carry option text, merged later: other helpers' files, merged
    /// later. The lead empties this list at the merge; a violation in any file not listed fails the test.
    static let knownViolations: Set<String> = []

    /// Target folders under `Sources/` that are front ends with options of their own.
    static let frontEnds: Set<String> = ["dsr", "EmbedResourcesTool"]

    /// The package's root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    @Test func noLibraryStringNamesAnOptionOrACommandOfTheTool() throws {
        let violations = try Self.violations()
        let unexpected = violations.filter { !Self.knownViolations.contains($0.file) }
        for violation in unexpected {
            let advice = "word it in domain terms and let Sources/dsr/Support/Wording add them"
            Issue.record("\(violation.file):\(violation.line): a string literal names \(violation.excerpt); \(advice)")
        }
        let known = violations.filter { Self.knownViolations.contains($0.file) }
        if !known.isEmpty {
            withKnownIssue("other helpers' files, merged later") {
                for violation in known {
                    Issue.record("\(violation.file):\(violation.line): \(violation.excerpt)")
                }
            }
        }
        // A listed file that is already clean must leave the list, so that it cannot go back unnoticed.
        let clean = Self.knownViolations.subtracting(violations.map(\.file))
        #expect(clean.isEmpty, "no longer violating, remove from knownViolations: \(clean.sorted())")
    }

    @Test func theScannerFindsLiteralsAndSkipsComments() {
        let source = #"""
            // "--comment" in a line comment
            /* "--block" /* nested "--inner" */ still comment */
            let a = "fine"
            let b = "give --reason TEXT"
            let c = "run \(f("`dsr key init`")) now"
            let d = #"raw --raw"#
            let e = """
                multi
                  --multi
                """
            let f = "a -- b, --1, x--y"
            let g = "dsr accepts it; run 'dsr audit verify'"
            """#
        let found = Self.violations(in: source, file: "x.swift").map { "\($0.line): \($0.excerpt)" }
        #expect(found == ["4: --reason", "5: `dsr ", "6: --raw", "7: --multi", "12: 'dsr a"])
    }

    /// One string literal that names an option or a command.
    struct Violation: Equatable {
        var file: String
        var line: Int
        var excerpt: String
    }

    /// Every violation in the Swift files below `Sources/`, except the front ends' folders.
    static func violations() throws -> [Violation] {
        let sources = packageRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var found: [Violation] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = String(url.path.dropFirst(packageRoot.path.count + 1))
            let parts = relative.split(separator: "/")
            guard parts.count > 2, !frontEnds.contains(String(parts[1])) else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            found += violations(in: text, file: relative)
        }
        #expect(found.count < 10_000)
        return found.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// The violations in one file's text.
    static func violations(in text: String, file: String) -> [Violation] {
        var scanner = LiteralScanner(Array(text.utf8))
        scanner.scanCode(until: nil)
        return scanner.literals.compactMap { literal in
            guard let excerpt = offending(literal.text) else { return nil }
            return Violation(file: file, line: literal.line, excerpt: excerpt)
        }
    }

    /// The first option (`--` and a letter, not inside a word) or backticked command (`` `dsr ``) in a literal's
    /// text, or `nil`.
    static func offending(_ text: String) -> String? {
        if let range = text.range(of: "`dsr ") { return String(text[range]) }
        if let match = text.firstMatch(of: /'dsr [a-z]/) { return String(match.output) }
        if let match = text.firstMatch(of: /(?:^|[^A-Za-z0-9_-])(--[A-Za-z][A-Za-z-]*)/) {
            return String(match.output.1)
        }
        return nil
    }
}

/// A small Swift lexer that collects the text of string literals (with the line each starts on) and skips comments.
struct LiteralScanner {
    /// One literal's text (interpolations left out; their own literals are collected separately).
    struct Literal {
        var line: Int
        var text: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// The literals found, in order.
    private(set) var literals: [Literal] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func starts(with text: String) -> Bool {
        let scalars = Array(text.utf8)
        guard index + scalars.count <= bytes.count else { return false }
        return Array(bytes[index..<(index + scalars.count)]) == scalars
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
    }

    /// Scans code up to an unbalanced closing parenthesis (an interpolation's end) or the end of the text.
    mutating func scanCode(until closing: UInt8?) {
        var depth = 0
        while let byte = peek() {
            if starts(with: "//") {
                while let next = peek(), next != UInt8(ascii: "\n") { advance() }
            } else if starts(with: "/*") {
                skipBlockComment()
            } else if byte == UInt8(ascii: "#"), let hashes = rawStringHashes() {
                scanRawString(hashes: hashes)
            } else if byte == UInt8(ascii: "\"") {
                scanString()
            } else if byte == UInt8(ascii: "("), closing != nil {
                depth += 1
                advance()
            } else if byte == UInt8(ascii: ")"), closing != nil {
                if depth == 0 {
                    advance()
                    return
                }
                depth -= 1
                advance()
            } else {
                advance()
            }
        }
    }

    private mutating func skipBlockComment() {
        var depth = 0
        while peek() != nil {
            if starts(with: "/*") {
                depth += 1
                advance(2)
            } else if starts(with: "*/") {
                depth -= 1
                advance(2)
                if depth == 0 { return }
            } else {
                advance()
            }
        }
    }

    /// The number of `#` before a `"` at the current position, if a raw string starts here.
    private func rawStringHashes() -> Int? {
        var count = 0
        while peek(count) == UInt8(ascii: "#") { count += 1 }
        return peek(count) == UInt8(ascii: "\"") ? count : nil
    }

    private mutating func scanRawString(hashes: Int) {
        advance(hashes)
        let start = line
        let multiline = starts(with: "\"\"\"")
        let terminator = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        advance(multiline ? 3 : 1)
        var text: [UInt8] = []
        while let byte = peek(), !starts(with: terminator) {
            text.append(byte)
            advance()
        }
        advance(terminator.utf8.count)
        literals.append(Literal(line: start, text: String(decoding: text, as: UTF8.self)))
    }

    private mutating func scanString() {
        let start = line
        let multiline = starts(with: "\"\"\"")
        let terminator = multiline ? "\"\"\"" : "\""
        advance(multiline ? 3 : 1)
        var text: [UInt8] = []
        while let byte = peek(), !starts(with: terminator) {
            if byte == UInt8(ascii: "\\") {
                if peek(1) == UInt8(ascii: "(") {
                    advance(2)
                    scanCode(until: UInt8(ascii: ")"))
                    text.append(UInt8(ascii: " "))
                } else {
                    text.append(byte)
                    if let escaped = peek(1) { text.append(escaped) }
                    advance(2)
                }
            } else if !multiline && byte == UInt8(ascii: "\n") {
                break
            } else {
                text.append(byte)
                advance()
            }
        }
        advance(terminator.utf8.count)
        literals.append(Literal(line: start, text: String(decoding: text, as: UTF8.self)))
    }
}
