import ArgumentParser
import DSRCases
import DSRCore
import DSRPostgres
import DSRStore
import Foundation
import Logging
import Synchronization

/// Options every command that touches the register accepts, and the tool's composition root: the one place that
/// builds the register (``SQLiteStore``) and hands it to the service layer (``CaseService``).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The register to use.", valueName: "PATH"))
    var database: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Who records the change (default: $DSR_ACTOR, else the login name).", valueName: "NAME"))
    var actor: String?

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Log what dsr does to standard error: the register, its integrity check, "
                + "service calls and their duration (or set $DSR_LOG_LEVEL)."))
    var verbose = false

    /// The tool's diagnostics (``Diagnostics``): on with --verbose or $DSR_LOG_LEVEL, else discarded.
    var log: Logger { Diagnostics.logger(level: Diagnostics.level(verbose: verbose)) }

    /// The longest actor name accepted, in characters.
    static let actorLimit = 100

    /// Checks the actor given with --actor or $DSR_ACTOR: 1 to ``actorLimit`` printable characters on one line. It
    /// is recorded in every event and printed on terminals, so escape sequences and control characters are refused
    /// (exit 65, with a message that does not repeat it).
    mutating func validate() throws {
        do {
            _ = try postgresLocation()
        } catch let error as PostgresLocationError {
            printError(error.errorDescription ?? "the PostgreSQL location cannot be used.")
            throw ExitCode(64)  // usage, as every PostgresLocationError (Failure.swift)
        }
        let environment = ProcessInfo.processInfo.environment
        let given =
            actor.map { ($0, "--actor") } ?? environment["DSR_ACTOR"].flatMap { $0.isEmpty ? nil : ($0, "DSR_ACTOR") }
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
        Self.databasePath(given: database, environment: ProcessInfo.processInfo.environment)
    }

    /// The register's path for a `--database` value (`given`, `nil` if none) and an environment, by the rules of
    /// ``databasePath``; also read before the command line is parsed (``EarlyRegister``).
    static func databasePath(given database: String?, environment: [String: String]) -> String {
        if let database, !database.isEmpty { return database }
        if let path = environment["DSR_DATABASE"], !path.isEmpty { return path }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/dsr/dsr.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/dsr/dsr.sqlite"
    }

    /// Whether the register's location is a PostgreSQL URL (`postgresql://…` or `postgres://…`) rather than the path
    /// of an SQLite register.
    var locationIsPostgreSQL: Bool { Self.isPostgreSQL(databasePath) }

    /// Whether a register's location is a PostgreSQL URL rather than the path of an SQLite register.
    static func isPostgreSQL(_ location: String) -> Bool { PostgresLocation.isPostgreSQL(location) }

    /// The PostgreSQL register the location names, or `nil` for a path (an SQLite register).
    /// - Throws: ``PostgresLocationError`` (exit 64) for a URL with a password or one that cannot be read.
    func postgresLocation() throws -> PostgresLocation? {
        guard locationIsPostgreSQL else { return nil }
        return try PostgresLocation(parsing: databasePath, environment: ProcessInfo.processInfo.environment)
    }

    /// The path of the SQLite register to open.
    /// - Throws: ``StorageUnavailable`` (exit 74) for a PostgreSQL location, for the one command that needs a file
    ///   (`dsr restore`): a URL must never become the name of an SQLite file in the working folder.
    func sqlitePath() throws -> String {
        guard let location = try postgresLocation() else { return databasePath }
        throw StorageUnavailable(
            backend: "PostgreSQL", redactedLocation: location.redacted,
            available:
                "every command but restore, which replaces a register file; see docs/storage.md for restoring one")
    }

    /// The register's location as commands print it: the path, or for PostgreSQL the URL without user name.
    var printableLocation: String {
        (try? postgresLocation())?.redacted ?? databasePath
    }

    /// The actor to record: --actor, $DSR_ACTOR, else the login name.
    var actorName: String {
        let environment = ProcessInfo.processInfo.environment
        if let actor, !actor.trimmingCharacters(in: .whitespaces).isEmpty { return actor }
        if let actor = environment["DSR_ACTOR"], !actor.isEmpty { return actor }
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        return NSUserName()
    }

    /// Whether the register's path was given (`--database` or `$DSR_DATABASE`) rather than the default location,
    /// where no typing mistake is possible.
    var databasePathIsGiven: Bool {
        if let database, !database.isEmpty { return true }
        return !(ProcessInfo.processInfo.environment["DSR_DATABASE"] ?? "").isEmpty
    }

    /// Opens the register for a command that may create it (`init`, `register`, `import`, `controller set`,
    /// `notice import`), and warns if it or its key file can be read by others.
    ///
    /// A register this call creates gets its identity-code key at once, with the key's fingerprint recorded in its
    /// hash chain; dsr says on standard error that it made both, where the key is, and that it must be backed up.
    func openStore() throws -> SQLiteStore {
        let store = try SQLiteStore(path: try sqlitePath(), create: true)
        logOpened(store)
        if store.created {
            printNote("created a new register at \(databasePath)")
            try giveKey(to: store)
        }
        warnIfExposed()
        return store
    }

    /// Makes the identity-code key of a register just created and records its fingerprint (a key file already at
    /// the key's path, left by an earlier register, is taken over rather than replaced).
    private func giveKey(to store: SQLiteStore) throws {
        let key: IdentityCodeKey
        let reason: IdentityKeyReason
        do {
            key = try IdentityCodeKey.create(forRegister: databasePath)
            reason = .created
        } catch .keyExists {
            guard let existing = try IdentityCodeKey.load(forRegister: databasePath, create: false) else {
                throw IdentityCodeError.keyMissing(path: IdentityCodeKey.path(forRegister: databasePath))
            }
            key = existing
            reason = .adopted
        }
        try store.recordKeyFingerprint(
            of: key, reason: reason, actor: actorName, now: Clock.now(), today: try Clock.today())
        let origin = reason == .created ? "new" : "found there, taken over"
        printNote(
            "the register's identity-code key is \(key.path) (\(origin)). Back it up whenever you back up the "
                + "register, and keep that copy apart from the register's backups: without the key, stored identity "
                + "codes can be neither matched nor opened (docs/security.md, Key handling).")
    }

    /// Opens an existing register for a command that changes it or must have it (a missing one is "not found",
    /// exit 66, and no file is made), and warns if it can be read by others.
    func openExistingStore() throws -> SQLiteStore {
        let store = try SQLiteStore(path: try sqlitePath(), create: false)
        logOpened(store)
        warnIfExposed()
        return store
    }

    /// Opens the register for a command that only reads it, and never creates one.
    ///
    /// A register missing at a path that was given (`--database`, `$DSR_DATABASE`) is "not found" (exit 66): the
    /// path may be mistyped, and an empty answer would mislead. At the default location, where no typing mistake is
    /// possible, a machine without a register yet gets a note on standard error and an empty register to read.
    func openStoreForReading() throws -> SQLiteStore {
        do {
            return try openExistingStore()
        } catch let error as StoreError {
            guard case .missing(let path) = error, !databasePathIsGiven else { throw error }
            printNote("no register at \(path) yet (create one with `dsr init`); the answer below is empty.")
            let store = try SQLiteStore.inMemory()
            logOpened(store)
            return store
        }
    }

    /// Opens the register for a dry run of a command that may create it: an existing register as it is, else an
    /// empty one in memory (with a note on standard error), so that the dry run creates nothing.
    func openStoreForDryRun() throws -> SQLiteStore {
        do {
            return try openExistingStore()
        } catch let error as StoreError {
            guard case .missing(let path) = error else { throw error }
            printNote("no register at \(path) yet; the dry run checks against an empty register and creates none.")
            let store = try SQLiteStore.inMemory()
            logOpened(store)
            return store
        }
    }

    /// Logs which register was opened (its path: never personal data) and how its integrity is made sure of.
    private func logOpened(_ store: SQLiteStore) {
        let log = self.log
        guard log.logLevel <= .info else { return }
        log.info("register opened", metadata: ["path": "\(store.path ?? "in memory")", "created": "\(store.created)"])
        switch store.integrityCheckPlan {
        case .inMemory:
            log.info("integrity check not needed: the register is in memory")
        case .readOnly(let reason):
            log.info("integrity check not needed: the register is only read here (\(reason))")
        case .stampCurrent(let checkedAt):
            log.info(
                "integrity check skipped: the stamp beside the register is current",
                metadata: ["last-full-check": "\(Date(timeIntervalSince1970: TimeInterval(checkedAt)))"])
        case .checkBeforeFirstChange:
            log.info("integrity check (quick_check) runs before the first change: no current stamp beside the register")
        }
    }

    /// Warns on standard error (the command still succeeds) when the register or its identity-code key file can be
    /// read or written by users other than its owner: both hold personal data or protect it.
    func warnIfExposed() {
        let path = databasePath
        if let mode = SQLiteStore.exposedMode(ofFileAt: path) {
            printWarning(
                "the register \(path) can be read or written by other users (mode \(String(mode, radix: 8))); "
                    + "it holds personal data. Make it private: chmod 600 \(path)")
        }
        if let mode = IdentityCodeKey.exposedMode(forRegister: path) {
            let key = IdentityCodeKey.path(forRegister: path)
            printWarning(
                "the identity-code key file \(key) can be read or written by other users "
                    + "(mode \(String(mode, radix: 8))). Make it private: chmod 600 \(key)")
        }
    }

    /// The service over the register and the built-in workflows; `creating` for the commands that may create the
    /// register (see ``openStore()``), else it must exist (``openExistingStore()``). A PostgreSQL location opens that
    /// register (``openPostgres(_:)``), which `dsr init` must have made.
    ///
    /// - Parameter kinds: The kinds whose workflows the command will use, if it knows: they are read while a
    ///   PostgreSQL register is being opened, so that the parsing overlaps the server's answers.
    func openCases(creating: Bool, readingWorkflowsOf kinds: [RequestKind] = []) async throws -> CaseService {
        if let location = try postgresLocation() {
            return try await postgresService(location, readingWorkflowsOf: kinds)
        }
        return CaseService(
            storage: try creating ? openStore() : openExistingStore(), workflows: WorkflowCatalog.builtInOnDemand())
    }

    /// The service over the register for a command that only reads it (``openStoreForReading()``; a PostgreSQL
    /// register as by ``openCases(creating:)``).
    func openCasesForReading() async throws -> CaseService {
        if let location = try postgresLocation() { return try await postgresService(location) }
        return CaseService(storage: try openStoreForReading(), workflows: WorkflowCatalog.builtInOnDemand())
    }

    /// The service over the PostgreSQL register at `location`, whose opening (a connection and a look at its schema:
    /// a few round trips to the server) runs beside the reading of the workflows of `kinds`.
    private func postgresService(_ location: PostgresLocation, readingWorkflowsOf kinds: [RequestKind] = [])
        async throws -> CaseService
    {
        async let opening = Self.openPostgres(location, migrating: false)
        let workflows = WorkflowCatalog.builtInOnDemand()
        for kind in kinds { _ = workflows[kind] }
        let store = try await opening
        log.info("register opened", metadata: ["location": "\(location.redacted)"])
        return CaseService(storage: store, workflows: workflows)
    }

    /// Opens the PostgreSQL register at `location` without changing its schema: a database without a register, or
    /// with an older schema, is refused with a message that says to run `dsr init` (as the owner role); one of a
    /// newer dsr is refused (exit 74). Its backups are written as SQLite registers (``SQLiteRegisterCopyWriter``).
    ///
    /// The connections close when the process ends; a command's transactions have all ended by then.
    func openPostgres(_ location: PostgresLocation) async throws -> PostgresStore {
        let store = try await Self.openPostgres(location, migrating: false)
        log.info("register opened", metadata: ["location": "\(location.redacted)"])
        return store
    }

    /// Opens the PostgreSQL register at `location` with the password of the process's environment
    /// (``PostgresPassword``), applying the migrations it lacks first if `migrating` (as its owner role), and with
    /// the writer of its backups' SQLite files.
    ///
    /// The store started for the command line before it was parsed (``startEarly(arguments:environment:)``) is used if
    /// it is for `location`.
    static func openPostgres(_ location: PostgresLocation, migrating: Bool) async throws -> PostgresStore {
        let store = early.withLock { started -> PostgresStore? in
            guard let store = started, store.location == location else { return nil }
            started = nil
            return store
        }
        guard let store else {
            let password = PostgresPassword.lookUp(for: location, environment: ProcessInfo.processInfo.environment)
            return try await PostgresStore.open(
                location, password: password, migrating: migrating, copyWriter: SQLiteRegisterCopyWriter())
        }
        try await store.prepare(migrating: migrating)
        return store
    }

    /// The PostgreSQL store started before the command line was parsed, until a command opens it.
    private static let early = Mutex<PostgresStore?>(nil)

    /// Starts the PostgreSQL register that `arguments` name for a command that opens the register
    /// (``EarlyRegister``): its pool makes its first connection at once, while the command line is parsed. Nothing
    /// is read or written before the parsed command opens it (``openPostgres(_:migrating:)``); a command line that
    /// fails, or opens another register, leaves it unused until the process ends.
    static func startEarly(arguments: [String], environment: [String: String]) {
        guard let location = EarlyRegister.location(in: arguments, environment: environment) else { return }
        let password = PostgresPassword.lookUp(for: location, environment: environment)
        let store = PostgresStore.start(location, password: password, copyWriter: SQLiteRegisterCopyWriter())
        early.withLock { $0 = store }
    }

    /// The register's place, for `dsr restore`, which replaces the register without opening it.
    /// - Throws: ``StorageUnavailable`` (exit 74) for a PostgreSQL location: a PostgreSQL register is restored with
    ///   the server's own tools, or from an SQLite backup by `dsr migrate` (docs/storage.md).
    func registerLocation() throws -> any RegisterRestoring { SQLiteRegisterLocation(path: try sqlitePath()) }

    /// The own files of the register at `path` (database, logs, key, stamp), which no output may replace.
    static func ownFiles(ofRegister path: String) -> [RegisterOwnFile] {
        SQLiteRegisterLocation.ownFiles(ofRegister: path)
    }

    /// The service for `dsr import`, and whether this call created the register: a dry run reads an existing register
    /// or an empty one in memory (``openStoreForDryRun()``); else the register is created if need be (``openStore()``).
    func openCasesForImport(dryRun: Bool) async throws -> (service: CaseService, created: Bool) {
        if let location = try postgresLocation() {
            return (
                CaseService(storage: try await openPostgres(location), workflows: try WorkflowCatalog.builtIn()), false
            )
        }
        let store = try dryRun ? openStoreForDryRun() : openStore()
        return (CaseService(storage: store, workflows: try WorkflowCatalog.builtIn()), !dryRun && store.created)
    }

    /// Whether the register's identity-code key file exists.
    var registerKeyExists: Bool {
        FileManager.default.fileExists(atPath: IdentityCodeKey.path(forRegister: databasePath))
    }

    /// The register's files (the database, SQLite's companions, the integrity stamp) and, if `includingKey`, its key
    /// file: what a failed import removes of a register it created.
    func registerFiles(includingKey: Bool) -> [String] {
        var files = SQLiteStore.registerFiles(at: databasePath)
        if includingKey { files.append(IdentityCodeKey.path(forRegister: databasePath)) }
        return files
    }

    /// Opens the register, creating it if need be (``openStore()``), and checks that it is sound (`dsr init`).
    ///
    /// A PostgreSQL register is prepared by applying the migrations its database lacks (as the role in the URL,
    /// which must own the schema); one written by a newer dsr is refused (exit 74) and left as it is.
    func prepareRegister() async throws {
        if let location = try postgresLocation() {
            let store = try await Self.openPostgres(location, migrating: true)
            log.info("register opened", metadata: ["location": "\(location.redacted)"])
            do {
                let key = try await store.initialiseIdentityKey(actor: actorName, today: try Clock.moment())
                printNote(
                    "the register's identity-code key is \(key.location) (\(key.adopted ? "found there, taken over" : "new")). "
                        + "Copy it to every machine that runs dsr against this register, back it up apart from the "
                        + "register's backups: without the key, stored identity codes can be neither matched nor opened "
                        + "(docs/storage.md, PostgreSQL).")
            } catch IdentityCodeError.keyExists {
                // The register has its key already.
            } catch {
                await store.close()
                throw error
            }
            await store.close()
            return
        }
        let store = try openStore()
        try store.checkIntegrity()
        log.info("integrity check run: the register was checked whole")
    }
}

