import DSRCore
import DSRStore
import Foundation
import Logging
import PostgresNIO

/// The open transaction of an import on PostgreSQL (``PostgresStore/importRequests(_:)``): one transaction on one
/// pooled connection, holding the lock on the head of the hash chain from its start to its end, with the
/// ``PostgresRequestBatch`` that works in it.
///
/// Each ``withBatch(_:)`` runs the synchronous work on the batch in memory (again, after reading what it missed, until
/// it misses nothing), then copies the requests it added into their tables (``PostgresImportRows``, migration 8).
/// The copy runs while the caller prepares and works on the next batch, and while that batch's lookups are read
/// (except those about the rows being copied, which wait for it). The copy is awaited before the next copy and before
/// the import ends, and its failure is thrown there, ending the import with nothing stored. The head row is written
/// once, when the import is kept (``finish(keep:)``).
actor PostgresImportSession: ImportTransaction {
    private let connection: PostgresConnection
    private let logger: Logger
    private let operation: String
    /// The batch, until the transaction ends.
    private var batch: PostgresRequestBatch?
    /// The copy of the last batch's rows, while it may still be running.
    private var copying: Task<Void, any Error>?
    /// The references, import keys and cases of the rows being copied.
    private var inFlight = PostgresRequestBatch.Misses()

    /// A session on `connection`, inside the transaction the caller began, with `batch` made from what it read.
    init(connection: PostgresConnection, logger: Logger, operation: String, batch: PostgresRequestBatch) {
        self.connection = connection
        self.logger = logger
        self.operation = operation
        self.batch = batch
    }

    /// How many times one batch's work may be run again for lookups it missed before the import gives up.
    static let runsAtMost = 20

    func withBatch<T: Sendable>(_ work: @escaping @Sendable (any RequestBatch) throws -> T) async throws -> T {
        guard let batch else {
            throw StoreError.failed(operation: operation, reason: "the import's transaction has ended")
        }
        for _ in 0..<Self.runsAtMost {
            batch.beginRun()
            let outcome: Result<T, any Error>
            do {
                outcome = .success(try work(batch))
            } catch {
                outcome = .failure(error)
            }
            let misses = batch.misses
            if !misses.isEmpty {
                // The run answered some lookups without knowing: read the answers and run it again.
                batch.discardRun()
                // The batch still being copied is not in the register yet: a question about its rows waits for the
                // copy. Others are read at once, while it runs (they are queued behind it on the connection, or
                // between its statements, and their answers are the same either way).
                if misses.overlaps(inFlight) { try await settle() }
                try await learn(misses, into: batch)
                continue
            }
            // Rows added before the work threw are stored as a single registration would have stored them: the
            // import then ends, rolled back, with the work's error.
            let rows = PostgresImportRows(batch.pending)
            try await settle()
            if !rows.isEmpty {
                let (connection, logger, operation) = (connection, logger, operation)
                copying = Task { try await rows.store(on: connection, logger: logger, operation: operation) }
                inFlight = PostgresRequestBatch.Misses(adding: batch.pending)
            }
            batch.keepRun()
            return try outcome.get()
        }
        throw StoreError.failed(
            operation: operation, reason: "a batch of the import kept asking for requests it had not asked for before")
    }

    /// Ends the session, once the last batch's copy has ended.
    /// - Returns: With `keep`, the head of the chain after the events stored, for the caller to write before it
    ///   commits; `nil` if the import is not kept (the caller rolls back).
    /// - Throws: The last copy's error, even when the import is not kept (the caller then rolls back as it would).
    func finish(keep: Bool) async throws -> (sequence: Int64, hash: String)? {
        defer { batch = nil }
        try await settle()
        guard keep, let batch else { return nil }
        return (batch.lastSequence, batch.lastHash)
    }

    /// Waits for the last batch's copy to end: nothing else may be sent on the connection while it runs.
    /// - Throws: The copy's error.
    private func settle() async throws {
        guard let running = copying else { return }
        copying = nil
        inFlight = PostgresRequestBatch.Misses()
        try await running.value
    }

    /// Reads the answers to a run's missed lookups, one statement per kind, and gives them to the batch.
    private func learn(_ misses: PostgresRequestBatch.Misses, into batch: PostgresRequestBatch) async throws {
        var owners: [String: PostgresRequestBatch.Owner] = [:]
        if !misses.references.isEmpty {
            let rows = try await connection.guardedQuery(
                """
                SELECT reference, case_year, case_sequence, coalesce(record::jsonb #>> '{subject,name}', ''),
                    (record::jsonb ->> 'personalDataRemovedOn') IS NOT NULL
                FROM request WHERE reference = ANY(\(Array(misses.references)))
                """, logger: logger)
            for try await (reference, year, sequence, name, isPurged) in rows.decode(
                (String, Int, Int, String, Bool).self)
            {
                owners[reference] = PostgresRequestBatch.Owner(
                    caseNumber: CaseNumber(year: year, sequence: sequence), name: name, isPurged: isPurged)
            }
        }
        var keyed: [String: [(caseNumber: CaseNumber, reference: String?)]] = [:]
        if !misses.importKeys.isEmpty {
            let rows = try await connection.guardedQuery(
                """
                SELECT import_key, case_year, case_sequence, reference FROM request
                WHERE import_key = ANY(\(Array(misses.importKeys))) ORDER BY case_year, case_sequence
                """, logger: logger)
            for try await (key, year, sequence, reference) in rows.decode((String, Int, Int, String?).self) {
                keyed[key, default: []].append((CaseNumber(year: year, sequence: sequence), reference))
            }
        }
        var records: [CaseNumber: RequestRecord] = [:]
        if !misses.cases.isEmpty {
            let cases = Array(misses.cases)
            let rows = try await connection.guardedQuery(
                """
                SELECT r.case_year, r.case_sequence, r.record FROM request r
                JOIN unnest(\(cases.map(\.year))::integer[], \(cases.map(\.sequence))::integer[]) AS asked (year, number)
                    ON r.case_year = asked.year AND r.case_sequence = asked.number
                """, logger: logger)
            for try await (year, sequence, json) in rows.decode((Int, Int, String).self) {
                let caseNumber = CaseNumber(year: year, sequence: sequence)
                records[caseNumber] = try PostgresStore.decodeRecord(json, caseNumber, operation: operation)
            }
        }
        batch.learn(owners: owners, importKeys: keyed, records: records, for: misses)
    }
}
