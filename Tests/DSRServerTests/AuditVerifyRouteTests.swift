import DSRCases
import DSRCore
import DSRServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /api/v1/audit/verify` gives the same document as `dsr audit verify --format json`.
struct AuditVerifyRouteTests {
    @Test("the API's verification has every field of the tool's, and an intact register says so")
    func sameDocumentAsTheTool() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: "/api/v1/audit/verify", method: .get, headers: ServerFixture.headers(.auditor))
            #expect(response.status == .ok)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
            #expect(object["intact"] as? Bool == true)
            for field in [
                "eventsChecked", "requestsChecked", "requestsReplayed", "requestsNotReplayable", "profilesChecked",
                "personalDataChecked", "personalDataPurged", "lettersChecked", "purgedTagsNotCovered", "lastSequence",
                "headHash",
                "anchorsChecked", "problems",
            ] {
                #expect(object[field] != nil, "missing \(field)")
            }
            #expect((object["eventsChecked"] as? Int ?? 0) > 0)
        }
    }

    @Test("one verification at a time: a second while one runs is turned away, the next after it runs")
    func oneAtATime() async throws {
        let gate = SingleFlight()
        let (started, startedContinuation) = AsyncStream.makeStream(of: Void.self)
        let (release, releaseContinuation) = AsyncStream.makeStream(of: Void.self)
        let first = Task {
            await gate.run {
                startedContinuation.yield()
                for await _ in release { break }
                return 1
            }
        }
        for await _ in started { break }
        #expect(await gate.run { 2 } == nil)
        releaseContinuation.yield()
        #expect(await first.value == 1)
        #expect(await gate.run { 3 } == 3)
    }
}
