import Foundation
import Testing

/// Checks HTML pages with `tidy` and Python's `html5lib` (Debian's tidy and python3-html5lib, installed by
/// `scripts/setup`).
enum HTMLCheck {
    /// The path of a program on the PATH, if it is there.
    static func program(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Whether `tidy` is installed and `python3` has `html5lib`.
    static let isAvailable: Bool = {
        guard program("tidy") != nil, program("python3") != nil,
            let result = try? run("python3", ["-c", "import html5lib"], input: "")
        else { return false }
        return result.status == 0
    }()

    /// The message an HTML check is skipped with when the tools are missing.
    static let missing: Comment = "tidy or python3-html5lib is not installed; run scripts/setup to install them"

    /// What a program made of the page: its exit status and what it wrote.
    struct Result {
        /// The exit status.
        var status: Int32
        /// Standard output and standard error together.
        var output: String
    }

    /// `tidy -errors -q`: exit status 0 for a clean page, 1 for warnings, 2 for errors.
    static func tidy(_ page: String) throws -> Result {
        try run("tidy", ["-errors", "-q"], input: page)
    }

    /// `html5lib.HTMLParser(strict=True)`: exit status 0 if the page parses without a single parse error.
    static func html5lib(_ page: String) throws -> Result {
        try run(
            "python3", ["-c", "import sys, html5lib; html5lib.HTMLParser(strict=True).parse(sys.stdin.buffer.read())"],
            input: page)
    }

    /// Runs a program with the page on its standard input.
    static func run(_ name: String, _ arguments: [String], input: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program(name) ?? "/usr/bin/\(name)")
        process.arguments = arguments
        let stdin = Pipe()
        let output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
