import DSRCore
import Foundation

/// One case during the case walk: its latest event, its events read for the replay, and its replay so far.
struct CaseInProgress: Sendable {
    /// The case.
    let caseNumber: CaseNumber
    /// The sequence number of its latest event.
    var latestSequence: Int64
    /// The state hash its latest event recorded (set by the reading half once it has read the case's last event).
    var latestStateHash: String?
    /// The case's events as the reading half read them, in order, waiting for the checking half to replay them.
    var pending: [EventEntry] = []
    /// The event whose day or time cannot be read, if one can not (the events after it are not read for the
    /// replay, which stops there).
    var unreadableEvent: Int64?
    /// The record its events gave so far, if the replay started.
    var replayed: RequestRecord?
    /// Whether the replay stopped at a problem.
    var replayFailed = false
    /// Whether the case follows a workflow version this dsr does not have.
    var replaySkipped = false
    /// The case's events replayed so far, which a `void` event replays without the event it voids.
    var history: [EventEntry] = []
}

extension ChainVerifier {
    /// The columns ``checkCases(_:requests:)`` reads from the events of cases: ``eventColumns`` and then the salt
    /// and data of `eventPersonal`.
    static let caseEventColumns = """
        event.sequence, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion, stateAfter, \
        event.data, stateHash, previousHash, hash, format, personalHash, eventPersonal.salt, eventPersonal.data
        """

    /// Walks the cases: each case's events in order (`events`: ``caseEventColumns`` of the events that belong to a
    /// case, by case number and sequence), beside the request rows (`requests`: ``RequestRow/columnList`` by case
    /// number). Each case is replayed, checked against its request row and dropped before the next one.
    ///
    /// The walk runs in two halves on two threads: this one steps the statements and reads each case's events and
    /// request row into Swift values (``CaseWalkItem``), a second one replays each case and checks it, in the same
    /// order, through a bounded ``WalkPipe`` (at most ``walkBatches`` batches of ``caseWalkBatchSize`` items
    /// wait; ``inTwoHalves(capacity:check:finish:read:)``). The report is the one a single thread would give.
    ///
    /// Call it after ``checkEvents(_:personalData:)``, which finds the personal data the replay must not use.
    mutating func checkCases(_ events: ColumnCursor, requests: ColumnCursor) throws {
        let replaying = replay != nil
        let mismatches = personalDataMismatches
        try inTwoHalves(
            capacity: Self.walkBatches,
            check: { verifier, batch in
                for item in batch { verifier.check(item) }
            },
            finish: { verifier in
                verifier.problems += verifier.missingRequestProblems
                verifier.missingRequestProblems = []
            },
            read: { pipe in
                try Self.readCases(events, requests: requests, replaying: replaying, mismatches: mismatches, into: pipe)
            })
    }

    /// How many items the reading half of the case walk puts into one batch.
    static let caseWalkBatchSize = 256

    /// The reading half of ``checkCases(_:requests:)``: reads each case's events (into entries for the replay, if
    /// `replaying`; the personal data of events in `mismatches` is not used) and merges them with the request rows,
    /// putting the items into `pipe` in batches.
    private static func readCases(
        _ events: ColumnCursor, requests: ColumnCursor, replaying: Bool, mismatches: Set<Int64>,
        into pipe: WalkPipe<[CaseWalkItem], ChainVerifier>
    ) throws {
        var batch: [CaseWalkItem] = []
        batch.reserveCapacity(caseWalkBatchSize)
        func emit(_ item: CaseWalkItem) {
            batch.append(item)
            if batch.count >= caseWalkBatchSize {
                pipe.put(batch)
                batch = []
                batch.reserveCapacity(caseWalkBatchSize)
            }
        }
        var requestRow = try requests.step()
        var current: CaseInProgress?
        // The state hash of the current case's latest event so far, as its bytes: made a string only once per case.
        var latestStateHash: [UInt8] = []
        var latestHasStateHash = false
        /// Hands on the request rows before the case, then the case with its own row (or as missing one).
        func finish(_ open: CaseInProgress) throws {
            var done = open
            done.latestStateHash = latestHasStateHash ? String(decoding: latestStateHash, as: UTF8.self) : nil
            // Rows whose key cannot be read come first (SQLite orders nulls first) and match no case.
            while requestRow, RequestRow.caseNumber(in: requests).map({ $0 < done.caseNumber }) ?? true {
                emit(.request(CaseWalkItem.StoredRequest(requests), case: nil))
                requestRow = try requests.step()
            }
            if requestRow, RequestRow.caseNumber(in: requests) == done.caseNumber {
                emit(.request(CaseWalkItem.StoredRequest(requests), case: done))
                requestRow = try requests.step()
            } else {
                emit(.missingRequest(done))
            }
        }
        while try events.step() {
            guard let event = EventColumns(events), let caseNumber = event.caseNumber else { continue }
            if let open = current, open.caseNumber != caseNumber {
                try finish(open)
                current = nil
            }
            var state = current ?? CaseInProgress(caseNumber: caseNumber, latestSequence: event.sequence)
            current = nil  // `state` alone holds the case's entries, which are appended to in place, not copied
            state.latestSequence = event.sequence
            latestStateHash.removeAll(keepingCapacity: true)
            if let stateHash = event.stateHash { latestStateHash.append(contentsOf: stateHash) }
            latestHasStateHash = event.stateHash != nil
            if replaying && state.unreadableEvent == nil {
                let data = personalData(of: event, in: events, mismatches: mismatches)
                if let entry = event.entry(personalData: data) {
                    state.pending.append(entry)
                } else {
                    state.unreadableEvent = event.sequence
                }
            }
            current = state
        }
        if let open = current { try finish(open) }
        while requestRow {
            emit(.request(CaseWalkItem.StoredRequest(requests), case: nil))
            requestRow = try requests.step()
        }
        if !batch.isEmpty { pipe.put(batch) }
    }

