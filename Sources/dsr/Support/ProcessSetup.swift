#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What dsr does first, before it opens any file.
enum ProcessSetup {
    /// The exit code when a closed standard descriptor cannot be filled (`/dev/null` cannot be opened): 71,
    /// `EX_OSERR`. No message: there may be nowhere to write it.
    static let noNullDeviceExitCode: Int32 = 71

    /// Opens `/dev/null` on each of descriptors 0, 1 and 2 that is closed, so that no file dsr opens later (an output
    /// file, the key file) gets one of them and receives what dsr prints; and ignores `SIGPIPE`, so that writing to a
    /// closed pipe returns `EPIPE` (ended quietly, see ``StandardOutputFailure``) instead of killing the process.
    static func prepare() {
        for descriptor in STDIN_FILENO...STDERR_FILENO where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // `open` returns the lowest free descriptor, which is this one: the lower ones are open by now.
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            guard opened == descriptor else { _exit(noNullDeviceExitCode) }
        }
        signal(SIGPIPE, SIG_IGN)
    }
}
