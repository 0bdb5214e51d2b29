import DSRCore
import DSRPostgres
import Foundation
import Testing

/// Reading a PostgreSQL register's location (`postgresql://USER@HOST:PORT/DB?…`) and its password's source.
struct PostgresLocationParsingTests {
    private let environment = ["USER": "login", "HOME": "/nonexistent"]

    @Test
    func aTCPLocationReadsItsParts() throws {
        let location = try PostgresLocation(
            parsing: "postgresql://dsr@db.example.fi:6543/registers", environment: environment)
        #expect(location.host == "db.example.fi")
        #expect(location.socketFolder == nil)
        #expect(location.port == 6543)
        #expect(location.user == "dsr")
        #expect(location.database == "registers")
        #expect(location.tlsMode == .prefer)
        #expect(location.redacted == "postgresql://db.example.fi:6543/registers")
    }

    @Test
    func aSocketFolderAndTheDefaultsAreReadAsLibpqReadsThem() throws {
        let location = try PostgresLocation(
            parsing: "postgres://dsr@/dsr?host=/run/postgresql&sslmode=disable", environment: environment)
        #expect(location.host == nil)
        #expect(location.socketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(location.tlsMode == .disable)
        #expect(location.redacted == "postgresql://:5432/dsr?host=/run/postgresql")
        let bare = try PostgresLocation(parsing: "postgresql://", environment: environment)
        #expect(bare.user == "login")
        #expect(bare.database == "login")
        #expect(bare.socketFolder == "/run/postgresql")
    }

    @Test(arguments: [
        "postgresql://dsr:secret@127.0.0.1:5432/dsr", "postgresql://dsr@127.0.0.1/dsr?password=secret",
        "postgres://dsr:@127.0.0.1/dsr",
    ])
    func aPasswordInTheLocationIsRefused(url: String) {
        #expect(throws: PostgresLocationError.passwordInLocation) {
            try PostgresLocation(parsing: url, environment: environment)
        }
        #expect(PostgresLocationError.passwordInLocation.category == .usage)
    }

    @Test
    func anUnknownParameterOrABadPortOrTLSModeIsRefusedWithoutRepeatingTheValue() {
        #expect(throws: PostgresLocationError.unsupportedParameter(name: "options")) {
            try PostgresLocation(parsing: "postgresql://dsr@h/dsr?options=-c%20x", environment: environment)
        }
        #expect(throws: PostgresLocationError.malformed(part: "port")) {
            try PostgresLocation(parsing: "postgresql://dsr@h:99999/dsr", environment: environment)
        }
        #expect(
            throws: PostgresLocationError.unsupportedTLSMode(accepted: ["disable", "prefer", "require", "verify-full"])
        ) {
            try PostgresLocation(parsing: "postgresql://dsr@h/dsr?sslmode=allow", environment: environment)
        }
    }

    @Test
    func thePasswordComesFromPGPASSWORDOrAPrivatePasswordFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pgpass").path
        try "# comment\nother:5432:dsr:dsr:wrong\n*:5432:dsr:dsr:pa\\:ss\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let location = try PostgresLocation(
            parsing: "postgresql://dsr@127.0.0.1:5432/dsr?passfile=\(file)", environment: environment)

        #expect(PostgresPassword.lookUp(for: location, environment: environment) == "pa:ss")
        #expect(PostgresPassword.lookUp(for: location, environment: ["PGPASSWORD": "env"]) == "env")

        // A password file others can read is ignored, as libpq ignores it
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(PostgresPassword.lookUp(for: location, environment: environment) == nil)
    }
}