    /// The checking half of ``checkCases(_:requests:)``: replays the item's case and checks its request row.
    private mutating func check(_ item: CaseWalkItem) {
        switch item {
        case .request(let request, case: var state?):
            replay(&state)
            check(request: request, case: state)
        case .request(let request, case: nil):
            check(request: request, case: nil)
        case .missingRequest(var state):
            replay(&state)
            missingRequestProblems.append(
                ChainProblem(
                    kind: .missingRequest, sequence: nil, caseNumber: state.caseNumber,
                    detail: "the case has events but no request row (deleted)"))
        }
    }

    /// The full data of an event, if it is stored and matches the chain (it is not in `mismatches`).
    private static func personalData(of event: EventColumns, in row: ColumnCursor, mismatches: Set<Int64>) -> String? {
        guard event.personalHash != nil, row.isText(15), let data = row.text(16),
            !mismatches.contains(event.sequence)
        else { return nil }
        return data
    }

    /// Replays a case's events that the reading half read, in order, until one fails or the case's workflow
    /// version is unknown; then, if the replay went on to it, the event whose day or time cannot be read fails it.
    private mutating func replay(_ state: inout CaseInProgress) {
        guard replay != nil else { return }
        let pending = state.pending
        state.pending = []
        for entry in pending {
            replay(entry, into: &state)
            if state.replayFailed || state.replaySkipped { return }
        }
        if let unreadable = state.unreadableEvent {
            state.replayFailed = true
            replayFailure(at: unreadable, of: state.caseNumber, "its day or time cannot be read")
        }
    }

    /// Takes a case's event into its replay.
    private mutating func replay(_ entry: EventEntry, into state: inout CaseInProgress) {
        guard let replay, !state.replayFailed, !state.replaySkipped else { return }
        do {
            if let record = state.replayed {
                state.replayed = try replay.apply(entry, to: record, history: state.history)
            } else {
                state.replayed = try replay.start(with: entry)
            }
            state.history.append(entry)
        } catch .workflowVersion {
            state.replaySkipped = true
            replaySkipped += 1
        } catch {
            state.replayFailed = true
            replayFailure(
                at: entry.sequence ?? 0, of: state.caseNumber,
                "replaying the case's events through its workflow fails here: \(error.errorDescription ?? "refused")")
        }
    }

    private mutating func replayFailure(at sequence: Int64, of caseNumber: CaseNumber, _ detail: String) {
        replayFailures.append(
            ChainProblem(
                kind: .replayMismatch, sequence: sequence, caseNumber: caseNumber,
                detail: detail))
    }

