import DSRCore
import Foundation
import Testing

@Suite("User names, roles and principals")
struct UserIdentityTests {
    @Test(
        "Accepted sign-in names",
        arguments: ["anna", "a", "anna.virtanen", "handler_2", "k-m", "0ops", String(repeating: "x", count: 64)])
    func accepted(text: String) throws {
        let name = try UserName.parse(text)
        #expect(name.rawValue == text)
        #expect(name.description == text)
    }

    @Test(
        "Refused sign-in names",
        arguments: ["Anna", " anna", "anna virtanen", "-anna", ".anna", "änna", "anna@example.fi", "anna/x", "a\u{0}b"])
    func refused(text: String) {
        #expect(UserName(text) == nil)
        #expect(throws: InputError.forbiddenCharacters(field: "user name")) { try UserName.parse(text) }
    }

    @Test("An empty or over-long name says which")
    func emptyAndLong() {
        #expect(throws: InputError.empty(field: "user name")) { try UserName.parse("") }
        #expect(throws: InputError.tooLong(field: "user name", limit: 64)) {
            try UserName.parse(String(repeating: "x", count: 65))
        }
    }

    @Test("A name round-trips through JSON as a string, and a malformed one does not decode")
    func json() throws {
        let name = try UserName.parse("anna")
        let data = try JSONEncoder().encode([name])
        #expect(String(decoding: data, as: UTF8.self) == #"["anna"]"#)
        #expect(try JSONDecoder().decode([UserName].self, from: data) == [name])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([UserName].self, from: Data(#"["Anna"]"#.utf8)) }
    }

    @Test("Only admins administer and auditors change nothing")
    func roles() {
        #expect(UserRole.allCases.map(\.rawValue) == ["admin", "handler", "auditor"])
        #expect(UserRole.allCases.filter(\.mayAdminister) == [.admin])
        #expect(UserRole.allCases.filter(\.maySignChanges) == [.admin, .handler])
    }

    @Test("A principal's actor is its sign-in name")
    func principal() throws {
        let principal = Principal(name: try UserName.parse("auditor.1"), role: .auditor)
        #expect(principal.actorName == "auditor.1")
    }
}