extension GlobalOptions {
    /// `dsr migrate`: opens the register at `from` and the empty one at `to` (one an SQLite path, the other a
    /// PostgreSQL URL), copies the first into the second (``RegisterMigration``), verifies both, and copies the
    /// identity-code key file to where the new register's key belongs (never over a different key).
    ///
    /// Into PostgreSQL, the database's schema is applied first if it lacks it (as `dsr init` does; the role in the URL
    /// must own the schema). Into SQLite, `to` must not exist; the file is made under a temporary name and linked into
    /// place once it verifies, with the copied head's anchor beside it (`FILE.anchor`).
    /// - Returns: The copy's verification and, if the source had a key file, where it was copied from and to.
    static func migrate(
        from: String, to: String, progress: @escaping @Sendable (CopyProgress) -> Void
    ) async throws -> (made: MigrationMade, key: (from: String, to: String)?) {
        let environment = ProcessInfo.processInfo.environment
        let workflows = try WorkflowCatalog.builtIn()
        if isPostgreSQL(to) {
            let location = try PostgresLocation(parsing: to, environment: environment)
            let source = try SQLiteStore(path: from, create: false)
            let target = try await openPostgres(location, migrating: true)
            do {
                let key = try KeyFileCopy.copy(from: IdentityCodeKey.path(forRegister: from), to: target.keyFile)
                let made = try await RegisterMigration.copy(
                    from: source, into: target, workflows: workflows, progress: progress)
                await target.close()
                return (made, key)
            } catch {
                await target.close()
                throw error
            }
        }
        let location = try PostgresLocation(parsing: from, environment: environment)
        let keyPath = IdentityCodeKey.path(forRegister: to)
        for path in [to, keyPath, SQLiteStore.anchorPath(forBackup: to)]
        where FileManager.default.fileExists(atPath: path) {
            throw MigrationTargetExists(path: path)
        }
        let source = try await openPostgres(location, migrating: false)
        do {
            let made = try await RegisterMigration.copy(
                from: source, toFile: to, writer: SQLiteRegisterCopyWriter(), workflows: workflows, progress: progress)
            let key = try KeyFileCopy.copy(from: source.keyFile, to: keyPath)
            await source.close()
            return (made, key)
        } catch {
            await source.close()
            throw error
        }
    }
}
