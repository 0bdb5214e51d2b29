import Foundation
import Testing

/// Compares rendered letters with the baselines committed under `Snapshots/`, one `.txt` file per test.
///
/// Baselines are read through `Bundle.module` (the test target copies `Snapshots`). To re-record deliberately, run
/// `RECORD_SNAPSHOTS=1 swift test --filter DSRLettersTests`: each snapshot test then writes its file into the source
/// folder (found from `#filePath`) and fails with "Recorded new baseline", so a recording run can never pass.
enum Snapshot {
    /// Whether this run records baselines instead of comparing.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Expects the text to equal the baseline `Snapshots/<name>.<extension>`, or records it.
    static func expect(_ text: String, matches name: String, extension fileExtension: String = "txt",
                       filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = "\(name).\(fileExtension)"
        if isRecording {
            let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Snapshots").appendingPathComponent(file)
            do {
                try text.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("Recorded new baseline Snapshots/\(file); check it and run again without RECORD_SNAPSHOTS.",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("Cannot record Snapshots/\(file): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "Snapshots"),
              let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record("No baseline Snapshots/\(file); record it with RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(text, expected) {
            Issue.record("Snapshots/\(file) differs: \(difference)", sourceLocation: sourceLocation)
        }
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
