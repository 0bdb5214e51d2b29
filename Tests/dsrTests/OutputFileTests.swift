import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files dsr writes (`--output FILE`, `dsr backup FILE`): nothing existing is replaced without `--force`, the
/// register's own files never, only regular files at all, new files are 0600 and appear whole.
@Suite("dsr output files")
struct OutputFileTests {
    /// A register with a refused access request 2026-0001 (an identity code, so the key file exists) and one issued
    /// letter, 2026-0001/L1.
    private func register() throws -> DSRBinary {
        let dsr = try DSRBinary()
        try dsr.run(["controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5"])
        try dsr.run([
            "register", "access", "--name", "Matti Meikäläinen", "--received", "2026-10-05",
            "--hetu", "131052-308T",
        ])
        try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Neljäs pyyntö.", "--on", "2026-11-21",
        ])
        let issued = try dsr.run(["letter", "2026-0001", "refusal", "--issue"])
        #expect(issued.status == 0, "\(issued.stderr)")
        return dsr
    }

    /// Every command that takes `--output FILE`, writing to `path`.
    static func outputCommands(_ path: String) -> [[String]] {
        [
            ["letter", "2026-0001", "refusal", "--output", path],
            ["letter", "2026-0001", "refusal", "--issue", "--output", path],
            ["letter", "show-issued", "2026-0001/L1", "--output", path],
            ["calendar", "--output", path],
            ["audit", "export", "--output", path],
        ]
    }

    /// The names in a folder, so that a test sees no temporary file is left behind.
    private func names(in folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    }

    @Test(arguments: 0..<5)
    func anExistingFileIsRefusedWithSeventyThreeAndReplacedOnlyWithForce(_ index: Int) throws {
        // Given a file already at the path
        let dsr = try register()
        defer { dsr.remove() }
        let path = dsr.folder.appendingPathComponent("kept.txt").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = try names(in: dsr.folder)
        let command = Self.outputCommands(path)[index]

        // When the command writes there without --force, it refuses with 73, names --force, and leaves the file
        let refused = try dsr.run(command)
        #expect(refused.status == 73, "\(command): \(refused.stderr)")
        #expect(refused.stderr.hasPrefix("Error: ") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        #expect(try names(in: dsr.folder) == before)

        // And with --force it replaces the file with a private one
        let forced = try dsr.run(command + ["--force"])
        #expect(forced.status == 0, "\(command): \(forced.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) != "keep me\n")
        #expect(try permissions(path) == 0o600)
        #expect(try names(in: dsr.folder) == before)
    }

    @Test(arguments: ["", "-wal", "-shm", ".key", ".checked"])
    func theRegistersOwnFilesAreRefusedEvenWithForce(_ suffix: String) throws {
        // Given the register, after a command that left its files in place
        let dsr = try register()
        defer { dsr.remove() }
        let target = dsr.database + suffix
        let before = FileManager.default.contents(atPath: target)

        // When every output command, and a backup, is told to write over one of them with --force
        for command in Self.outputCommands(target) + [["backup", target]] {
            let result = try dsr.run(command + ["--force"])

            // Then each refuses with 73 and the file is as it was (or still absent)
            #expect(result.status == 73, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("never writes over it"), "\(command): \(result.stderr)")
            #expect(FileManager.default.contents(atPath: target) == before, "\(command) changed \(target)")
        }
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func theRegisterIsRecognisedUnderAnotherNameAndThroughAHardLink() throws {
        let dsr = try register()
        defer { dsr.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        // Another spelling of the same path, through a symbolic link to its folder
        let alias = dsr.folder.appendingPathComponent("alias").path
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: dsr.folder.path)
        // A second name of the same file
        let hardLink = dsr.folder.appendingPathComponent("same-inode.sqlite").path
        #expect(link(dsr.database, hardLink) == 0)

        for target in [dsr.folder.path + "/./dsr.sqlite", alias + "/dsr.sqlite", alias + "/dsr.sqlite-wal", hardLink] {
            let result = try dsr.run(["calendar", "--output", target, "--force"])
            #expect(result.status == 73, "\(target): \(result.stderr)")
            #expect(result.stderr.contains("is the register"), "\(target): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dsr.database)) == before)
    }

    @Test func symbolicLinksFIFOsDevicesAndFoldersAreRefusedEvenWithForce() throws {
        // Given a symbolic link to another file, a dangling link, a FIFO, a device and a folder
        let dsr = try register()
        defer { dsr.remove() }
        let victim = dsr.folder.appendingPathComponent("victim.txt").path
        try Data("victim\n".utf8).write(to: URL(fileURLWithPath: victim))
        let link = dsr.folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let dangling = dsr.folder.appendingPathComponent("dangling.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: dsr.folder.path + "/nowhere")
        let fifo = dsr.folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let folder = dsr.folder.appendingPathComponent("folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        var targets = [
            (link, "a symbolic link"), (dangling, "a symbolic link"), (fifo, "a FIFO"), (folder, "a folder"),
        ]
        // Never a real device such as /dev/null: a dsr that replaced it would break the machine. A device node of our
        // own (a null device) can be made by root only.
        let device = dsr.folder.appendingPathComponent("null-device").path
        if let made = Self.makeNullDevice(at: device) { targets.append((made, "a device")) }

        // When each is the target of every output command, with and without --force
        for (target, kind) in targets {
            for command in Self.outputCommands(target) + [["backup", target]] {
                for force in [[], ["--force"]] {
                    let result = try dsr.run(command + force)
                    // Then it is refused with 73 and nothing is written through it
                    #expect(result.status == 73, "\(command + force): \(result.stderr)")
                    #expect(result.stderr.contains(kind), "\(command + force): \(result.stderr)")
                }
            }
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim\n")
        if targets.count == 5 {
            var info = stat()
            #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "the device node was replaced")
        }
        #expect(FileManager.default.fileExists(atPath: dsr.folder.path + "/nowhere") == false)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == victim)
    }

    /// Makes a character device node like /dev/null at `path` (root only), or returns `nil`.
    static func makeNullDevice(at path: String) -> String? {
        var null = stat()
        guard stat("/dev/null", &null) == 0, null.st_mode & S_IFMT == S_IFCHR,
            mknod(path, S_IFCHR | 0o600, null.st_rdev) == 0
        else { return nil }
        return path
    }

    @Test func aNewFileIsPrivateAndWholeAndNoTemporaryFileIsLeft() throws {
        let dsr = try register()
        defer { dsr.remove() }
        let before = try names(in: dsr.folder)
        // The usual umask, under which a file created with the default mode would be 0644
        let previous = umask(0o022)
        defer { umask(previous) }
        for (index, command) in Self.outputCommands("").enumerated() {
            let path = dsr.folder.appendingPathComponent("out-\(index)").path
            let result = try dsr.run(command.map { $0.isEmpty ? path : $0 })
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try permissions(path) == 0o600, "\(command)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty == false)
        }
        #expect(try names(in: dsr.folder) == before.union((0..<5).map { "out-\($0)" }))
    }

    @Test func aFolderThatCannotTakeTheFileIsSeventyThree() throws {
        let dsr = try register()
        defer { dsr.remove() }
        for command in Self.outputCommands(dsr.folder.path + "/no-such-folder/out.txt") {
            let result = try dsr.run(command)
            #expect(result.status == 73, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot create"), "\(command): \(result.stderr)")
        }
    }

    @Test func backupAndRestoreRefuseToOverwriteWithSeventyThree() throws {
        let dsr = try register()
        defer { dsr.remove() }
        let backup = dsr.folder.appendingPathComponent("backup.sqlite").path
        #expect(try dsr.run(["backup", backup]).status == 0)
        let again = try dsr.run(["backup", backup])
        #expect(again.status == 73)
        #expect(again.stderr.contains("--force"))
        let restore = try dsr.run(["restore", backup])
        #expect(restore.status == 73)
        #expect(restore.stderr.contains("--force"))
        #expect(try dsr.run(["backup", backup, "--force"]).status == 0)
    }
}
