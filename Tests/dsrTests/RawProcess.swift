import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program with arguments given as raw bytes, so that tests can pass what Foundation's `Process` cannot:
/// invalid UTF-8. Standard output and error go to temporary files, read back after the program ends.
enum RawProcess {
    /// The result of one run.
    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]

        /// Standard error as text (invalid UTF-8 repaired).
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
        /// Standard output as text (invalid UTF-8 repaired).
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Failures to start a program.
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` with `arguments` (each a C string without its terminating zero) in `environment`.
    static func run(_ executable: String, arguments: [[UInt8]], environment: [String: String]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-raw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv =
            ([Array(executable.utf8)] + arguments).map { bytes -> UnsafeMutablePointer<CChar>? in
                let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
                for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
                pointer[bytes.count] = 0
                return pointer
            } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for argument in argv { argument?.deallocate() }
            for variable in envp { free(variable) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw SpawnError(description: "posix_spawn failed: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw SpawnError(description: "waitpid failed") }
        }
        let exited = status & 0x7F == 0
        return Result(
            status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            stdout: [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()),
            stderr: [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()))
    }
}
