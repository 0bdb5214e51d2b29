/// Lets one run of a costly job at a time through (the audit verification walks the whole register while holding
/// its read), and turns away whoever asks while it runs, so that repeated requests cannot stack up and stall the
/// server.
package actor SingleFlight {
    /// Whether the job is running.
    private var running = false

    /// Creates a gate with nothing running.
    package init() {}

    /// Runs `body` unless a run is under way.
    /// - Returns: `body`'s result, or `nil` when another run was under way (nothing was done).
    package func run<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T? {
        guard !running else { return nil }
        running = true
        defer { running = false }
        return try await body()
    }
}
