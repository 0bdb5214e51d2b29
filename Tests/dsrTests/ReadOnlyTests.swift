import Foundation
import Testing

/// A register that cannot be written — the file, its folder, or the whole file system — still serves every read, and
/// a change fails with exit 74 and a message that says why, leaving the file as it was.
///
/// Root ignores file permissions, so as root the permission cases run dsr as the unprivileged user `nobody`
/// (`setpriv`); the read-only file system is a read-only bind mount in a private mount namespace (`unshare -m`),
/// which root cannot write either.
struct ReadOnlyTests {
    /// Whether this process runs as root.
    static let isRoot = getuid() == 0

    /// Whether dsr can be run as another user here (root with setpriv) or permissions bind this user anyway.
    static let canDropPrivileges = !isRoot || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// Whether a private read-only bind mount can be made (root with CAP_SYS_ADMIN and unshare).
    static let canMountReadOnly: Bool = {
        guard isRoot, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = try? RawProcess.run(
            "/usr/bin/unshare", arguments: [Array("-m".utf8), Array("true".utf8)],
            environment: [:])
        return probe?.status == 0
    }()

    /// Runs dsr as a user that file permissions bind: `nobody` when this process is root.
    private func runUnprivileged(_ dsr: DSRBinary, _ arguments: [String]) throws -> RawProcess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = dsr.database
        environment["DSR_TODAY"] = "2026-11-21"
        environment["DSR_ACTOR"] = "test-officer"
        let binary = DSRBinary.executable.path
        if Self.isRoot {
            return try RawProcess.run(
                "/usr/bin/setpriv",
                arguments: (["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments).map {
                    Array($0.utf8)
                },
                environment: environment)
        }
        return try RawProcess.run(binary, arguments: arguments.map { Array($0.utf8) }, environment: environment)
    }

    /// A register with two requests whose folder others may enter and whose file others may read.
    private func makeRegister() throws -> DSRBinary {
        let dsr = try DSRBinary()
        try dsr.run(["register", "access", "--name", "Aino Arkistoija", "--received", "2026-11-02"])
        try dsr.run(["register", "erasure", "--name", "Bertta Poistaja", "--received", "2026-11-03"])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dsr.folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: dsr.database)
        return dsr
    }

    @Test(.enabled(if: canDropPrivileges, "needs setpriv to test permissions as root"), arguments: [false, true])
    func readOnlyFileOrFolderServesReadsAndRefusesChanges(folderWritable: Bool) throws {
        // Given a register this user cannot write (and, in one case, a folder it cannot write either)
        let dsr = try makeRegister()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dsr.folder.path)
            dsr.remove()
        }
        if folderWritable {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dsr.folder.path)
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dsr.folder.path)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        let files = try FileManager.default.contentsOfDirectory(atPath: dsr.folder.path).sorted()
        #expect(files.contains("dsr.sqlite"))

        // Then reads work
        let list = try runUnprivileged(dsr, ["list"])
        #expect(list.status == 0, "\(list.stderrText)")
        #expect(list.stdoutText.contains("2026-0002"))
        let verify = try runUnprivileged(dsr, ["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stderrText)")

        // And a change fails with exit 74, saying why, before anything is touched
        let change = try runUnprivileged(dsr, ["register", "access", "--name", "Cecilia", "--received", "2026-11-04"])
        #expect(change.status == 74)
        #expect(change.stderrText.contains("the register is read-only"), "\(change.stderrText)")
        #expect(change.stderrText.contains(folderWritable ? "cannot write the file" : "cannot write"))
        let event = try runUnprivileged(dsr, ["acknowledge", "2026-0001"])
        #expect(event.status == 74)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dsr.database)) == before)
        if !folderWritable {
            #expect(try FileManager.default.contentsOfDirectory(atPath: dsr.folder.path).sorted() == files)
        }
    }

    @Test(.enabled(if: canDropPrivileges, "needs setpriv to test permissions as root"))
    func newRegisterInAReadOnlyFolderIsAClearFailure() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dsr.folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dsr.folder.path) }

        let result = try runUnprivileged(dsr, ["init"])

        #expect(result.status == 74)
        #expect(
            result.stderrText.hasPrefix("Error: cannot open the register at \(dsr.database)"), "\(result.stderrText)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dsr.folder.path).isEmpty)
    }

    @Test(.enabled(if: canMountReadOnly, "needs root and unshare for a read-only bind mount"))
    func registerOnAReadOnlyFileSystemServesReadsAndRefusesChanges() throws {
        // Given the register's folder mounted read-only (even root cannot write it)
        let dsr = try makeRegister()
        defer { dsr.remove() }
        let mountPoint = dsr.folder.appendingPathComponent("mnt").path
        let source = dsr.folder.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: dsr.database, toPath: source + "/dsr.sqlite")
        try FileManager.default.moveItem(atPath: dsr.database + ".key", toPath: source + "/dsr.sqlite.key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: source + "/dsr.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: source + "/dsr.sqlite"))

        func run(_ arguments: [String]) throws -> RawProcess.Result {
            let script = "mount --bind \"$1\" \"$2\" && mount -o remount,ro,bind \"$2\" && shift 2 && exec \"$@\""
            var environment = ProcessInfo.processInfo.environment
            environment["DSR_DATABASE"] = mountPoint + "/dsr.sqlite"
            environment["DSR_TODAY"] = "2026-11-21"
            let all = ["-m", "sh", "-c", script, "sh", source, mountPoint, DSRBinary.executable.path] + arguments
            return try RawProcess.run(
                "/usr/bin/unshare", arguments: all.map { Array($0.utf8) }, environment: environment)
        }

        // Then reads work, as root too
        let list = try run(["list"])
        #expect(list.status == 0, "\(list.stderrText)")
        #expect(list.stdoutText.contains("2026-0001"))
        #expect(try run(["audit", "verify"]).status == 0)
        #expect(try run(["show", "2026-0002"]).status == 0)

        // And changes fail with exit 74, naming the read-only file system
        for arguments in [
            ["register", "access", "--name", "C", "--received", "2026-11-04"], ["acknowledge", "2026-0001"],
            ["controller", "set", "--name", "Esimerkki Oy"],
        ] {
            let result = try run(arguments)
            #expect(result.status == 74, "\(arguments): \(result.stderrText)")
            #expect(result.stderrText.contains("read-only file system"), "\(result.stderrText)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: source + "/dsr.sqlite")) == before)
    }
}
