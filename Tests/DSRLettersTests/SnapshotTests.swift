import Foundation
import Testing

/// The snapshot comparison itself: a missing or different baseline fails the test; only the explicit switch
/// `DSR_RECORD_SNAPSHOTS=1` records.
struct SnapshotTests {
    /// Whether this run compares (the checks below would record files if it recorded).
    static var isComparing: Bool { !Snapshot.isRecording }

    @Test(.enabled(if: isComparing)) func aMissingBaselineFails() {
        withKnownIssue("there is no baseline Snapshots/no-such-letter.txt") {
            Snapshot.expect("text", matches: "no-such-letter")
        }
        withKnownIssue("there is no baseline Snapshots/no-such-letter.pdf") {
            Snapshot.expect(bytes: [0x25], matches: "no-such-letter", extension: "pdf")
        }
    }

    @Test(.enabled(if: isComparing)) func aDifferentTextOrFileFails() throws {
        let url = try #require(Snapshot.baseline("matrix/html-pdf", "sha256"))
        let baseline = try String(contentsOf: url, encoding: .utf8)
        withKnownIssue("the text differs from the committed list of hashes") {
            Snapshot.expect(baseline + "x", matches: "matrix/html-pdf", extension: "sha256")
        }
        withKnownIssue("the bytes differ from the committed PDF") {
            Snapshot.expect(bytes: Array("%PDF".utf8), matches: "refusalRestrictedReasonsWithheld.fi", extension: "pdf")
        }
        Snapshot.expect(baseline, matches: "matrix/html-pdf", extension: "sha256")
    }
}
