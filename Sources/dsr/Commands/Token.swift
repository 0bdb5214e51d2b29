import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr token`: API and calendar tokens of a shared register's users (issue 18).
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Create, list and revoke API tokens and calendar tokens.",
            subcommands: [Create.self, ListTokens.self, Revoke.self])

        /// `dsr token create --user NAME --label LABEL [--calendar]`.
        struct Create: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "create",
                abstract: "Create a token for a user; it is printed once, alone on the last line, and only its "
                    + "SHA-256 is kept.",
                discussion: """
                    Example: dsr token create --user ci-bot --label ci
                    An API token acts as its user (Authorization: Bearer TOKEN); a --calendar token only reads the \
                    deadline calendar, for a calendar subscription URL.
                    """)

            @OptionGroup var global: GlobalOptions
            @Option(help: "The user the token acts as.") var user: String
            @Option(help: "What the token is for (for example ci), up to 100 characters.") var label: String
            @Flag(help: "A read-only calendar token instead of an API token.") var calendar = false

            func run() async throws {
                try await reportingFailuresAsync {
                    let moment = try Clock.moment()
                    let user = try UserCommands.name(user, field: "--user")
                    let created = try await global.openCases(creating: false).createToken(
                        CreateToken(user: user, label: label, kind: calendar ? .calendar : .api),
                        actor: global.actorName, today: moment)
                    let summary = created.summary
                    print(
                        "Token \(summary.id) (\(summary.kind.rawValue)) created for \(summary.user). It is shown "
                            + "this once; keep it safe, revoke it with 'dsr token revoke \(summary.id)':")
                    print(created.token)
                }
            }
        }

        /// `dsr token list`.
        struct ListTokens: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List the tokens (never their secrets), revoked ones included.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: ObjectFormat = .text

            func run() async throws {
                try await reportingFailuresAsync {
                    let tokens = try await global.openCasesForReading().listTokens()
                    switch format {
                    case .json:
                        print(RequestListing.prettyJSON(tokens.map(TokenLine.init)), terminator: "")
                    case .text:
                        guard !tokens.isEmpty else {
                            print("No tokens; create one with 'dsr token create --user NAME --label LABEL'.")
                            return
                        }
                        print(
                            "ID      USER                  KIND      CREATED               REVOKED               "
                                + "LABEL")
                        for token in tokens {
                            let line = TokenLine(token)
                            print(
                                UserCommands.padded(String(line.id), 8) + UserCommands.padded(line.user, 22)
                                    + UserCommands.padded(line.kind, 10) + UserCommands.padded(line.createdAt, 22)
                                    + UserCommands.padded(line.revokedAt ?? "-", 22) + TerminalText.escaped(line.label))
                        }
                    }
                }
            }
        }

        /// `dsr token revoke ID`.
        struct Revoke: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "revoke", abstract: "Revoke a token: it stops working at once.")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The token's id, as 'dsr token list' shows it.") var id: String

            func run() async throws {
                try await reportingFailuresAsync {
                    let moment = try Clock.moment()
                    guard let id = Int64(id), id > 0 else {
                        throw InputError.unknownValue(
                            field: "ID", text: id, accepted: ["a token id as 'dsr token list' shows it"])
                    }
                    let token = try await global.openCases(creating: false).revokeToken(
                        RevokeToken(id: id), actor: global.actorName, today: moment)
                    print("Token \(token.id) revoked.")
                }
            }
        }
    }
}
