import ArgumentParser
import DSRCore
import Foundation

/// Runs a command body and turns library errors into one line on stderr and the documented exit code.
///
/// Exit codes: 0 success; 1 a rule refused the action; 64 usage; 65 invalid data; 66 unknown case or missing file;
/// 73 an output file cannot be created; 74 database or output cannot be written, or the identity-code key is missing
/// or wrong; 75 temporary failure (try again); 141 standard output was closed by its reader (quietly, see
/// ``StandardOutputFailure``).
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        throw reported(error)
    }
}

/// Runs an asynchronous command body (one that awaits the service, ``CaseService``) and turns library errors into
/// one line on stderr and the documented exit code, as ``reportingFailures(_:)-(()->Void)`` does.
func reportingFailuresAsync(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        throw reported(error)
    }
}

/// Reports a failure on stderr (unless the parser reports it itself) and returns what the command ends with.
private func reported(_ error: any Error) -> any Error {
    switch error {
    case let error as ExitCode:
        return error
    case let error as CleanExit:
        return error
    case let error as ValidationError:
        return error
    case let failure as StandardOutputFailure:
        return ExitCode(failure.report())
    case let error as any CommandLineWorded:
        printError(error.commandLineMessage)
        return ExitCode(exitCode(for: error.category))
    case let error as any LocalizedErrorWithCategory:
        printError(error.errorDescription ?? "failed")
        return ExitCode(exitCode(for: error.category))
    default:
        printError("unexpected failure (\(type(of: error))); nothing was changed. Please report it.")
        return ExitCode(70)
    }
}

/// The documented exit code of a failure category.
func exitCode(for category: ErrorCategory) -> Int32 {
    switch category {
    case .ruleViolation: 1
    case .usage: 64
    case .invalidData: 65
    case .notFound: 66
    case .cannotCreate: 73
    case .storage: 74
    case .temporaryFailure: 75
    }
}

/// Writes `Error: message` to standard error.
func printError(_ message: String) {
    StandardError.write("Error: " + message + "\n")
}

/// Writes a note (something dsr did or found that the officer should know, not a problem) to standard error.
func printNote(_ message: String) {
    StandardError.write("Note: " + message + "\n")
}

/// Writes a warning line to standard error.
func printWarning(_ message: String) {
    StandardError.write("Warning: " + message + "\n")
}
