import DSRCore
import GRDB

/// Walks the register in two streams and collects every place that does not match the hash chain (see
/// ``EventChain``): the event log in sequence order (``checkEvents(_:personalData:)``), then each case's events
/// in case order beside the request rows (``checkCases(_:requests:)``).
///
/// Memory stays flat whatever the register's size: the chain walk keeps the previous hash, the case walk checks
/// one case at a time and at most a few thousand events or cases read ahead (``WalkPipe``), and only problems, register-wide
/// events, letter events, personal data awaiting a later purge and one summary per year are kept beyond that.
///
/// With a ``HistoryReplay`` it also rebuilds each case from its events through its workflow, and compares the result
/// with the stored state; with anchors (``ChainAnchor``), the chain walk checks that the log contains each head.
/// Further register-wide checks (for example of a key's fingerprint) sit beside the others as `check(...)` calls
/// made by `SQLiteStore.verifyEventsAndState`, each reporting through ``report(_:sequence:case:_:)``.
struct ChainVerifier {
    /// Every mismatch found so far, in the order the report gives them, except the buckets below.
    var problems: [ChainProblem] = []
    /// Personal data stored for events that do not exist, found during the chain walk, reported after its problems.
    var orphanProblems: [ChainProblem] = []
    /// Cases with events but no request row, found during the case walk, reported after the request rows' problems.
    var missingRequestProblems: [ChainProblem] = []
    /// Replay failures at an event, reported (in sequence order) after everything else, and only for cases nothing
    /// else found broken: a changed event or state also fails the replay, and the first problem should name the cause.
    var replayFailures: [ChainProblem] = []
    /// Replayed records that differ from the stored ones, reported after the replay failures, under the same rule.
    var replayMismatches: [ChainProblem] = []
    /// How many events were checked.
    var eventsChecked = 0
    /// How many requests were checked.
    var requestsChecked = 0
    /// How many controller-profile versions were checked.
    var profilesChecked = 0
    /// The sequence number of the last event seen.
    var lastSequence: Int64 = 0
    /// The hash of the last event seen, as its bytes.
    var lastHash: [UInt8] = Array(RegisterSchema.genesisHash.utf8)

    /// The replay of cases through their workflows, if asked for.
    let replay: HistoryReplay?

    /// The register-wide events by sequence number, with their name, the time each was recorded and the state hash
    /// each recorded.
    var registerWide: [Int64: (name: String, recordedAt: String, stateHash: String?)] = [:]
    /// The profile versions' events.
    var eventsWithProfile: Set<Int64> = []
    /// The controller-profile version checked last, with its event, for the order of versions.
    var lastProfile: (version: Int64, eventSequence: Int64)?

    /// The anchors to look for, by ascending head (``ChainAnchor``).
    let anchors: [ChainAnchor]
    /// The first anchor whose head the chain walk has not reached yet.
    var nextAnchor = 0
    /// Per year, the case numbers that have a request row.
    var numbersByYear: [Int: CaseNumbersOfYear] = [:]
    /// The `letter-issued` events, with their cases.
    var letterEvents: [Int64: CaseNumber] = [:]
    /// The `attachment-added` events, in sequence order, for the check that each has its stored attachment
    /// (``attachmentEventsWithoutRow(stored:)``): collected by the chain walk, which reads every event's name anyway,
    /// so that the check need not scan the event log again.
    var attachmentEvents: [(sequence: Int64, caseYear: Int64?, caseSequence: Int64?)] = []
    /// Whether the chain walk met an event row it cannot read (whose name it could not see).
    var sawUnreadableEvent = false

    /// Events whose personal data is gone, by case, waiting for a later purge of that case to explain it.
    var personalDataAwaitingPurge: [CaseNumber: [Int64]] = [:]
    /// Register-wide events whose personal data is gone (nothing can explain that).
    var registerWideWithoutPersonalData: [Int64] = []
    /// The events whose stored personal data does not match the chain (the replay uses their public form).
    var personalDataMismatches: Set<Int64> = []
    /// How many events' personal data was checked.
    var personalDataChecked = 0
    /// How many events' personal data a purge removed.
    var personalDataPurged = 0

