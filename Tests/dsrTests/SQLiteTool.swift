import Foundation

/// The `sqlite3` command-line tool, standing in for someone who edits a register behind dsr's back.
enum SQLiteTool {
    /// Where the tool is, if installed (scripts/setup installs it).
    static let path: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs SQL on a database with the tool and returns its standard output.
    @discardableResult
    static func run(_ database: String, _ sql: String, arguments: [String] = []) throws -> String {
        guard let path else { throw ToolError(message: "sqlite3 is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + [database]
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(sql.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolError(message: "sqlite3 failed: \(String(decoding: err, as: UTF8.self))")
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Edits a database the way a careful intruder would: drops every trigger, runs `sql` with foreign keys off,
    /// and creates the triggers again exactly as they were.
    static func tamper(_ database: String, _ sql: String, restoringTriggers: Bool = true) throws {
        let listing = try run(
            database, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger';", arguments: ["-json"])
        let triggers = (try? JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [[String: String]]) ?? []
        var script = "PRAGMA foreign_keys = OFF;\nBEGIN;\n"
        for trigger in triggers { script += "DROP TRIGGER \"\(trigger["name"] ?? "")\";\n" }
        script += sql + ";\n"
        if restoringTriggers {
            for trigger in triggers { script += (trigger["sql"] ?? "") + ";\n" }
        }
        script += "COMMIT;\n"
        try run(database, script)
    }

    /// A failure of the tool.
    struct ToolError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
