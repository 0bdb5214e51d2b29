import DSRCore
import Foundation
import Logging

/// The tool's diagnostics on standard error, through swift-log: off unless `--verbose` (level `info`) or
/// `$DSR_LOG_LEVEL` (`trace`, `debug`, `info`, `notice`, `warning`, `error`, `critical`) asks for them.
///
/// What is logged is what dsr does, never what it handles: the register's path, whether it was created or opened
/// and how its integrity is ensured, which service call ran, on which case number, and how long it took. Never a
/// name, an address, an identity code, a free text or the actor, nor any option's value that can be personal data.
enum Diagnostics {
    /// The environment variable that sets the log level without `--verbose`.
    static let levelVariable = "DSR_LOG_LEVEL"

    /// The level asked for: `$DSR_LOG_LEVEL` if it names one, else `info` with `--verbose`, else none (no logging).
    static func level(verbose: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Logger.Level?
    {
        if let text = environment[levelVariable]?.lowercased(), let level = Logger.Level(rawValue: text) {
            return level
        }
        return verbose ? .info : nil
    }

    /// A logger that writes to standard error at `level`, or discards everything when `level` is `nil`.
    static func logger(level: Logger.Level?) -> Logger {
        guard let level else { return Logger(label: "dsr", factory: { _ in SwiftLogNoOpLogHandler() }) }
        var logger = Logger(label: "dsr", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = level
        return logger
    }

    /// Runs a service call and logs its name, its case number if it has one, how long it took and how it ended
    /// (the error's type on failure, never its message, which may be reworded by the tool).
    static func timed<Result>(
        _ logger: Logger, _ call: String, caseNumber: CaseNumber? = nil,
        _ body: () async throws -> Result
    ) async throws -> Result {
        let started = ContinuousClock.now
        var metadata: Logger.Metadata = ["call": "\(call)"]
        if let caseNumber { metadata["case"] = "\(caseNumber)" }
        do {
            let result = try await body()
            metadata["ms"] = "\(milliseconds(since: started))"
            logger.info("service call done", metadata: metadata)
            return result
        } catch {
            metadata["ms"] = "\(milliseconds(since: started))"
            metadata["error"] = "\(type(of: error))"
            logger.info("service call failed", metadata: metadata)
            throw error
        }
    }

    /// Logs what happened to a case, by its number.
    static func note(_ logger: Logger, _ message: String, caseNumber: CaseNumber) {
        logger.info("\(message)", metadata: ["case": "\(caseNumber)"])
    }

    /// Whole milliseconds since `start`.
    private static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = ContinuousClock.now - start
        return elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }
}
