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
                "personalDataChecked", "personalDataPurged", "lettersChecked", "lastSequence", "headHash",
                "anchorsChecked", "problems",
            ] {
                #expect(object[field] != nil, "missing \(field)")
            }
            #expect((object["eventsChecked"] as? Int ?? 0) > 0)
        }
    }
}
