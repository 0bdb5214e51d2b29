import DSRCore
import DSRStore
import Foundation
import Testing

/// A register whose pages were damaged on disk (its header intact, so it looks like a register) is reported as a
/// storage failure and never written to: a change fails before it touches the file.
struct DamagedFileTests {
    /// Where the damage is and what it is.
    struct Damage: CustomTestStringConvertible, Sendable {
        /// The page, counted from 1; 0 means the last page.
        var page: Int
        /// Whether the page is overwritten with zeros (else with pseudo-random bytes).
        var zeros: Bool

        var testDescription: String { "page \(page == 0 ? "last" : String(page)) \(zeros ? "zeroed" : "scrambled")" }
    }

    static let damages: [Damage] = [1, 2, 3, 5, 7, 9, 12, 20, 0].flatMap {
        [Damage(page: $0, zeros: true), Damage(page: $0, zeros: false)]
    }

    @Test(arguments: damages)
    func damagedRegisterIsReportedAndNeverWritten(_ damage: Damage) throws {
        // Given a register of 40 requests with long notes (many pages), closed and then damaged on disk
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try Fixture.registerManyPages(at: path)
        try damageFile(at: path, damage)
        let before = try FileSnapshot(path)

        // When dsr opens it and tries to register a request and to record an event
        var failures: [StoreError] = []
        do {
            let store = try SQLiteStore(path: path, create: true)
            let service = try Fixture.service(store)
            for attempt in [0, 1] {
                do {
                    if attempt == 0 {
                        try Fixture.register(service, received: try Fixture.day(2026, 3, 21))
                    } else {
                        try Fixture.apply(
                            service, "acknowledge", to: CaseNumber(year: 2026, sequence: 3),
                            on: try Fixture.day(2026, 3, 21))
                    }
                    Issue.record("a change to a damaged register succeeded")
                } catch let error as StoreError {
                    failures.append(error)
                }
            }
            // And the audit either cannot read it or reports the damage
            if let report = try? store.verifyChain() { #expect(!report.isIntact) }
        } catch let error as StoreError {
            failures.append(error)
        }

        // Then every failure is a storage failure (exit 74) that says the file is damaged or not a register,
        // and the file is byte for byte as it was
        #expect(!failures.isEmpty)
        for error in failures {
            #expect(error.category == .storage)
            let message = error.errorDescription ?? ""
            #expect(message.contains("damaged") || message.contains("not a dsr register"), "\(message)")
        }
        #expect(try FileSnapshot(path) == before)
    }

    /// Overwrites one page (on page 1, everything after the 100-byte header) with zeros or pseudo-random bytes.
    private func damageFile(at path: String, _ damage: Damage) throws {
        let url = URL(fileURLWithPath: path)
        var bytes = try [UInt8](Data(contentsOf: url))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let pageSize = 4096
        let pages = bytes.count / pageSize
        #expect(pages >= 20)
        let page = damage.page == 0 ? pages : damage.page
        let start = (page - 1) * pageSize + (page == 1 ? 100 : 0)
        var state: UInt32 = 0x9E37_79B9 &* UInt32(page)
        for index in start..<(page * pageSize) {
            state = state &* 1_664_525 &+ 1_013_904_223
            bytes[index] = damage.zeros ? 0 : UInt8(truncatingIfNeeded: state >> 24)
        }
        try Data(bytes).write(to: url)
    }
}
