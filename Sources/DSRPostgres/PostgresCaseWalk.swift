import DSRCore
import DSRStore
import PostgresNIO

/// The second half of `dsr audit verify` on a PostgreSQL register (``PostgresChainCheck``): the request rows against
/// their cases' events, in one pass over the events in case order with each request row beside the event it names
/// (its `last_event_sequence`, which must be its case's newest), as an SQLite register's case walk merges its two
/// cursors. Each case is checked (and, with a replay, rebuilt through its workflow) and dropped before the next one,
/// so memory stays flat whatever the register's size. Before the walk, one query finds the rows that name no event
/// of their own case, which the walk cannot meet.
///
/// It runs on a connection of its own, on the chain walk's snapshot, beside the chain walk: the two share nothing
/// until their problems are put together. Within it, reading and checking overlap: the cases read are checked
/// (``PostgresCaseCheck``) in batches on another task while the next batch is read, at most one batch behind, in
/// the order they were read, so the report is the one a single loop gives.
struct PostgresCaseWalk: Sendable {
    /// How many cases are read before they are handed to the check: enough that a hand-over (a task) costs little
    /// per case, few enough that two batches of histories stay small.
    static let batchSize = 512

    /// The replay of cases through their workflows, if asked for (`nil`: the request rows are checked, not replayed).
    let replay: HistoryReplay?

    /// The planner settings of the walk's transaction (`SET LOCAL`, so they end with it).
    ///
    /// Left to itself, the planner reads the events in case order by hashing the three tables together and sorting
    /// the result: on a 2-core server it sorts on disk in three processes (the walk's and two parallel workers, with
    /// the query compiled by JIT) before the first row comes, about 1.5 s at 100,000 requests, while dsr waits and then
    /// competes with the workers. The `event_case` index (case year, case number, sequence) and the request table's
    /// key give the same order as they are read: without sorting the plan is two index scans merged as they go, and
    /// the first case reaches dsr at once (measured at 100,000 requests, 288,504 events: the server's part of the
    /// walk 1.57 s in three processes → 0.79 s in one). So sorting, parallel workers and JIT are turned off for this
    /// transaction alone; `enable_sort = off` only makes a sort the planner's last resort, never a failure.
    static let plannerSettings = [
        "SET LOCAL enable_sort = off", "SET LOCAL max_parallel_workers_per_gather = 0", "SET LOCAL jit = off",
    ]

