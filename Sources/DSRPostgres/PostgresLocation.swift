import Foundation

/// Where a PostgreSQL register is: read from a location `postgresql://USER@HOST:PORT/DB` (or `postgres://…`), with
/// `?host=/run/postgresql` for a Unix socket folder and `passfile=`, `sslmode=` as libpq reads them.
///
/// A password is never part of a location (``PostgresLocationError/passwordInLocation``): it comes from
/// `PGPASSWORD`, the file `passfile=` names, `PGPASSFILE` or `~/.pgpass` (``PostgresPassword``).
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection is protected (libpq's `sslmode`).
    public enum TLSMode: String, Sendable, Equatable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS if the server offers it, without checking its certificate (libpq's default).
        case prefer
        /// TLS or no connection, without checking the certificate.
        case require
        /// TLS or no connection, the certificate checked against the system's roots and the host name.
        case verifyFull = "verify-full"
    }

    /// The host name or address (TCP), or `nil` for a Unix socket.
    public var host: String?
    /// The folder of the server's Unix socket (`host=/run/postgresql`), or `nil` for TCP.
    public var socketFolder: String?
    /// The port (also part of the socket's file name).
    public var port: Int
    /// The role to log in as.
    public var user: String
    /// The database.
    public var database: String
    /// A password file given with `passfile=`, or `nil`.
    public var passfile: String?
    /// The TLS mode.
    public var tlsMode: TLSMode
    /// The application name the server shows for the connection.
    public var applicationName: String

    /// Whether a location names a PostgreSQL register (`postgresql://` or `postgres://`) rather than a file.
    public static func isPostgreSQL(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// Reads a location.
    /// - Parameter environment: The process's environment, for libpq's defaults: `PGHOST`, `PGPORT`, `PGUSER`,
    ///   `PGDATABASE`, `PGSSLMODE`, `USER`.
    /// - Throws: ``PostgresLocationError`` if it holds a password, an unknown parameter, or cannot be read.
    public init(parsing location: String, environment: [String: String]) throws(PostgresLocationError) {
        // The scheme ends at the first colon (`isPostgreSQL` saw "postgresql://" or "postgres://" there). Found
        // without Foundation's `range(of:)`, which converts the text to UTF-16 through NSString (0.8 ms of every
        // command's start on a PostgreSQL register).
        guard Self.isPostgreSQL(location), let colon = location.firstIndex(of: ":"),
            location[colon...].hasPrefix("://")
        else {
            throw .malformed(part: "scheme")
        }
        var rest = location[location.index(colon, offsetBy: 3)...]
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var databasePart: Substring?
        if let slash = rest.firstIndex(of: "/") {
            databasePart = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var userPart: Substring?
        if let at = rest.lastIndex(of: "@") {
            userPart = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        if let userPart, userPart.contains(":") { throw .passwordInLocation }
        var hostPart = rest
        var portPart: Substring?
        if hostPart.hasPrefix("[") {  // [::1]:5432
            guard let close = hostPart.firstIndex(of: "]") else { throw .malformed(part: "host") }
            let after = hostPart[hostPart.index(after: close)...]
            if after.hasPrefix(":") {
                portPart = after.dropFirst()
            } else if !after.isEmpty {
                throw .malformed(part: "host")
            }
            hostPart = hostPart[hostPart.index(after: hostPart.startIndex)..<close]
        } else if let colon = hostPart.lastIndex(of: ":") {
            portPart = hostPart[hostPart.index(after: colon)...]
            hostPart = hostPart[..<colon]
        }
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), parts.count == 2, let value = Self.decode(parts[1]) else {
                throw .malformed(part: "query")
            }
            guard name != "password" else { throw .passwordInLocation }
            guard Self.parameterNames.contains(name) else { throw .unsupportedParameter(name: name) }
            parameters[name] = value
        }

        guard let host = Self.decode(hostPart), let user = userPart.map(Self.decode) ?? "",
            let database = databasePart.map(Self.decode) ?? ""
        else { throw .malformed(part: "host, user or database name") }
        let hostValue = parameters["host"] ?? (host.isEmpty ? environment["PGHOST"] ?? "" : host)
        if hostValue.hasPrefix("/") {
            socketFolder = hostValue
            self.host = nil
        } else {
            socketFolder = hostValue.isEmpty ? "/run/postgresql" : nil
            self.host = hostValue.isEmpty ? nil : hostValue
        }
        let portText = parameters["port"] ?? portPart.map(String.init) ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65_535).contains(port) else { throw .malformed(part: "port") }
        self.port = port
        let userValue = parameters["user"] ?? (user.isEmpty ? environment["PGUSER"] ?? environment["USER"] ?? "" : user)
        guard !userValue.isEmpty else { throw .malformed(part: "user") }
        self.user = userValue
        let databaseValue =
            parameters["dbname"] ?? (database.isEmpty ? environment["PGDATABASE"] ?? userValue : database)
        guard !databaseValue.isEmpty else { throw .malformed(part: "database name") }
        self.database = databaseValue
        passfile = parameters["passfile"]
        let modeText = parameters["sslmode"] ?? environment["PGSSLMODE"] ?? TLSMode.prefer.rawValue
        guard let mode = TLSMode(rawValue: modeText) else {
            throw .unsupportedTLSMode(accepted: TLSMode.allCases.map(\.rawValue))
        }
        tlsMode = mode
        applicationName = parameters["application_name"] ?? "dsr"
    }

    /// The query parameters a location may have.
    static let parameterNames: Set<String> = [
        "host", "port", "user", "dbname", "passfile", "sslmode", "application_name",
    ]

    /// Where the register is, as a URL without the user name (never a password): `postgresql://HOST:PORT/DB`, or
    /// `postgresql://:PORT/DB?host=FOLDER` for a Unix socket. Messages and logs name a register by it.
    public var redacted: String {
        if let socketFolder { return "postgresql://:\(port)/\(database)?host=\(socketFolder)" }
        let place = host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? ""
        return "postgresql://\(place):\(port)/\(database)"
    }

    /// The path of the server's Unix socket, for a socket location.
    public var socketPath: String? {
        socketFolder.map { "\($0)/.s.PGSQL.\(port)" }
    }

    /// Percent-decodes a part of the URL, or `nil` if it is not valid.
    private static func decode(_ text: Substring) -> String? {
        String(text).removingPercentEncoding
    }
}
