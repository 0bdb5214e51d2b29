import DSRCore
import Foundation
import Testing

@testable import DSRStore

/// The chain's canonical encodings pinned byte for byte to docs/storage.md and `EventChain`'s description (the
/// expected hashes were computed outside dsr, with Python's hashlib), so a change to the one encoder cannot pass
/// unseen because writing and verifying changed together.
struct EventChainEncodingTests {
    /// A registration of case 2026-0001 with personal data beside the chain, as dsr stores it.
    private func registration() throws -> (EventRow, EventPersonalRow) {
        var entry = EventEntry(
            caseNumber: CaseNumber(year: 2026, sequence: 1), name: "register",
            on: try Fixture.day(2026, 3, 2), recordedAt: Fixture.now, actor: "tester",
            workflowVersion: 1, stateAfter: StateID("received"), data: #"{"name":"Maija"}"#)
        entry.publicData = #"{"name":"[personal data]"}"#
        let personal = EventPersonalRow(sequence: 1, salt: String(repeating: "ab", count: 16), data: entry.data)
        let row = try EventRow(
            entry, sequence: 1, previousHash: String(repeating: "0", count: 64), stateJSON: "{}",
            personal: personal, operation: "test")
        return (row, personal)
    }

    @Test func formatTwoEncodesTheThirteenFieldsAfterItsTag() throws {
        let (row, personal) = try registration()
        let stateHash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"  // SHA-256 of "{}"
        let commitment = "c52aad9af52ab47ad747fa3e9c373b14ff0d360ce634058d08857b346df42078"
        #expect(personal.commitment == commitment)
        #expect(
            String(decoding: EventChain.canonicalEncoding(of: row), as: UTF8.self) == "dsr-event-v2\nI1\nI2026\nI1\n"
                + "S8:register\nS10:2026-03-02\nS20:2026-03-02T09:00:00Z\nS6:tester\nI1\nS8:received\n"
                + #"S26:{"name":"[personal data]"}"# + "\nS64:\(stateHash)\nS64:\(String(repeating: "0", count: 64))\n"
                + "S64:\(commitment)\n")
        #expect(row.hash == "54e447ea90404da603acd517623c4f217b48489c361cb5d09d5c8229f1cbe178")
    }

    @Test func formatOneHasItsOwnTagAndNoPersonalHash() throws {
        var (row, _) = try registration()
        row.format = 1
        row.personalHash = nil
        #expect(EventChain.hash(of: row) == "c272a1322f342b6a14f72becc9e7edf9c8142ad907c75e9363afb2d15999dfe5")
    }
}