    /// How many cases follow a workflow version this dsr does not have.
    var replaySkipped = 0
    /// How many requests were compared with their replay.
    var requestsReplayed = 0

    /// The dispatch events, for the check of the dispatch records.
    var dispatch = DispatchRecordCheck()
    /// The purge events, for the check of the purged tags.
    var purgedTags = PurgedTagCheck()

    /// The buffer events and commitments are encoded into.
    var buffer = CanonicalEventBuffer()

    /// A verifier; with `replay`, cases are also rebuilt through their workflows, and with `anchors`, the chain must
    /// contain each of those heads.
    init(replay: HistoryReplay? = nil, anchors: [ChainAnchor] = []) {
        self.replay = replay
        self.anchors = anchors.sorted { $0.events < $1.events }
    }

    /// The columns ``checkEvents(_:personalData:)`` reads from `event`, in this order.
    static let eventColumns = """
        sequence, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion, stateAfter, data, \
        stateHash, previousHash, hash, format, personalHash
        """

    /// Walks the whole event log in sequence order (`events`: ``eventColumns`` of every event, by `sequence`) beside
    /// the stored personal data (`personalData`: `sequence, salt, data` of every `eventPersonal` row, by `sequence`):
    /// numbering, links, hashes and personal-data commitments.
    ///
    /// The walk runs in two halves (``inTwoHalves(capacity:check:finish:read:)``): this thread steps the two
    /// statements, merges them and copies the rows (``ChainWalkBatch``); a second thread encodes and hashes each
    /// event and commitment and checks it, in the same order, so the report is the one a single thread gave.
    mutating func checkEvents(_ events: ColumnCursor, personalData personal: ColumnCursor) throws {
        try inTwoHalves(
            capacity: Self.walkBatches, check: { verifier, batch in verifier.check(batch) },
            read: { pipe in try Self.readEvents(events, personalData: personal, into: pipe) })
    }

    /// How many steps of the merge the reading half of the chain walk puts into one batch.
    static let chainWalkBatchSize = 512
    /// How many batches may wait for the checking half of a walk.
    static let walkBatches = 8

    /// The reading half of ``checkEvents(_:personalData:)``: merges the events with their personal data by
    /// sequence number (the personal data of events that do not exist falls out of the merge) and copies the rows
    /// into `pipe` in batches, filling again the batches the checking half is done with.
    private static func readEvents(
        _ events: ColumnCursor, personalData personal: ColumnCursor,
        into pipe: WalkPipe<ChainWalkBatch, ChainVerifier>
    ) throws {
        var spare: [ChainWalkBatch] = []
        var batch = ChainWalkBatch()
        func handOverIfFull() {
            guard batch.items.count >= chainWalkBatchSize else { return }
            spare += pipe.put(batch)
            batch = spare.popLast() ?? ChainWalkBatch()
            batch.removeAll()
        }
        var personalRow = try personal.step()
        while try events.step() {
            let sequence = events.integer(0)
            // Personal data of events that do not exist comes before the next event in sequence order.
            while personalRow, let stored = personal.integer(0), sequence.map({ stored < $0 }) ?? false {
                batch.items.append(.orphan(stored))
                personalRow = try personal.step()
            }
            let personalIsHere = personalRow && sequence != nil && personal.integer(0) == sequence
            var personalIndex: Int?
            if personalIsHere {
                personalIndex = batch.personal.count
                batch.personal.append(personal)
                personalRow = try personal.step()
            }
            batch.items.append(.event(batch.events.count, personal: personalIndex))
            batch.events.append(events)
            handOverIfFull()
        }
        while personalRow {
            if let stored = personal.integer(0) { batch.items.append(.orphan(stored)) }
            personalRow = try personal.step()
            handOverIfFull()
        }
        if !batch.items.isEmpty { pipe.put(batch) }
    }

    /// The checking half of ``checkEvents(_:personalData:)``: checks a batch's events and orphan personal data, in
    /// the order of the merge.
    private mutating func check(_ batch: ChainWalkBatch) {
        batch.events.withRows { events in
            batch.personal.withRows { personal in
                for item in batch.items {
                    switch item {
                    case .event(let index, personal: let personalIndex):
                        check(event: events[index], personal: personalIndex.map { personal[$0] })
                    case .orphan(let sequence):
                        orphan(personalData: sequence)
                    }
                }
            }
        }
    }

