import DSRCases
import DSRCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DSRServer

/// The case page's JSON, written by hand (``CasePageJSON``), is byte for byte what `JSONEncoder` (`.sortedKeys`,
/// `.withoutEscapingSlashes`) writes for the value of ``RequestDetail/json(prettyPrinted:)``: the page's shape does
/// not change with the writer.
struct CasePageJSONTests {
    /// A moment of the fixture's day with a fraction of a second, as real clocks give (the history's `recordedAt` is
    /// written as `JSONEncoder` writes a `Double`).
    static func moment(_ fraction: Double) throws -> Today {
        Today(date: try ServerFixture.today().date, now: Date(timeIntervalSince1970: 1_772_452_800 + fraction))
    }

    /// A day of February 2026.
    static func february(_ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: 2026, month: 2, day: day))
    }

    /// The fixture's request extended, noted (one note voided), refused on a ground, its refusal certificate issued
    /// and sent with a tracking code, with texts that JSON must escape; the detail as the service shows it.
    static func workedCase(_ fixture: ServerFixture) async throws -> RequestDetail {
        let service = fixture.service
        let caseNumber = fixture.caseNumber
        _ = try await service.record(
            RecordEvent(
                caseNumber: caseNumber, event: EventID("extend"),
                input: EventInput(on: try february(10), reason: "Monta \"laajaa\" pyyntöä \\ a/b\ntoinen rivi")),
            actor: "henri", today: try moment(0.123456))
        _ = try await service.addNote(
            AddNote(caseNumber: caseNumber, text: "Soitettu 😀\ttakaisin"), actor: "henri", today: try moment(0.5))
        let asOf = try ServerFixture.today().date
        let noted = try #require(try await service.show(ShowCase(caseNumber: caseNumber, asOf: asOf)).events.last)
        _ = try await service.void(
            VoidEvent(caseNumber: caseNumber, sequence: try #require(noted.sequence), reason: "Väärä tapaus"),
            actor: "henri", today: try moment(0.25))
        _ = try await service.addNote(
            AddNote(caseNumber: caseNumber, text: "Toinen"), actor: "henri", today: try moment(0.75))
        _ = try await service.record(
            RecordEvent(
                caseNumber: caseNumber, event: EventID("refuse"),
                input: EventInput(
                    on: try february(20), reason: "Manifestly unfounded.",
                    grounds: [GroundCode(rawValue: "art12-5-manifestly-unfounded")])),
            actor: "henri", today: try moment(0.999))
        let issued = try await service.issueLetter(
            WriteLetter(caseNumber: caseNumber, type: .refusal, date: try february(20), format: .text), actor: "henri",
            today: try moment(0.0625))
        guard case .issued(let letter) = issued else {
            Issue.record("the refusal was not issued")
            throw CancellationError()
        }
        _ = try await service.recordSent(
            RecordSent(letter: letter.number, on: try february(21), via: .post, tracking: "JJFI 123/45"),
            actor: "henri", today: try moment(0.3))
        return try await service.show(ShowCase(caseNumber: caseNumber, asOf: asOf))
    }

    @Test(
        "a worked case, and an open one with a masked identity code and an internal target, as JSONEncoder writes them")
    func pages() async throws {
        let fixture = try await ServerFixture.make()
        let asOf = try ServerFixture.today().date
        var open = try await fixture.service.show(ShowCase(caseNumber: fixture.caseNumber, asOf: asOf))
        open.record.subject.identityCode = SealedIdentityCode(
            masked: "010101-***A", sealed: "c2VhbGVk", lookup: "bG9va3Vw")
        open.internalTargetDays = 5
        let worked = try await Self.workedCase(fixture)
        #expect(worked.letters.count == 1 && worked.notes.count == 2 && !worked.attachments.isEmpty)
        #expect(open.extensionNoticeBy != nil && open.internalTarget != nil)
        for detail in [open, worked] {
            let written = CanonicalJSON.encode(try CasePageJSON(detail))
            #expect(written == (try detail.json(prettyPrinted: false)))
            #expect(!written.contains("c2VhbGVk") && !written.contains("bG9va3Vw"))
        }
    }

    @Test("GET /requests/{case} answers the page's JSON, the value dsr show --format json prints")
    func route() async throws {
        let fixture = try await ServerFixture.make()
        let detail = try await Self.workedCase(fixture)
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: "/api/v1/requests/\(fixture.caseNumber)", method: .get, headers: ServerFixture.headers(.handler))
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == (try detail.json(prettyPrinted: false)))
            let shown = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
            let printed = try JSONSerialization.jsonObject(with: Data(try detail.json().utf8))
            #expect((shown as? NSDictionary) == (printed as? NSDictionary))
        }
    }
}
