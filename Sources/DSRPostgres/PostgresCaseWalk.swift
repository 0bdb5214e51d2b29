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
/// until their problems are put together.
struct PostgresCaseWalk: Sendable {
    /// The replay of cases through their workflows, if asked for.
    let replay: HistoryReplay?
    /// The request rows' problems, in case order.
    private(set) var requestProblems: [ChainProblem] = []
    /// The cases with events but no request row, in case order.
    private(set) var missingRequests: [ChainProblem] = []
    /// The replays that fail or disagree with the stored state, in case order.
    private(set) var replayProblems: [ChainProblem] = []
    /// How many request rows were checked.
    private(set) var requestsChecked = 0
    /// How many requests were compared with their replay.
    private(set) var requestsReplayed = 0
    /// How many requests follow a workflow version this dsr does not have.
    private(set) var requestsNotReplayable = 0

    /// A walk; with `replay`, cases are also rebuilt through their workflows.
    init(replay: HistoryReplay?) {
        self.replay = replay
    }

    /// Walks the cases on `connection`, inside the caller's snapshot.
    mutating func walk(_ store: PostgresStore, on connection: PostgresConnection, operation: String) async throws {
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
            requestsChecked += 1
            namingNoEvent.insert(caseNumber)
            let detail = newest.map { Self.namesAnotherEvent(lastEvent, latest: $0) } ?? "no event records this request"
            namingNoEventProblems.append(
                ChainProblem(kind: .missingEvent, sequence: nil, caseNumber: caseNumber, detail: detail))
        }
        let rows = try await connection.guardedQuery(
            """
            SELECT event.case_year, event.case_sequence, \(unescaped: PostgresStore.historyColumns), event.state_hash,
                r.record, r.import_key, r.kind, r.state, r.clock, r.workflow_version, r.received, r.deadline,
                r.closed_on, r.is_open, r.outcome, r.reference, r.channel, r.language, r.is_extended
            FROM event LEFT JOIN event_personal USING (sequence)
            LEFT JOIN request r ON r.case_year = event.case_year AND r.case_sequence = event.case_sequence
                AND r.last_event_sequence = event.sequence
            WHERE event.case_year IS NOT NULL
            ORDER BY event.case_year, event.case_sequence, event.sequence
            """, logger: store.logger)
        var current: CaseInWalk?
        for try await row in rows {
            let cells = row.makeRandomAccess()
            guard let year = PostgresStore.cell(cells, 0, as: Int.self),
                let number = PostgresStore.cell(cells, 1, as: Int.self),
                let sequence = PostgresStore.cell(cells, 2, as: Int64.self)
            else { continue }
            let caseNumber = CaseNumber(year: year, sequence: number)
            if let open = current, open.caseNumber != caseNumber {
                check(open, namingNoEvent: namingNoEvent)
                current = nil
            }
            var state = current ?? CaseInWalk(caseNumber: caseNumber)
            current = nil  // `state` alone holds the case's history, which is appended to in place, not copied
            state.latestSequence = sequence
            state.latestStateHash = PostgresStore.cell(cells, 14, as: String?.self) ?? nil
            if replay != nil {
                guard let entry = PostgresStore.historyEntry(cells, from: 2, of: caseNumber) else {
                    throw StoreError.unreadable(operation: operation, what: "event \(sequence)")
                }
                state.history.append(entry)
            }
            // A row the join found (`record` is NOT NULL in the schema), or none.
            if case .some(.some) = PostgresStore.cell(cells, 15, as: String?.self) {
                state.request = Self.storedRequest(cells, from: 15, namingEvent: sequence)
            }
            current = state
        }
        if let open = current { check(open, namingNoEvent: namingNoEvent) }
        requestProblems = Self.merged(namingNoEventProblems, requestProblems)
    }

    /// Two lists of problems of cases, each in case order, merged into one in case order (the first list's first
    /// for one case).
    private static func merged(_ first: [ChainProblem], _ second: [ChainProblem]) -> [ChainProblem] {
        var merged: [ChainProblem] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (first.startIndex, second.startIndex)
        while i < first.endIndex || j < second.endIndex {
            let takeFirst: Bool
            if i == first.endIndex {
                takeFirst = false
            } else if j == second.endIndex {
                takeFirst = true
            } else if let one = first[i].caseNumber, let other = second[j].caseNumber {
                takeFirst = one <= other
            } else {
                takeFirst = true
            }
            if takeFirst {
                merged.append(first[i])
                i += 1
            } else {
                merged.append(second[j])
                j += 1
            }
        }
        return merged
    }

    /// A request row read beside the event it names; `row` is `nil` if its columns cannot be read.
    private static func storedRequest(_ cells: PostgresRandomAccessRow, from offset: Int, namingEvent sequence: Int64)
        -> CaseInWalk.StoredRequest
    {
        func text(_ index: Int) -> String? { PostgresStore.cell(cells, offset + index, as: String.self) }
        func optionalText(_ index: Int) -> String?? { PostgresStore.cell(cells, offset + index, as: String?.self) }
        guard let json = text(0), let importKey = optionalText(1), let kind = text(2), let state = text(3),
            let clock = text(4), let workflowVersion = PostgresStore.cell(cells, offset + 5, as: Int.self),
            let received = text(6), let deadline = text(7), let closedOn = optionalText(8),
            let isOpen = PostgresStore.cell(cells, offset + 9, as: Bool.self), let outcome = optionalText(10),
            let reference = optionalText(11), let channel = text(12), let language = text(13),
            let isExtended = PostgresStore.cell(cells, offset + 14, as: Bool.self)
        else { return CaseInWalk.StoredRequest(lastEvent: sequence, row: nil) }
        let columns = RequestColumns(
            kind: kind, state: state, clock: clock, workflowVersion: workflowVersion, received: received,
            deadline: deadline, closedOn: closedOn, isOpen: isOpen, outcome: outcome, reference: reference,
            channel: channel, language: language, isExtended: isExtended)
        return CaseInWalk.StoredRequest(lastEvent: sequence, row: (json, importKey, columns))
    }

    /// Checks a case whose events were all read: its request row against its latest event, its list columns and
    /// import key against its record and, with a replay, its record against its history.
    private mutating func check(_ walked: CaseInWalk, namingNoEvent: Set<CaseNumber>) {
        let caseNumber = walked.caseNumber
        func problem(_ kind: ChainProblem.Kind, _ sequence: Int64?, _ detail: String) -> ChainProblem {
            ChainProblem(kind: kind, sequence: sequence, caseNumber: caseNumber, detail: detail)
        }
        guard let stored = walked.request else {
            // A row that names no event of its case was reported before the walk.
            if !namingNoEvent.contains(caseNumber) {
                missingRequests.append(
                    problem(.missingRequest, nil, "the case has events but no request row (deleted)"))
            }
            return
        }
        requestsChecked += 1
        guard stored.lastEvent == walked.latestSequence else {
            requestProblems.append(
                problem(.missingEvent, nil, Self.namesAnotherEvent(stored.lastEvent, latest: walked.latestSequence)))
            return
        }
        guard let (json, importKey, columns) = stored.row else {
            requestProblems.append(problem(.unreadableRow, nil, "the request row cannot be read"))
            return
        }
        guard walked.latestStateHash == ChainHashing.sha256Hex(json) else {
            requestProblems.append(
                problem(
                    .stateMismatch, nil,
                    "its current state is not the state its latest event recorded (changed behind dsr's back)"))
            return
        }
        // The replayed record's canonical JSON is the stored JSON exactly when the stored record is the replayed
        // one (the JSON round-trips), so the stored JSON is decoded only when the two differ or nothing was replayed.
        var rebuilt: Result<RequestRecord, ReplayError>?
        if let replay {
            do throws(ReplayError) {
                rebuilt = .success(try replay.replay(walked.history))
            } catch {
                rebuilt = .failure(error)
            }
        }
        let record: RequestRecord
        if case .success(let replayed) = rebuilt, CanonicalJSON.encode(replayed) == json {
            record = replayed
        } else if let decoded = EventEntry.decodeCanonicalJSON(RequestRecord.self, from: json) {
            record = decoded
        } else {
            requestProblems.append(problem(.unreadableRow, nil, "its stored record cannot be read"))
            return
        }
        // Lists, the overdue list and the deadline reminders read these columns, not the record.
        if columns != RequestColumns(record) {
            requestProblems.append(
                problem(
                    .columnsMismatch, nil,
                    "its list columns (state, clock, deadline, dates) disagree with its stored record"))
        }
        if let importKey, let mismatch = Self.importKeyProblem(importKey, of: record) {
            requestProblems.append(problem(.importKeyMismatch, nil, mismatch))
        }
        switch rebuilt {
        case nil:
            break
        case .success(let replayed):
            requestsReplayed += 1
            if replayed != record {
                replayProblems.append(
                    problem(
                        .replayMismatch, walked.latestSequence,
                        "its stored state is not what its events give when replayed through its workflow"))
            }
        case .failure(.workflowVersion):
            requestsNotReplayable += 1
        case .failure(let error):
            replayProblems.append(
                problem(
                    .replayMismatch, walked.latestSequence,
                    "replaying the case's events through its workflow fails: \(error.errorDescription ?? "refused")"))
        }
    }

    /// The problem of a request row whose latest event is not its case's latest (`named`, `latest`).
    private static func namesAnotherEvent(_ named: Int64, latest: Int64) -> String {
        "its current state names event \(named), but the case's latest event is \(latest)"
    }

    /// What is wrong with a request's import key, which decides whether a row of a later import is taken for this
    /// request and skipped, as an SQLite register's verifier checks it: it must be the digest (``ImportKey``) of the
    /// registration data of the stored record (which the chain vouches for), and gone once the request's personal
    /// data was purged; `nil` if nothing is. A missing key is not evidence of anything (a request registered by
    /// hand, or imported with a reference, has none).
    private static func importKeyProblem(_ importKey: String, of record: RequestRecord) -> String? {
        if record.personalDataRemovedOn != nil {
            return "it keeps an import key, a digest of personal data, after the purge of its case (put back behind "
                + "dsr's back)"
        }
        if importKey != ImportKey.of(record) {
            return "its import key is not the digest of the registration data its events hold (changed behind dsr's "
                + "back): a later import would skip a row as this request, or add this request again"
        }
        return nil
    }
}