    /// Checks an event's row, with the row of its personal data if one is stored.
    private mutating func check<Row: ColumnSource>(event row: Row, personal: Row?) {
        eventsChecked += 1
        guard let event = EventColumns(row) else {
            let sequence = row.integer(0) ?? lastSequence + 1
            report(.unreadableRow, sequence: sequence, case: nil, "the event row cannot be read")
            sawUnreadableEvent = true
            lastSequence = sequence
            lastHash = row.bytes(12).map(Array.init) ?? []
            if nextAnchor < anchors.count, anchors[nextAnchor].events <= sequence { passAnchors(upTo: sequence) }
            return
        }
        let sequence = event.sequence
        let caseNumber = event.caseNumber
        if sequence <= lastSequence {
            report(
                .unexpectedSequence, sequence: sequence, case: caseNumber,
                "event numbers start at 1 and rise by one; this one does not (inserted behind dsr's back)")
        } else if sequence != lastSequence + 1 {
            let gap =
                sequence - 1 == lastSequence + 1
                ? "event \(lastSequence + 1) is" : "events \(lastSequence + 1)–\(sequence - 1) are"
            report(
                .missingEvents, sequence: sequence, case: caseNumber,
                "\(gap) missing before it (deleted behind dsr's back)")
        }
        if !event.previousHash.equals(lastHash) {
            report(
                .brokenLink, sequence: sequence, case: caseNumber,
                "its previous hash is not the hash of the event before it (an earlier event was deleted, inserted or rewritten)"
            )
        }
        if event.format == 1 && event.personalHash != nil {
            report(
                .hashMismatch, sequence: sequence, case: caseNumber,
                "it is in the chain's first format but names a personal-data hash (changed behind dsr's back)")
        } else {
            event.encode(into: &buffer)
            if !buffer.hashMatches(event.hash) {
                report(
                    .hashMismatch, sequence: sequence, case: caseNumber,
                    "its contents do not give its hash (the event was changed behind dsr's back)")
            }
        }
        checkPersonalData(of: event, personal: personal)
        if event.name.equals(IssuedLetter.eventNameBytes), let caseNumber { letterEvents[sequence] = caseNumber }
        if event.name.equals(AttachmentData.addedEventBytes) {
            attachmentEvents.append((sequence, event.caseYear, event.caseSequence))
        }
        if event.name.equals(PersonalData.purgeEventBytes), let caseNumber {
            personalDataPurged += personalDataAwaitingPurge.removeValue(forKey: caseNumber)?.count ?? 0
            purgedTags.event(
                sequence: sequence, caseNumber: caseNumber, data: String(decoding: event.data, as: UTF8.self))
        }
        if event.name.equals(LetterDispatchData.sentEventBytes)
            || event.name.equals(LetterDispatchData.deliveredEventBytes)
        {
            dispatch.event(
                sequence: sequence, caseNumber: caseNumber, name: String(decoding: event.name, as: UTF8.self),
                on: String(decoding: event.on, as: UTF8.self), data: String(decoding: event.data, as: UTF8.self))
        }
        lastSequence = sequence
        lastHash.removeAll(keepingCapacity: true)
        lastHash.append(contentsOf: event.hash)
        if nextAnchor < anchors.count, anchors[nextAnchor].events <= sequence { passAnchors(upTo: sequence) }
        if caseNumber == nil {
            registerWide[sequence] = (
                String(decoding: event.name, as: UTF8.self),
                String(decoding: event.recordedAt, as: UTF8.self),
                event.stateHash.map { String(decoding: $0, as: UTF8.self) }
            )
        }
    }

