import DSRCore
import DSRStore
import Foundation
import Logging
import PostgresNIO

/// A dsr register in a PostgreSQL database, written through postgres-nio's `PostgresClient` and its connection pool.
///
/// postgres-nio's types never leave this module (docs/architecture.md): the service layer sees the storage
/// protocols of DSRCore, and errors are ``StoreError``s. Every change is one transaction in READ COMMITTED that first
/// locks the head of the hash chain (`chain_head`, `SELECT … FOR UPDATE`): writers take their turn there, so the
/// chain is extended by one transaction at a time, case numbers are allocated under the lock of their year's counter
/// row in the same transaction (gapless: a failed registration rolls its number back), and no serialization failure
/// can occur (docs/storage.md, PostgreSQL).
public final class PostgresStore: Sendable {
    /// Where the register is.
    public let location: PostgresLocation
    /// The register's identity-code key file, outside the database and the working folder (``keyFile(for:environment:)``).
    public let keyFile: String
    /// The connection pool.
    let client: PostgresClient
    /// The task that runs the pool (`PostgresClient.run()`), cancelled by ``close()``.
    private let runner: Task<Void, Never>
    /// What writes the portable register file of a backup (``backup(to:replacing:workflows:)``), or `nil` if this
    /// store was opened without one (its backups then fail with ``BackupError/cannotWrite(path:reason:)``).
    let copyWriter: (any RegisterCopyWriter)?
    /// The access log's keyed chain, read once from the register's key (``AccessLogKeyCache``).
    let accessLogKeys = AccessLogKeyCache()
    /// The access log's batcher: concurrent views of cases are recorded in shared transactions.
    let caseViewBatcher = CaseViewBatcher()
    /// The driver's logger: off, since a query's text or a server message may hold what a caller gave.
    let logger = Logger(label: "dsr.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// - Parameter connectingAtOnce: Whether the pool makes its first connection as soon as it runs, before it is
    ///   asked for one (and keeps one open from then on): ``start(_:password:keyFile:copyWriter:)``'s stores.
    init(
        location: PostgresLocation, password: String?, keyFile: String? = nil,
        copyWriter: (any RegisterCopyWriter)? = nil, connectingAtOnce: Bool = false
    ) {
        self.location = location
        self.copyWriter = copyWriter
        self.keyFile =
            keyFile ?? Self.keyFile(for: location, environment: ProcessInfo.processInfo.environment)
        var configuration: PostgresClient.Configuration
        if let socket = location.socketPath {
            configuration = .init(
                unixSocketPath: socket, username: location.user, password: password, database: location.database)
        } else {
            configuration = .init(
                host: location.host ?? "localhost", port: location.port, username: location.user, password: password,
                database: location.database, tls: Self.tls(location.tlsMode))
        }
        configuration.options.additionalStartupParameters = [("application_name", location.applicationName)]
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.maximumConnections = 8
        configuration.options.minimumConnections = connectingAtOnce ? 1 : 0
        let client = PostgresClient(configuration: configuration)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit {
        runner.cancel()
    }

    /// Opens the register at `location`: connects and checks that its schema is this dsr's.
    /// - Parameters:
    ///   - password: The password to give if the server asks for one (``PostgresPassword``).
    ///   - migrating: Whether to apply the migrations the database lacks first (`init`, run as the owner role): a
    ///     database without a register then becomes one.
    ///   - keyFile: The identity-code key file; `nil` for ``keyFile(for:environment:)`` of the process's environment.
    ///   - copyWriter: What writes a backup's portable register file (DSRStore's SQLite writer, given by the
    ///     composition root); without it, ``backup(to:replacing:workflows:)`` fails.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` if the server cannot be reached or refuses the login;
    ///   ``StoreError/missing(path:)`` if it holds no register and `migrating` is false;
    ///   ``StoreError/newerSchema(path:found:)`` if a newer dsr wrote it (nothing is changed then).
    public static func open(
        _ location: PostgresLocation, password: String?, migrating: Bool, keyFile: String? = nil,
        copyWriter: (any RegisterCopyWriter)? = nil
    ) async throws -> PostgresStore {
        let store = PostgresStore(location: location, password: password, keyFile: keyFile, copyWriter: copyWriter)
        try await store.prepare(migrating: migrating)
        return store
    }

    /// Starts a store for the register at `location` whose pool makes its first connection at once, before anything
    /// is asked of it, so that the server's share of opening (a new backend process, the login) overlaps what the
    /// caller does next. Nothing is read or written until ``prepare(migrating:)``, which must be awaited before the
    /// store is used.
    /// - Parameters: As for ``open(_:password:migrating:keyFile:copyWriter:)``.
    public static func start(
        _ location: PostgresLocation, password: String?, keyFile: String? = nil,
        copyWriter: (any RegisterCopyWriter)? = nil
    ) -> PostgresStore {
        PostgresStore(
            location: location, password: password, keyFile: keyFile, copyWriter: copyWriter, connectingAtOnce: true)
    }

    /// Checks that the register's schema is this dsr's (applying the migrations it lacks first if `migrating`), as
    /// ``open(_:password:migrating:keyFile:copyWriter:)`` does; the store is closed if it cannot be used.
    /// - Throws: As ``open(_:password:migrating:keyFile:copyWriter:)``.
    public func prepare(migrating: Bool) async throws {
        do {
            try await prepareSchema(migrating: migrating)
        } catch {
            await close()
            throw error
        }
    }

    /// Closes the connections. The store cannot be used afterwards.
    public func close() async {
        runner.cancel()
        _ = await runner.result
    }

    /// Where a PostgreSQL register's identity-code key file is: `$DSR_KEY_FILE`, else
    /// `$XDG_CONFIG_HOME/dsr/keys/HOST_PORT_DB.key` (`~/.config` without `XDG_CONFIG_HOME`), HOST being the server's
    /// host name or `socket` for a Unix socket. The key never goes into the database (docs/storage.md).
    public static func keyFile(for location: PostgresLocation, environment: [String: String]) -> String {
        if let file = environment["DSR_KEY_FILE"], !file.isEmpty { return file }
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        let host = location.socketFolder == nil ? (location.host ?? "localhost") : "socket"
        let name = "\(host)_\(location.port)_\(location.database)".map { character in
            character.isLetter || character.isNumber || character == "." || character == "-" ? character : "_"
        }
        return config + "/dsr/keys/" + String(name) + ".key"
    }

    /// The TLS settings of a mode (libpq's `sslmode`).
    private static func tls(_ mode: PostgresLocation.TLSMode) -> PostgresClient.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(unverified)
        case .require: return .require(unverified)
        case .verifyFull: return .require(.makeClientConfiguration())
        }
    }
}
