import Foundation
import Testing

/// Reads PDF files back with `pdftotext`, `pdffonts` and `pdfinfo` from poppler-utils (installed by `scripts/setup`).
enum PDFText {
    /// The `pdftotext` on the PATH, if any.
    static let tool: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/pdftotext" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// Whether `pdftotext` is installed.
    static var isAvailable: Bool { tool != nil }

    /// The message a PDF test is skipped with when `pdftotext` is missing.
    static let missing: Comment = "pdftotext (poppler-utils) is not installed; run scripts/setup to install it"

    /// What `pdftotext` made of a file: its text and anything it wrote to standard error (syntax warnings).
    struct Result {
        /// The text, pages separated by form feeds.
        var text: String
        /// Warnings and errors; empty for a well-formed file.
        var errors: String
        /// The exit status.
        var status: Int32
    }

    /// Runs `pdftotext` on PDF bytes (UTF-8 output, reading order).
    static func extract(_ pdf: [UInt8]) throws -> Result {
        try run("pdftotext", ["-enc", "UTF-8"], on: pdf, output: ["-"])
    }

    /// Runs a poppler-utils tool (`pdftotext`, `pdffonts`, `pdfinfo`) on PDF bytes: `tool arguments FILE output`.
    static func run(_ name: String, _ arguments: [String], on pdf: [UInt8], output: [String] = []) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("letter.pdf")
        try Data(pdf).write(to: input)
        let process = Process()
        let folderOfTool =
            tool.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            ?? URL(fileURLWithPath: "/usr/bin")
        process.executableURL = folderOfTool.appendingPathComponent(name)
        process.arguments = arguments + [input.path] + output
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            text: String(decoding: text, as: UTF8.self), errors: String(decoding: messages, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// The words of a text (split at white space), for comparisons that ignore where lines wrap.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// Whether `needle`'s words occur in `haystack`'s in order, possibly with other words between them (page
    /// headers and footers).
    static func containsInOrder(_ haystack: [Substring], _ needle: [Substring]) -> Bool {
        var index = haystack.startIndex
        for word in needle {
            guard let found = haystack[index...].firstIndex(of: word) else { return false }
            index = haystack.index(after: found)
        }
        return true
    }

    /// Text with its white space runs collapsed to single spaces.
    static func collapsed(_ text: String) -> String {
        words(text).joined(separator: " ")
    }
}
