import Foundation
import PostgresNIO

extension PostgresConnection {
    /// Runs `query` like `query(_:logger:)`, but fails with ``ConnectionLost`` instead of waiting for ever if the
    /// connection is closed or closes before the server answers (``ConnectionWatch``). Every query of DSRPostgres goes
    /// through it.
    ///
    /// The driver's query runs in a task of its own; if the connection was already closed when it was written, that
    /// task never ends (the driver never answers it), and only it is lost, not the caller.
    @discardableResult
    func guardedQuery(
        _ query: PostgresQuery, logger: Logger, file: String = #fileID, line: Int = #line
    ) async throws -> PostgresRowSequence {
        try await guarded { try await self.query(query, logger: logger, file: file, line: line) }
    }

    /// Copies `rows` (``PostgresCopyText``) into `columns` of `table` with `COPY … FROM STDIN` in text format, guarded
    /// as ``guardedQuery(_:logger:file:line:)`` is: the driver's `copyFrom` also waits for ever on a closed
    /// connection. `table` and `columns` are written into the statement as they are: dsr's own names only.
    func guardedCopy(into table: String, columns: [String], rows: PostgresCopyText, logger: Logger) async throws {
        guard rows.rows > 0 else { return }
        let buffer = rows.buffer
        try await guarded {
            try await self.copyFrom(table: table, columns: columns, logger: logger) { writer in
                try await writer.write(buffer)
            }
        }
    }

    /// Runs `operation` on this connection in a task of its own, and fails with ``ConnectionLost`` at once if the
    /// connection is closed, or as soon as it closes before `operation` ends (``ConnectionWatch``).
    private func guarded<Value: Sendable>(_ operation: @escaping @Sendable () async throws -> Value) async throws
        -> Value
    {
        if isClosed { throw ConnectionLost() }
        let answer = OneAnswer<Value>()
        return try await withCheckedThrowingContinuation { continuation in
            answer.set(continuation)
            let token = ConnectionWatch.shared.watch(self) { answer.resume(with: .failure(ConnectionLost())) }
            Task {
                let result: Result<Value, any Error>
                do {
                    result = .success(try await operation())
                } catch {
                    result = .failure(error)
                }
                ConnectionWatch.shared.leave(token, on: self)
                answer.resume(with: result)
            }
        }
    }
}

/// A continuation resumed by the first of two answers (the query's, or the watch's news of a closed connection); the
/// second is dropped.
///
/// `@unchecked Sendable` because its mutable state is read and written only while holding `lock`.
private final class OneAnswer<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?

    /// Gives the continuation to resume, before either answer can come.
    func set(_ continuation: CheckedContinuation<Value, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    /// Resumes the continuation with `result` if no answer came before.
    func resume(with result: Result<Value, any Error>) {
        let waiting = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
