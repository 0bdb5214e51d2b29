import DSRCore
import DSRServer
import Testing

/// The token table of `dsr serve --tokens-file`: hashes, names and roles; a bad line refused by its number.
struct TokenTableTests {
    @Test("a token resolves to its principal; others to nothing")
    func resolves() async throws {
        let table = try TokenTable(
            text: "# tokens\n\(TokenTable.hash(of: "s3cret")) anna admin  # the admin\n\n")
        #expect(table.count == 1)
        let principal = try await table.principal(bearerToken: "s3cret")
        #expect(principal?.name.rawValue == "anna")
        #expect(principal?.role == .admin)
        #expect(try await table.principal(bearerToken: "s3cre") == nil)
        #expect(TokenTable.hash(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a bad line is refused by its number, without its text")
    func badLines() {
        let hash = TokenTable.hash(of: "t")
        for (text, line) in [
            ("\(hash) anna", 1), ("\n\(hash) Anna admin", 2), ("\(hash) anna boss", 1), ("abc anna admin", 1),
        ] {
            #expect(throws: TokenTable.LineError.self) { try TokenTable(text: text) }
            do {
                _ = try TokenTable(text: text)
            } catch {
                #expect(error.line == line)
                #expect(!error.description.contains("anna") && !error.description.contains("Anna"))
            }
        }
    }
}
