import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `dsr` with each of its standard descriptors chosen: closed, `/dev/null`, a device such as
/// `/dev/full`, a file that is read back, or a pipe whose reader is already gone. Foundation's `Process` cannot start
/// a program with a closed descriptor or a broken pipe.
enum StreamProcess {
    /// What one of descriptors 0, 1, 2 is in the program.
    enum Stream {
        /// Not open at all.
        case closed
        /// `/dev/null`.
        case null
        /// A file or device opened for writing as it is (for example `/dev/full`); for descriptor 0, for reading.
        case path(String)
        /// A new file whose bytes come back in the result.
        case captured
        /// The writing end of a pipe that has no reader: every write gets `EPIPE` (or `SIGPIPE`).
        case brokenPipe
    }

    /// How the program ended.
    struct Result {
        /// Its exit code, if it exited.
        var exitCode: Int32?
        /// The signal that ended it, if one did.
        var signal: Int32?
        /// What it wrote to a `.captured` standard output.
        var stdout: [UInt8]
        /// What it wrote to a `.captured` standard error.
        var stderr: [UInt8]

        /// Standard output as text.
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard error as text.
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs dsr with `arguments` on the register of `dsr`, today 2026-11-21, with the descriptors as given.
    static func run(
        _ dsr: DSRBinary, _ arguments: [String], stdin: Stream = .null, stdout: Stream = .captured,
        stderr: Stream = .captured
    ) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = dsr.database
        environment["DSR_TODAY"] = "2026-11-21"
        environment["DSR_ACTOR"] = "test-officer"

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-streams-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let captured = [1: folder.appendingPathComponent("out").path, 2: folder.appendingPathComponent("err").path]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = []
        defer { for end in pipeEnds { close(end) } }
        for (descriptor, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .closed:
                posix_spawn_file_actions_addclose(&actions, descriptor)
            case .null:
                posix_spawn_file_actions_addopen(
                    &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
            case .path(let path):
                posix_spawn_file_actions_addopen(&actions, descriptor, path, descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
            case .captured:
                posix_spawn_file_actions_addopen(
                    &actions, descriptor, captured[Int(descriptor)] ?? "/dev/null",
                    O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .brokenPipe:
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else { throw RawProcess.SpawnError(description: "pipe failed") }
                for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
                // Only the program gets the writing end; the reading end is closed before it starts.
                close(ends[0])
                pipeEnds.append(ends[1])
                posix_spawn_file_actions_adddup2(&actions, ends[1], descriptor)
            }
        }

        let argv = ([DSRBinary.executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for argument in argv { free(argument) }
            for variable in envp { free(variable) }
        }
        // The program must see SIGPIPE with its default action, as it would from a shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        var pid = pid_t()
        let spawned = posix_spawn(&pid, DSRBinary.executable.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw RawProcess.SpawnError(description: "posix_spawn failed: \(String(cString: strerror(spawned)))")
        }
        for end in pipeEnds { close(end) }
        pipeEnds = []
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw RawProcess.SpawnError(description: "waitpid failed") }
        }
        let signalled = status & 0x7F
        func read(_ descriptor: Int) -> [UInt8] {
            guard let path = captured[descriptor], let data = FileManager.default.contents(atPath: path) else {
                return []
            }
            return [UInt8](data)
        }
        return Result(
            exitCode: signalled == 0 ? (status >> 8) & 0xFF : nil, signal: signalled == 0 ? nil : signalled,
            stdout: read(1), stderr: read(2))
    }
}
