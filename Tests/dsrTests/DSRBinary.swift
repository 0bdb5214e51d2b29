import Foundation

/// Runs the built `dsr` executable in a private temporary register, for end-to-end tests.
struct DSRBinary {
    /// The result of one run.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A private folder holding the register.
    let folder: URL
    /// The register's path.
    var database: String { folder.appendingPathComponent("dsr.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The `dsr` executable built next to the test runner.
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["DSR_BINARY"] { return URL(fileURLWithPath: path) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("dsr")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/dsr")
    }

    /// Runs dsr with the arguments, today pinned to `today`.
    @discardableResult
    /// `environment` overrides variables (`nil` removes one, for example `DSR_DATABASE`); `directory` is the working
    /// folder (default: the test runner's); `executable` runs another program instead of dsr (for example `script`,
    /// which runs dsr on a pseudo-terminal) with the same environment.
    func run(
        _ arguments: [String], today: String = "2026-11-21", environment overrides: [String: String?] = [:],
        in directory: URL? = nil, executable: URL? = nil
    ) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = database
        environment["DSR_TODAY"] = today
        environment["DSR_ACTOR"] = "test-officer"
        for (name, value) in overrides { environment[name] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Removes the private folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
