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

    /// Opens the register, creating it on first use.
    func openStore() throws -> SQLiteStore {
        try SQLiteStore(path: databasePath, create: true)
    }

    /// Opens the register and the built-in workflows as a service.
    func openService() throws -> RequestService {
        RequestService(store: try openStore(), workflows: try WorkflowCatalog.builtIn())
    }
}
