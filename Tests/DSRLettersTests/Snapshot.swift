import Foundation
import Testing

/// Compares rendered letters with the baselines committed under `Snapshots/`, one `.txt` file per test.
///
/// Baselines are read through `Bundle.module` (the test target copies `Snapshots`). To re-record deliberately, run
/// `DSR_RECORD_SNAPSHOTS=1 swift test --filter DSRLettersTests`: each snapshot test then writes its file into the source
/// folder (found from `#filePath`) and fails with "Recorded new baseline", so a recording run can never pass.
enum Snapshot {
    /// Whether this run records baselines instead of comparing.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["DSR_RECORD_SNAPSHOTS"] == "1" }

    /// Expects the text to equal the baseline `Snapshots/<name>.<extension>`, or records it.
    static func expect(
        _ text: String, matches name: String, extension fileExtension: String = "txt",
        filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = "\(name).\(fileExtension)"
        if isRecording {
            let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Snapshots").appendingPathComponent(file)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(),
                    withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
                Issue.record(
                    "Recorded new baseline Snapshots/\(file); check it and run again without DSR_RECORD_SNAPSHOTS.",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("Cannot record Snapshots/\(file): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = baseline(name, fileExtension),
            let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record(
                "No baseline Snapshots/\(file); record it with DSR_RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(text, expected) {
            Issue.record("Snapshots/\(file) differs: \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// Expects bytes to equal the binary baseline `Snapshots/<name>.<extension>` (a PDF), or records it.
    static func expect(
        bytes: [UInt8], matches name: String, extension fileExtension: String,
        filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = "\(name).\(fileExtension)"
        if isRecording {
            let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Snapshots").appendingPathComponent(file)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(),
                    withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
                Issue.record(
                    "Recorded new baseline Snapshots/\(file); check it and run again without DSR_RECORD_SNAPSHOTS.",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("Cannot record Snapshots/\(file): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = baseline(name, fileExtension),
            let expected = try? Data(contentsOf: url)
        else {
            Issue.record(
                "No baseline Snapshots/\(file); record it with DSR_RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
            return
        }
        if [UInt8](expected) != bytes {
            Issue.record(
                "Snapshots/\(file) differs from the bytes written (\(bytes.count) bytes, baseline \(expected.count)).",
                sourceLocation: sourceLocation)
        }
    }

    /// The committed baseline of a snapshot; a name may lie in a folder of `Snapshots/` (`matrix/refusal.access.fi`).
    static func baseline(_ name: String, _ fileExtension: String) -> URL? {
        let folders = name.split(separator: "/").dropLast().joined(separator: "/")
        let base = name.split(separator: "/").last.map(String.init) ?? name
        return Bundle.module.url(
            forResource: base, withExtension: fileExtension,
            subdirectory: folders.isEmpty ? "Snapshots" : "Snapshots/" + folders)
    }

    /// Describes the first line where two texts differ, or returns `nil` if they are equal.
    static func firstDifference(_ actual: String, _ expected: String) -> String? {
        guard actual != expected else { return nil }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of text>"
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of text>"
            if got != want { return "line \(index + 1): got \"\(got)\", expected \"\(want)\"" }
        }
        return "the texts differ in line endings or invisible characters"
    }
}
