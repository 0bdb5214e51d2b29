import DSRCases
import DSRCore
import DSRServer
import DSRStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// A server over a fresh in-memory register with a controller profile and one access request (received on
/// 2 February 2026) with one attachment, three principals with tokens (one per role), a handler `vera` in the
/// register's users, and the clock fixed at 2 March 2026.
struct ServerFixture: Sendable {
    /// The register's use cases.
    let service: CaseService
    /// The request registered in advance.
    let caseNumber: CaseNumber
    /// The log lines the server wrote.
    let log: LogLines

    /// The token of each role's user (`admin-token` for `anna`, the admin, and so on).
    static func token(_ role: UserRole) -> String { "\(role.rawValue)-token" }

    /// The user name of each role's user.
    static func user(_ role: UserRole) -> String {
        switch role {
        case .admin: "anna"
        case .handler: "henri"
        case .auditor: "aino"
        }
    }

    /// The fixed moment: 2 March 2026 at noon (UTC).
    static func today() throws -> Today {
        Today(
            date: try #require(CivilDate(year: 2026, month: 3, day: 2)), now: Date(timeIntervalSince1970: 1_772_452_800)
        )
    }

    /// A fresh fixture.
    static func make() async throws -> ServerFixture {
        let service = CaseService(storage: try SQLiteStore.inMemory(), workflows: try WorkflowCatalog.builtIn())
        let today = try today()
        _ = try await service.changeControllerProfile(
            ChangeControllerProfile(
                changes: ControllerProfileChanges(
                    name: "Esimerkki Oy", businessID: "2747637-5", address: "Esimerkkikatu 2, 00100 Helsinki",
                    email: "tietosuoja@example.fi", contactPerson: "Tietosuojavastaava"), source: "test"),
            actor: "setup", today: today)
        let draft = RequestDraft(
            kind: .access, subject: DataSubject(name: "Maija Meikäläinen", email: "maija@example.fi"),
            received: try #require(CivilDate(year: 2026, month: 2, day: 2)))
        let record = try await service.register(RegisterRequest(draft: draft), actor: "setup", today: today).record
        _ = try await service.attach(
            AttachFile(caseNumber: record.caseNumber, content: Data("liite".utf8), fileName: "liite.txt"),
            actor: "setup", today: today)
        _ = try await service.addUser(
            AddUser(name: try #require(UserName("vera")), role: .handler, credential: .setupCode), actor: "setup",
            today: today)
        return ServerFixture(service: service, caseNumber: record.caseNumber, log: LogLines())
    }

    /// The resolver of the three tokens.
    var resolver: TokenTable {
        get throws {
            let lines = UserRole.allCases.map {
                "\(TokenTable.hash(of: Self.token($0))) \(Self.user($0)) \($0.rawValue)"
            }
            return try TokenTable(text: lines.joined(separator: "\n"))
        }
    }

    /// The server.
    var server: APIServer {
        get throws {
            let log = self.log
            let logger = Logger(label: "test") { _ in ServerLogHandler(format: .json) { log.append($0) } }
            return APIServer(service: service, resolver: try resolver, logger: logger) { try Self.today() }
        }
    }

    /// Runs `body` with a client of the server, driven in process.
    func withClient(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(router: try server.router())
        try await application.test(.router, body)
    }

    /// The headers of a request by `role` (none for `nil`), with a JSON body type.
    static func headers(_ role: UserRole?, json: Bool = false) -> HTTPFields {
        var fields: HTTPFields = [:]
        if let role { fields[.authorization] = "Bearer \(token(role))" }
        if json { fields[.contentType] = "application/json" }
        return fields
    }
}

/// Log lines collected from the server, in order.
final class LogLines: Sendable {
    /// The lines.
    private let lines = Mutex<[String]>([])

    /// Adds a line.
    func append(_ line: String) { lines.withLock { $0.append(line) } }

    /// Every line so far.
    var all: [String] { lines.withLock { $0 } }
}