    /// Checks a request's current-state row against its case's latest event (`state`, `nil` if the case has no
    /// events) and, with a replay, against its history.
    private mutating func check(request stored: CaseWalkItem.StoredRequest, case state: CaseInProgress?) {
        requestsChecked += 1
        guard let request = stored.row else {
            let caseNumber = stored.caseNumber
            if let caseNumber { numbersByYear[caseNumber.year, default: CaseNumbersOfYear()].add(caseNumber.sequence) }
            report(.unreadableRow, sequence: nil, case: caseNumber, "the request row cannot be read")
            return
        }
        let caseNumber = request.caseNumber
        numbersByYear[caseNumber.year, default: CaseNumbersOfYear()].add(caseNumber.sequence)
        guard let state else {
            report(.missingEvent, sequence: nil, case: caseNumber, "no event records this request")
            return
        }
        var isChained = false
        if request.lastEventSequence != state.latestSequence {
            report(
                .missingEvent, sequence: nil, case: caseNumber,
                "its current state names event \(request.lastEventSequence), but the case's latest event is \(state.latestSequence)"
            )
        } else if state.latestStateHash != stored.recordHash {
            report(
                .stateMismatch, sequence: nil, case: caseNumber,
                "its current state is not the state its latest event recorded (changed behind dsr's back)")
        } else {
            isChained = true
        }
        // The replayed record's canonical JSON is the stored JSON exactly when the stored record is the replayed
        // one (the JSON round-trips), so the stored JSON is decoded only when the two differ or nothing was replayed.
        let rebuilt = replay == nil ? nil : state.replayed
        let record: RequestRecord
        if let rebuilt, Self.isCanonicalJSON(request.record, of: rebuilt) {
            record = rebuilt
        } else {
            guard let decoded = try? StoreJSON.decode(RequestRecord.self, from: request.record) else {
                report(.unreadableRow, sequence: nil, case: caseNumber, "its stored record cannot be read")
                return
            }
            record = decoded
        }
        if RequestRow(record, json: request.record, lastEventSequence: request.lastEventSequence) != request {
            report(
                .columnsMismatch, sequence: nil, case: caseNumber,
                "its list columns (state, clock, deadline, dates) disagree with its stored record")
        }
        // A record the chain does not vouch for was reported above; its import key says nothing more.
        if isChained { check(importKey: stored, of: record) }
        if let rebuilt {
            requestsReplayed += 1
            if rebuilt != record {
                replayMismatches.append(
                    ChainProblem(
                        kind: .replayMismatch, sequence: state.latestSequence, caseNumber: caseNumber,
                        detail: "its stored state is not what its events give when replayed through its workflow"))
            }
        }
    }

    /// Whether `json` is byte for byte the canonical JSON of `record` (written into bytes and compared with the
    /// text's own bytes: no string is made, and no comparison of Unicode texts by their meaning is needed).
    private static func isCanonicalJSON(_ json: String, of record: RequestRecord) -> Bool {
        var writer = CanonicalJSONWriter()
        record.writeCanonicalJSON(to: &writer)
        var text = json
        return text.withUTF8 { stored in
            writer.bytes.withUnsafeBufferPointer { written in
                guard stored.count == written.count, let storedStart = stored.baseAddress,
                    let writtenStart = written.baseAddress
                else { return stored.count == written.count }
                return memcmp(storedStart, writtenStart, stored.count) == 0
            }
        }
    }

    /// Checks a request's import key (column ``importKeyColumn`` of the request row), which decides whether a row
    /// of a later import is taken for this request and skipped: it must be the digest (``ImportKey``) of the
    /// registration data, and gone once the request's personal data was purged. `record` is the stored record,
    /// which the chain vouches for: no event changes a request's kind, day of receipt, channel or data subject, so
    /// its digest is the registration's. A missing key is not evidence of anything: a request registered by hand,
    /// or imported with a reference, has none, and losing one can only make a later import add the request twice,
    /// which the import's summary shows.
    private mutating func check(importKey stored: CaseWalkItem.StoredRequest, of record: RequestRecord) {
        guard let key = stored.importKey else {
            if !stored.importKeyIsNull {
                report(.unreadableRow, sequence: nil, case: record.caseNumber, "its import key cannot be read")
            }
            return
        }
        if record.personalDataRemovedOn != nil {
            report(
                .importKeyMismatch, sequence: nil, case: record.caseNumber,
                "it keeps an import key, a digest of personal data, after the purge of its case (put back behind "
                    + "dsr's back)")
        } else if !importKeyMatches(key, record) {
            report(
                .importKeyMismatch, sequence: nil, case: record.caseNumber,
                "its import key is not the digest of the registration data its events hold (changed behind dsr's "
                    + "back): a later import would skip a row as this request, or add this request again")
        }
    }

    /// Whether a stored import key is ``ImportKey/of(_:)-(RequestRecord)`` of the record: the same digest, computed
    /// with swift-crypto (DSRCore's portable SHA-256 is many times slower, and the audit checks every key).
    private mutating func importKeyMatches(_ key: [UInt8], _ record: RequestRecord) -> Bool {
        buffer.fill { ImportKey.writeDigestInput(of: record, into: &$0) }
        return key.withUnsafeBufferPointer { buffer.hashMatches($0) }
    }

    /// The column of the request row that holds the import key, after ``RequestRow/columnList``.
    static let importKeyColumn: Int32 = 17
}