    /// Walks the cases on `connection`, inside the caller's snapshot.
    /// - Returns: What the walk found: every case's checks, the request rows that name no event of their case among
    ///   them.
    func walk(_ store: PostgresStore, on connection: PostgresConnection, operation: String) async throws
        -> PostgresCaseCheck
    {
        var namingNoEventProblems: [ChainProblem] = []
        let unattached = try await connection.guardedQuery(
            """
            SELECT r.case_year, r.case_sequence, r.last_event_sequence,
                (SELECT max(e.sequence) FROM event e
                 WHERE e.case_year = r.case_year AND e.case_sequence = r.case_sequence)
            FROM request r
            WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.sequence = r.last_event_sequence
                AND e.case_year = r.case_year AND e.case_sequence = r.case_sequence)
            ORDER BY r.case_year, r.case_sequence
            """, logger: store.logger)
        var namingNoEvent: Set<CaseNumber> = []
        for try await (year, number, lastEvent, newest) in unattached.decode((Int, Int, Int64, Int64?).self) {
            let caseNumber = CaseNumber(year: year, sequence: number)
            namingNoEvent.insert(caseNumber)
            let detail =
                newest.map { PostgresCaseCheck.namesAnotherEvent(lastEvent, latest: $0) }
                ?? "no event records this request"
            namingNoEventProblems.append(
                ChainProblem(kind: .missingEvent, sequence: nil, caseNumber: caseNumber, detail: detail))
        }
        // The history's columns without the hashes, which the chain walk checks and the replay has no use for.
        let rows = try await connection.guardedQuery(
            """
            SELECT event.case_year, event.case_sequence, event.sequence, event.name, event.on_day, event.recorded_at,
                event.actor, event.workflow_version, event.state_after, event.data, event.personal_hash IS NOT NULL,
                event_personal.data, event.state_hash,
                r.record, r.import_key, r.kind, r.state, r.clock, r.workflow_version, r.received, r.deadline,
                r.closed_on, r.is_open, r.outcome, r.reference, r.channel, r.language, r.is_extended
            FROM event LEFT JOIN event_personal USING (sequence)
            LEFT JOIN request r ON r.case_year = event.case_year AND r.case_sequence = event.case_sequence
                AND r.last_event_sequence = event.sequence
            WHERE event.case_year IS NOT NULL
            ORDER BY event.case_year, event.case_sequence, event.sequence
            """, logger: store.logger)
        var current: CaseInWalk?
        var batch: [CaseInWalk] = []
        batch.reserveCapacity(Self.batchSize)
        // The check of the batches handed over so far (`nil` before the first: `none`).
        let none = PostgresCaseCheck(replay: replay, namingNoEvent: namingNoEvent)
        var checking: Task<PostgresCaseCheck, Never>?
        defer { checking?.cancel() }
        /// Hands the batch to a new check task once the previous one is done (it has the problems so far).
        func handOver() async {
            let previous = await checking?.value ?? none
            let cases = batch
            batch.removeAll(keepingCapacity: true)
            checking = Task {
                var check = previous
                for walked in cases { check.check(walked) }
                return check
            }
        }
        for try await row in rows {
            // NULL where the schema forbids it, or a column of another type than the schema's, is unreadable.
            var cells = PostgresCellReader(row)
            guard let year = cells.next(Int.self), let number = cells.next(Int.self),
                let sequence = cells.next(Int64.self)
            else { continue }
            let caseNumber = CaseNumber(year: year, sequence: number)
            if let open = current, open.caseNumber != caseNumber {
                batch.append(open)
                current = nil
                if batch.count == Self.batchSize { await handOver() }
            }
            var state = current ?? CaseInWalk(caseNumber: caseNumber)
            current = nil  // `state` alone holds the case's history, which is appended to in place, not copied
            state.latestSequence = sequence
            let name = cells.next(String.self)
            let onText = cells.next(String.self)
            let recordedText = cells.next(String.self)
            let actor = cells.next(String.self)
            let workflowVersion = cells.next(Int.self)
            let stateAfter = cells.next(String.self)
            let data = cells.next(String.self)
            let hasPersonalCommitment = cells.next(Bool.self)
            let personalData = cells.next(String.self)
            state.latestStateHash = cells.next(String.self)
            if replay != nil {
                guard let name, let onText, let on = CivilDate(parsing: onText), let recordedText,
                    let recordedAt = ChainHashing.date(fromTimestamp: recordedText), let actor, let workflowVersion,
                    let data, let hasPersonalCommitment
                else {
                    throw StoreError.unreadable(operation: operation, what: "event \(sequence)")
                }
                state.history.append(
                    EventEntry(
                        stored: sequence, caseNumber: caseNumber, name: name, on: on, recordedAt: recordedAt,
                        actor: actor, workflowVersion: workflowVersion,
                        stateAfter: stateAfter.map(StateID.init(rawValue:)),
                        keptData: data, personalData: personalData, hasPersonalCommitment: hasPersonalCommitment,
                        previousHash: nil, hash: nil))
            }
            // A row the join found (`record` is NOT NULL in the schema), or none.
            if let json = cells.next(String.self) {
                var stored = CaseInWalk.StoredRequest(lastEvent: sequence, row: nil)
                let importKey = cells.next(String.self)
                let kind = cells.next(String.self)
                let requestState = cells.next(String.self)
                let clock = cells.next(String.self)
                let requestWorkflowVersion = cells.next(Int.self)
                let received = cells.next(String.self)
                let deadline = cells.next(String.self)
                let closedOn = cells.next(String.self)
                let isOpen = cells.next(Bool.self)
                let outcome = cells.next(String.self)
                let reference = cells.next(String.self)
                let channel = cells.next(String.self)
                let language = cells.next(String.self)
                let isExtended = cells.next(Bool.self)
                if let kind, let requestState, let clock, let requestWorkflowVersion, let received, let deadline,
                    let isOpen, let channel, let language, let isExtended
                {
                    let columns = RequestColumns(
                        kind: kind, state: requestState, clock: clock, workflowVersion: requestWorkflowVersion,
                        received: received,
                        deadline: deadline, closedOn: closedOn, isOpen: isOpen, outcome: outcome,
                        reference: reference, channel: channel, language: language, isExtended: isExtended)
                    stored.row = (json, importKey, columns)
                }
                state.request = stored
            }
            current = state
        }
        if let open = current { batch.append(open) }
        await handOver()
        var found = await checking?.value ?? none
        found.include(namingNoEvent: namingNoEventProblems)
        return found
    }
}
