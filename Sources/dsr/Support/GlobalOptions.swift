import ArgumentParser
import DSRCore
import DSRStore
import Foundation

/// Options every command that touches the register accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The register to use.", valueName: "PATH"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp("Who records the change (default: $DSR_ACTOR, else the login name).", valueName: "NAME"))
    var actor: String?

    /// The longest actor name accepted, in characters.
    static let actorLimit = 100

    /// Checks the actor given with --actor or $DSR_ACTOR: 1 to ``actorLimit`` printable characters on one line. It
    /// is recorded in every event and printed on terminals, so escape sequences and control characters are refused
    /// (exit 65, with a message that does not repeat it).
    mutating func validate() throws {
        let environment = ProcessInfo.processInfo.environment
        let given = actor.map { ($0, "--actor") } ?? environment["DSR_ACTOR"].flatMap { $0.isEmpty ? nil : ($0, "DSR_ACTOR") }
        guard let given else { return }
        let (text, field) = given
        do {
            _ = try TextRules.requiredLine(text, field: field, limit: Self.actorLimit)
        } catch {
            printError(error.errorDescription ?? "\(field) is not a valid name.")
            throw ExitCode(65)  // invalid data, as every InputError (Failure.swift)
        }
    }

    /// The register's path: --database, $DSR_DATABASE, $XDG_DATA_HOME/dsr/dsr.sqlite, ~/.local/share/dsr/dsr.sqlite.
    var databasePath: String {
        let environment = ProcessInfo.processInfo.environment
        if let database, !database.isEmpty { return database }
        if let path = environment["DSR_DATABASE"], !path.isEmpty { return path }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/dsr/dsr.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/dsr/dsr.sqlite"
    }

    /// The actor to record: --actor, $DSR_ACTOR, else the login name.
    var actorName: String {
        let environment = ProcessInfo.processInfo.environment
        if let actor, !actor.trimmingCharacters(in: .whitespaces).isEmpty { return actor }
        if let actor = environment["DSR_ACTOR"], !actor.isEmpty { return actor }
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        return NSUserName()
    }

    /// Opens the register, creating it on first use, and warns if it or its key file can be read by others.
    func openStore() throws -> SQLiteStore {
        let store = try SQLiteStore(path: databasePath, create: true)
        warnIfExposed()
        return store
    }

    /// Opens an existing register (a missing one is "not found", exit 66) and warns if it can be read by others.
    func openExistingStore() throws -> SQLiteStore {
        let store = try SQLiteStore(path: databasePath, create: false)
        warnIfExposed()
        return store
    }

    /// Warns on standard error (the command still succeeds) when the register or its identity-code key file can be
    /// read or written by users other than its owner: both hold personal data or protect it.
    func warnIfExposed() {
        let path = databasePath
        if let mode = SQLiteStore.exposedMode(ofFileAt: path) {
            printWarning("the register \(path) can be read or written by other users (mode \(String(mode, radix: 8))); "
                         + "it holds personal data. Make it private: chmod 600 \(path)")
        }
        if let mode = IdentityCodeKey.exposedMode(forRegister: path) {
            let key = IdentityCodeKey.path(forRegister: path)
            printWarning("the identity-code key file \(key) can be read or written by other users "
                         + "(mode \(String(mode, radix: 8))). Make it private: chmod 600 \(key)")
        }
    }

    /// Opens the register and the built-in workflows as a service.
    func openService() throws -> RequestService {
        RequestService(store: try openStore(), workflows: try WorkflowCatalog.builtIn())
    }
}
