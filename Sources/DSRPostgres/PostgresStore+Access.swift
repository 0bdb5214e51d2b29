import DSRCore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Runs `body` on a pooled connection, outside a transaction (one consistent statement at a time).
    /// - Throws: What `body` throws; the driver's errors as ``StoreError``.
    func read<Result: Sendable>(
        _ operation: String, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await withOpenConnection { connection in try await body(connection) }
        } catch {
            throw storeError(error, operation: operation)
        }
    }

    /// Runs `body` in one transaction that first locks the head of the hash chain, and writes the head once at the
    /// end if `body` appended events (``ChainWriter``). The transaction is committed if `body` returns, and rolled
    /// back if it throws.
    /// - Throws: What `body` throws, unchanged; the driver's errors as ``StoreError``.
    func write<Result: Sendable>(
        _ operation: String, _ body: (PostgresConnection, inout ChainWriter) async throws -> Result
    ) async throws -> Result {
        try await transaction(operation, "BEGIN ISOLATION LEVEL READ COMMITTED") { connection in
            var chain = try await ChainWriter.lock(on: connection, logger: logger)
            let result = try await body(connection, &chain)
            try await chain.writeHead(on: connection, logger: logger)
            return result
        }
    }

    /// Runs `body` on a pooled connection in one transaction opened by `begin` (a `BEGIN` statement with its
    /// isolation level), committed if `body` returns and rolled back if it throws.
    /// - Throws: What `body` throws, unchanged; the driver's errors as ``StoreError``.
    func transaction<Result: Sendable>(
        _ operation: String, _ begin: PostgresQuery, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await withOpenConnection { connection in
                try await connection.guardedQuery(begin, logger: logger)
                let result: Result
                do {
                    result = try await body(connection)
                } catch {
                    _ = try? await connection.guardedQuery("ROLLBACK", logger: logger)
                    throw error
                }
                do {
                    try await connection.guardedQuery("COMMIT", logger: logger)
                } catch {
                    throw CommitUnanswered(error: error)
                }
                return result
            }
        } catch let unanswered as CommitUnanswered {
            // The server refused the commit (a deferred constraint, say): the transaction was rolled back. The
            // connection failed while the commit was on its way or being made: it may have been made.
            if let error = unanswered.error as? PSQLError, error.serverInfo?[.message] != nil {
                throw storeError(error, operation: operation)
            }
            throw StoreError.outcomeUnknown(operation: operation, reason: connectionFailure(unanswered.error))
        } catch {
            throw storeError(error, operation: operation)
        }
    }

    /// Runs `body` on a pooled connection that is open when it is handed over.
    ///
    /// When the server ends a connection, the connection knows it before the pool does: for a moment the pool can
    /// still hand it out, and the first statement on it would fail although nothing had been sent. Such a connection
    /// is given back and another asked for, a few times, before the operation fails with ``ConnectionLost``.
    /// - Throws: What `body` throws, unchanged.
    func withOpenConnection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws
        -> Result
    {
        for attempt in 1...Self.closedConnectionAttempts {
            do {
                return try await client.withConnection { connection in
                    guard !connection.isClosed else { throw ClosedWhenHandedOver() }
                    return try await body(connection)
                }
            } catch is ClosedWhenHandedOver {
                try await Task.sleep(for: .milliseconds(10 * attempt))
            }
        }
        throw ConnectionLost()
    }

    /// How many connections ``withOpenConnection(_:)`` asks the pool for before it gives up.
    static let closedConnectionAttempts = 5

    /// The ``StoreError`` for a failure of the driver or the server; any other error unchanged (a caller's own,
    /// or a ``StoreError`` already).
    ///
    /// Only the server's primary message is kept (a trigger's rule, a constraint's name): never the statement or its
    /// values, and never the server's detail, which can quote a row.
    func storeError(_ error: any Error, operation: String) -> any Error {
        if let error = error as? PSQLError, let message = error.serverInfo?[.message] {
            return StoreError.failed(operation: operation, reason: "PostgreSQL refused it: \(message)")
        }
        guard error is ConnectionLost || error is PSQLError else { return error }
        return StoreError.failed(operation: operation, reason: connectionFailure(error))
    }

    /// What went wrong with the connection, for a driver's error that the server did not send: a lost connection
    /// (``ConnectionLost``) or the driver's own failure (its code only; its text can quote a statement).
    private func connectionFailure(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            return "the connection to the PostgreSQL server at \(location.redacted) failed (\(error.code))"
        }
        return "the connection to the PostgreSQL server at \(location.redacted) was lost before it answered"
    }

    /// The value of a row's column, or `nil` if it cannot be decoded as `type`. For an optional `type` a null
    /// column is `.some(nil)`, unlike `try?`, which would flatten it into a failure.
    static func cell<Value: PostgresDecodable>(_ row: PostgresRandomAccessRow, _ index: Int, as type: Value.Type)
        -> Value?
    {
        do {
            return try row[index].decode(Value.self)
        } catch {
            return nil
        }
    }

    /// Decodes a value the register keeps as JSON (written by DSRCore's `CanonicalJSON`).
    static func decodeJSON<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(text.utf8))
    }
}

/// The pool handed over a connection that had already closed (``PostgresStore/withOpenConnection(_:)``).
private struct ClosedWhenHandedOver: Error {}
