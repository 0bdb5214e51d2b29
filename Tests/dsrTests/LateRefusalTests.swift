import Foundation
import Testing

/// `dsr refuse --on` after the deadline records the refusal and warns that it is late (GDPR Art. 12(4)).
struct LateRefusalTests {
    @Test func aRefusalAfterTheDeadlineWarnsThatItIsLate() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        for arguments in [
            ["register", "access", "--name", "Aino Arkistoija", "--received", "2026-09-01"],
            ["register", "access", "--name", "Bertta Ajoissa", "--received", "2026-09-02"],
        ] {
            let result = try dsr.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        // Given a request received 1.9.2026 (deadline 1.10.2026) refused on 5.10.2026
        let late = try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Toistuva pyyntö",
            "--on", "2026-10-05",
        ])
        // Then the refusal is recorded and the officer is warned, naming the case and never the person
        #expect(late.status == 0)
        #expect(late.stderr.contains("Warning: 2026-0001 was refused on 2026-10-05, after its deadline 2026-10-01"))
        #expect(late.stderr.contains("late"))
        #expect(!late.stderr.contains("Aino"))
        // And a refusal within the month gives no warning
        let inTime = try dsr.run([
            "refuse", "2026-0002", "--ground", "art12-5-excessive", "--reason", "Toistuva pyyntö",
            "--on", "2026-09-20",
        ])
        #expect(inTime.status == 0)
        #expect(inTime.stderr.isEmpty)
    }
}