    /// Checks the anchors whose head is at or before `sequence`, the event just read (``lastHash`` is its hash): an
    /// anchor at it must have its hash, and one before it names an event that is missing.
    private mutating func passAnchors(upTo sequence: Int64) {
        while nextAnchor < anchors.count, anchors[nextAnchor].events <= sequence {
            let anchor = anchors[nextAnchor]
            nextAnchor += 1
            // Every register contains the empty one's head.
            if anchor.events == 0 { continue }
            if anchor.events < sequence {
                report(
                    .anchorNotContained, sequence: anchor.events, case: nil,
                    "the register has no such event, so it does not contain the anchor '\(anchor)' "
                        + "(events were deleted, or this is another register)")
            } else if !lastHash.elementsEqual(anchor.headHash.utf8) {
                report(
                    .anchorNotContained, sequence: anchor.events, case: nil,
                    "its hash is not the one the anchor '\(anchor)' recorded, so the register does not contain "
                        + "that head (the history up to it was rewritten, or this is another register)")
            }
        }
    }

    /// Checks an event's personal data against the salted hash the chain recorded; a mismatch is remembered for
    /// the replay, which then uses the event's public form.
    private mutating func checkPersonalData<Row: ColumnSource>(of event: EventColumns, personal: Row?) {
        let salt = personal?.bytes(1)
        let data = personal?.bytes(2)
        let sequence = event.sequence
        let caseNumber = event.caseNumber
        guard let personalHash = event.personalHash else {
            if data != nil || salt != nil {
                report(
                    .unexpectedPersonalData, sequence: sequence, case: caseNumber,
                    "personal data is stored for it, but the event recorded none (inserted behind dsr's back)")
            }
            return
        }
        guard let salt, let data else {
            if let caseNumber {
                personalDataAwaitingPurge[caseNumber, default: []].append(sequence)
            } else {
                registerWideWithoutPersonalData.append(sequence)
            }
            return
        }
        personalDataChecked += 1
        EventChain.encodeCommitment(into: &buffer, salt: salt, data: data)
        guard buffer.hashMatches(personalHash) else {
            personalDataMismatches.insert(sequence)
            report(
                .personalDataMismatch, sequence: sequence, case: caseNumber,
                "its personal data does not match the hash the chain recorded (changed behind dsr's back)")
            return
        }
    }

    /// Stored personal data of an event that does not exist.
    private mutating func orphan(personalData sequence: Int64) {
        orphanProblems.append(
            ChainProblem(
                kind: .unexpectedPersonalData, sequence: sequence, caseNumber: nil,
                detail: "personal data is stored for this event, which does not exist (inserted behind dsr's back)"))
    }

    /// Ends the chain walk: its orphan personal data follows its problems, then the anchors beyond the last event.
    mutating func finishEvents() {
        problems += orphanProblems
        orphanProblems = []
        for anchor in anchors[nextAnchor...] where anchor.events > 0 {
            report(
                .anchorNotContained, sequence: anchor.events, case: nil,
                "the register ends at event \(lastSequence), so it does not contain the anchor '\(anchor)': "
                    + "events that were there are gone (a truncated write-ahead log, or an older copy of the "
                    + "register put in its place)")
        }
        nextAnchor = anchors.count
    }

    /// Records a problem; replay mismatches go to their own list.
    mutating func report(
        _ kind: ChainProblem.Kind, sequence: Int64?, case caseNumber: CaseNumber?,
        _ detail: String
    ) {
        problems.append(ChainProblem(kind: kind, sequence: sequence, caseNumber: caseNumber, detail: detail))
    }
}

extension IssuedLetter {
    /// The UTF-8 of ``SystemEvent/letterIssued``.
    static let eventNameBytes = Array(SystemEvent.letterIssued.rawValue.utf8)
}

extension AttachmentData {
    /// The UTF-8 of ``SystemEvent/attachmentAdded``.
    static let addedEventBytes = Array(SystemEvent.attachmentAdded.rawValue.utf8)
}

extension LetterDispatchData {
    /// The UTF-8 of ``SystemEvent/letterSent``.
    static let sentEventBytes = Array(SystemEvent.letterSent.rawValue.utf8)
    /// The UTF-8 of ``SystemEvent/letterDelivered``.
    static let deliveredEventBytes = Array(SystemEvent.letterDelivered.rawValue.utf8)
}

extension PersonalData {
    /// The UTF-8 of ``SystemEvent/purge``.
    static let purgeEventBytes = Array(SystemEvent.purge.rawValue.utf8)
}
