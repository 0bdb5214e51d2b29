import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: ImportStorage {
    /// Runs an import in one transaction (``PostgresImportSession``): all of its requests or none.
    ///
    /// Each batch's rows are copied into their tables with `COPY` (``PostgresImportRows``, migration 8). The
    /// transaction locks the head of the hash chain once at its start, so that other writers wait for the import, and
    /// writes the head once at its end (one update per event would make a large import quadratic); under
    /// the lock it reads the case counters and purged tags, so case numbers are given gapless from them. It is
    /// committed if `body` returns `keep`, and rolled back if `body` returns `false` or throws, or the task is
    /// cancelled.
    /// - Throws: Whatever `body` throws, unchanged (nothing is then stored); ``StoreError`` for a storage failure; the
    ///   key's error if requests were purged and the register's key is missing or wrong.
    public func importRequests<Result: Sendable>(
        _ body: (any ImportTransaction) async throws -> (keep: Bool, result: Result)
    ) async throws -> (stored: Bool, result: Result) {
        let operation = "import requests"
        // Rows of requests purged earlier are recognised by their tags under the register's key, which must then be
        // the register's own (a missing or other key stops the import).
        let hasPurgedTags = try await read(operation) { connection in
            let rows = try await connection.guardedQuery("SELECT EXISTS (SELECT 1 FROM purged_tag)", logger: logger)
            var found = false
            for try await exists in rows.decode(Bool.self) { found = exists }
            return found
        }
        let key = hasPurgedTags ? try await registerKey().key : nil
        do {
            return try await write(operation) { connection, chain in
                // The batches' lookups (`= ANY` of a batch's references, import keys or cases) are planned from
                // statistics of a table the import is still filling, and were planned as sequential scans of the whole
                // request table, once per batch: at 1M requests most of the server's time. For this transaction only,
                // the planner takes the indexes they are written for.
                try await connection.guardedQuery("SET LOCAL enable_seqscan = off", logger: logger)
                let batch = try await self.importBatch(operation: operation, key: key, chain: chain, on: connection)
                let session = PostgresImportSession(
                    connection: connection, logger: logger, operation: operation, batch: batch)
                let outcome: (keep: Bool, result: Result)
                do {
                    outcome = try await body(session)
                } catch {
                    // The last batch's copy must end before the transaction is rolled back.
                    _ = try? await session.finish(keep: false)
                    throw error
                }
                guard let head = try await session.finish(keep: outcome.keep) else {
                    throw ImportDiscarded(result: outcome.result)
                }
                chain.advance(to: head.sequence, hash: head.hash)
                return (true, outcome.result)
            }
        } catch let discarded as ImportDiscarded<Result> {
            return (false, discarded.result)
        }
    }

    /// 2,048 rows: each batch costs several round trips (its lookups, five copies and statements), and raises each
    /// year's counter once, leaving a row version that every later request of the import steps over when its
    /// trigger reads the counter; 256-row batches made a 100,000-request import spend a third of the server's time
    /// on those.
    public var importRowsPerBatch: Int { 2_048 }

    /// The batch of an import, from the counters and purged tags read under its lock.
    private func importBatch(
        operation: String, key: IdentityCodeKey?, chain: ChainWriter, on connection: PostgresConnection
    ) async throws -> PostgresRequestBatch {
        var counters: [Int: Int] = [:]
        let counted = try await connection.guardedQuery("SELECT year, last FROM case_counter", logger: logger)
        for try await (year, last) in counted.decode((Int, Int).self) { counters[year] = last }
        var tags: Set<String> = []
        let tagged = try await connection.guardedQuery("SELECT tag FROM purged_tag", logger: logger)
        for try await tag in tagged.decode(String.self) { tags.insert(tag) }
        return PostgresRequestBatch(
            operation: operation, key: key, purgedTags: tags, counters: counters, lastSequence: chain.sequence,
            lastHash: chain.hash)
    }
}

/// An import whose body chose not to keep it: rolls its transaction back and carries the body's result out.
struct ImportDiscarded<Result: Sendable>: Error {
    var result: Result
}
