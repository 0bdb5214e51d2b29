import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr user`: the users of a shared register (`dsr serve`, issue 18). Every change is an event in the hash chain.
    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user",
            abstract: "Add, list, disable users of a shared register, and set their roles and passwords.",
            subcommands: [Add.self, ListUsers.self, Disable.self, Role.self, Password.self])

        /// `dsr user add NAME --role ROLE`.
        struct Add: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add a user with a role; the password comes from standard input, or --sign-in-link prints a "
                    + "one-time setup code instead.",
                discussion: """
                    Example: printf '%s\\n' "$PASSWORD" | dsr user add anna --role handler
                    A password has 12 to 72 bytes (bcrypt's limit; ä takes two). With --sign-in-link the user has no \
                    password yet: the setup code, printed once on the last line and valid 24 hours, lets them set one \
                    with 'dsr user password NAME --code CODE --password-stdin'.
                    """)

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The sign-in name: lower-case letters, digits, '.', '_' and '-'.") var name: String
            @Option(help: "admin, handler or auditor.") var role: String
            @Flag(help: "Read the password from standard input (the default when input is piped).")
            var passwordStdin = false
            @Flag(help: "Set no password: print a one-time setup code (valid 24 hours) instead.")
            var signInLink = false

            func run() async throws {
                try await reportingFailuresAsync {
                    let moment = try Clock.moment()
                    let name = try UserCommands.name(name)
                    let role = try UserCommands.role(role)
                    if signInLink && passwordStdin {
                        throw UsageFailure(message: "give either --password-stdin or --sign-in-link, not both.")
                    }
                    let credential: AddUser.Credential =
                        signInLink ? .setupCode : .password(try PasswordInput.read())
                    // Checked before the register is opened, so that a refused password creates no register
                    if case .password(let password) = credential { try PasswordRules.check(password) }
                    let added = try await global.openCases(creating: true).addUser(
                        AddUser(name: name, role: role, credential: credential), actor: global.actorName,
                        today: moment)
                    print("User \(added.account.name) added as \(added.account.role.rawValue).")
                    if let code = added.setupCode, let expiry = added.setupCodeExpiresAt {
                        print(
                            "Give them this one-time setup code (shown once, valid until "
                                + "\(UserCommands.timestamp(expiry))); they set a password with "
                                + "'dsr user password \(added.account.name) --code CODE --password-stdin':")
                        print(code)
                    }
                }
            }
        }

        /// `dsr user list`.
        struct ListUsers: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List the users, their roles and whether they are disabled.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: ObjectFormat = .text

            func run() async throws {
                try await reportingFailuresAsync {
                    let users = try await global.openCasesForReading().listUsers()
                    switch format {
                    case .json:
                        print(RequestListing.prettyJSON(users), terminator: "")
                    case .text:
                        guard !users.isEmpty else {
                            print("No users; add one with 'dsr user add NAME --role admin'.")
                            return
                        }
                        print("NAME                  ROLE     STATUS    PASSWORD")
                        for user in users {
                            let status = user.isDisabled ? "disabled" : "enabled"
                            let password = user.hasPassword ? "set" : "setup code pending"
                            print(
                                UserCommands.padded(user.name.rawValue, 22) + UserCommands.padded(user.role.rawValue, 9)
                                    + UserCommands.padded(status, 10) + password)
                        }
                    }
                }
            }
        }

        /// `dsr user disable NAME`.
        struct Disable: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "disable",
                abstract: "Disable a user: they can no longer sign in, their sessions end and their tokens stop.")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The user's sign-in name.") var name: String

            func run() async throws {
                try await reportingFailuresAsync {
                    let moment = try Clock.moment()
                    let name = try UserCommands.name(name)
                    let account = try await global.openCases(creating: false).disableUser(
                        DisableUser(name: name), actor: global.actorName, today: moment)
                    print("User \(account.name) disabled; their sessions and tokens no longer work.")
                }
            }
        }

        /// `dsr user role NAME ROLE`.
        struct Role: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "role", abstract: "Give a user another role; their sessions end.")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The user's sign-in name.") var name: String
            @Argument(help: "admin, handler or auditor.") var role: String

            func run() async throws {
                try await reportingFailuresAsync {
                    let moment = try Clock.moment()
                    let name = try UserCommands.name(name)
                    let role = try UserCommands.role(role, field: "ROLE")
                    let account = try await global.openCases(creating: false).changeUserRole(
                        ChangeUserRole(name: name, role: role), actor: global.actorName, today: moment)
                    print("User \(account.name) is now \(account.role.rawValue); their sessions end.")
                }
            }
        }

        /// `dsr user password NAME --password-stdin [--code CODE]`.
        struct Password: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "password",
                abstract: "Set a user's password from standard input (with --code, redeem a one-time setup code); "
                    + "their sessions end.",
                discussion: "Example: printf '%s\\n' \"$PASSWORD\" | dsr user password anna --password-stdin")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The user's sign-in name.") var name: String
            @Flag(help: "Read the password from standard input (the default when input is piped).")
            var passwordStdin = false
            @Option(help: "The one-time setup code 'dsr user add --sign-in-link' printed.") var code: String?

            func run() async throws {
                try await reportingFailuresAsync {
                    let moment = try Clock.moment()
                    let name = try UserCommands.name(name)
                    let password = try PasswordInput.read()
                    let account = try await global.openCases(creating: false).setPassword(
                        SetPassword(name: name, password: password, setupCode: code), actor: global.actorName,
                        today: moment)
                    print("Password of \(account.name) set; their sessions end.")
                }
            }
        }
    }
}
