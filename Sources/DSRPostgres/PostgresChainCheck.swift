import DSRCore
import DSRStore
import Foundation
import PostgresNIO

/// `dsr audit verify` on a PostgreSQL register: walks it inside one snapshot and collects every place that does not
/// match the hash chain, as an SQLite register's verifier does (the same ``ChainProblem`` kinds, with event and case
/// numbers only, never the data).
///
/// The walk reads the event log once in sequence order with its personal data (numbering, links, hashes, salted
/// commitments, personal data deleted without a purge, anchors), then the head row, then the events once more in
/// case order with each request row beside the event it names (``PostgresCaseWalk``, on a second connection that
/// shares the snapshot, beside the chain walk: the row against its case's latest event and, with a replay, against
/// its history), the case counters, the profile versions and
/// the issued letters. Beyond one case at a time it keeps only problems, register-wide events, purge and dispatch
/// events, and the events whose personal data is gone until a purge of their case explains it.
struct PostgresChainCheck {
    /// The replay of cases through their workflows, if asked for.
    let replay: HistoryReplay?
    /// The anchors to look for, by ascending head.
    let anchors: [ChainAnchor]
    /// Every mismatch found, in the order found.
    private(set) var problems: [ChainProblem] = []
    /// Counts for the report.
    private var eventsChecked = 0
    private var requestsChecked = 0
    private var profilesChecked = 0
    private var personalDataChecked = 0
    private var personalDataPurged = 0
    private var lettersChecked = 0
    private var requestsReplayed = 0
    private var requestsNotReplayable = 0
    /// The last event seen and its hash.
    private var lastSequence: Int64 = 0
    private var lastHash = ChainHashing.genesisHash
    /// Per case, the events whose personal data is gone, waiting for a later purge of the case to explain it.
    private var awaitingPurge: [CaseNumber: [Int64]] = [:]
    /// The `controller-set` events that recorded a state (controller-profile versions), with that state's hash (other
    /// register-wide events with a state, a user's or a token's, are checked against their rows apart).
    private var profileEvents: [Int64: String] = [:]
    /// The `letter-issued` and `attachment-added` events with their cases, in sequence order, noted during the walk
    /// for the checks of the letters and attachments they recorded (so that those need not scan the log again).
    private var letterEvents: [(sequence: Int64, caseNumber: CaseNumber?)] = []
    private var attachmentEvents: [(sequence: Int64, caseNumber: CaseNumber?)] = []
    /// The dispatch events, for the check of the dispatch records.
    private var dispatch = DispatchRecordCheck()
    /// The purge events, for the check of the purged tags.
    private var purgedTags = PurgedTagCheck()

    /// The register's key, to open sealed attachments with (`nil`: sealed bytes are not opened).
    let key: IdentityCodeKey?

    /// A check; with `replay`, cases are also rebuilt through their workflows, and the chain must contain `anchors`.
    init(replay: HistoryReplay?, anchors: [ChainAnchor], key: IdentityCodeKey? = nil) {
        self.replay = replay
        self.anchors = anchors.sorted { $0.events < $1.events }
        self.key = key
    }

    /// The report of what was walked.
    func report() -> ChainReport {
        var report = ChainReport(
            eventsChecked: eventsChecked, requestsChecked: requestsChecked, profilesChecked: profilesChecked,
            lastSequence: lastSequence, headHash: lastHash, problems: problems)
        report.personalDataChecked = personalDataChecked
        report.personalDataPurged = personalDataPurged
        report.lettersChecked = lettersChecked
        report.requestsReplayed = requestsReplayed
        report.requestsNotReplayable = requestsNotReplayable
        report.anchorsChecked = anchors.count
        report.purgedTagsNotCovered = purgedTags.notCovered
        return report
    }

    private mutating func report(
        _ kind: ChainProblem.Kind, _ sequence: Int64?, _ caseNumber: CaseNumber?, _ detail: String
    ) {
        problems.append(ChainProblem(kind: kind, sequence: sequence, caseNumber: caseNumber, detail: detail))
    }

    /// Walks the register on `connection`, inside the caller's snapshot (a `REPEATABLE READ` transaction). The case
    /// walk runs beside the chain walk on a second connection that imports the snapshot, so that the two use both
    /// cores (each is bound by dsr's decoding and hashing, not by the server).
    mutating func walk(_ store: PostgresStore, on connection: PostgresConnection, operation: String) async throws {
        let snapshot = try await Self.exportSnapshot(store, on: connection)
        async let walkedCases = store.withOpenConnection { second in
            try await second.guardedQuery("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: store.logger)
            do {
                try await second.guardedQuery("SET TRANSACTION SNAPSHOT \(unescaped: snapshot)", logger: store.logger)
                for setting in PostgresCaseWalk.plannerSettings {
                    try await second.guardedQuery("\(unescaped: setting)", logger: store.logger)
                }
                let found = try await PostgresCaseWalk(replay: replay).walk(store, on: second, operation: operation)
                try await second.guardedQuery("COMMIT", logger: store.logger)
                return found
            } catch {
                _ = try? await second.guardedQuery("ROLLBACK", logger: store.logger)
                throw error
            }
        }
        try await walkEvents(store, on: connection)
        try await checkHead(store, on: connection)
        let found = try await walkedCases
        problems += found.requestProblems + found.missingRequests + found.replayProblems
        requestsChecked += found.requestsChecked
        requestsReplayed += found.requestsReplayed
        requestsNotReplayable += found.requestsNotReplayable
        try await checkCounters(store, on: connection)
        try await checkProfiles(store, on: connection)
        try await checkLetters(store, on: connection)
        try await checkDispatchAndTags(store, on: connection)
        try await checkAttachments(store, on: connection)
        problems += try await Self.userProblems(store, on: connection)
    }

    /// The name of the transaction's snapshot, quoted as an SQL literal, for a second connection to read the same
    /// register (`pg_export_snapshot()`; the name is the server's, of hexadecimal digits and dashes).
    private static func exportSnapshot(_ store: PostgresStore, on connection: PostgresConnection) async throws
        -> String
    {
        let rows = try await connection.guardedQuery("SELECT pg_export_snapshot()", logger: store.logger)
        for try await name in rows.decode(String.self)
        where !name.isEmpty && name.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
            return "'\(name)'"
        }
        throw StoreError.failed(operation: "verify the register", reason: "the server gave no snapshot to share")
    }

    /// The event log in sequence order beside its personal data, and personal data without an event.
    private mutating func walkEvents(_ store: PostgresStore, on connection: PostgresConnection) async throws {
        let rows = try await connection.guardedQuery(
            """
            SELECT event.sequence, case_year, case_sequence, name, on_day, recorded_at, actor, workflow_version,
                state_after, event.data, state_hash, previous_hash, hash, format, personal_hash,
                event_personal.salt, event_personal.data
            FROM event LEFT JOIN event_personal USING (sequence) ORDER BY event.sequence
            """, logger: store.logger)
        var anchorIndex = 0
        for try await row in rows {
            eventsChecked += 1
            // NULL where the schema forbids it, or a column of another type than the schema's, is unreadable.
            var cells = PostgresCellReader(row)
            let sequence = cells.next(Int64.self) ?? lastSequence + 1
            let year = cells.next(Int.self)
            let number = cells.next(Int.self)
            let name = cells.next(String.self)
            let on = cells.next(String.self)
            let recordedAt = cells.next(String.self)
            let actor = cells.next(String.self)
            let workflowVersion = cells.next(Int.self)
            let stateAfter = cells.next(String.self)
            let data = cells.next(String.self)
            let stateHash = cells.next(String.self)
            let previousHash = cells.next(String.self)
            let hash = cells.next(String.self)
            let format = cells.next(Int.self)
            let personalHash = cells.next(String.self)
            let salt = cells.next(String.self)
            let personal = cells.next(String.self)
            guard let name, let on, let recordedAt, let actor, let workflowVersion, let data,
                let previousHash, let hash, let format
            else {
                report(.unreadableRow, sequence, nil, "the event row cannot be read")
                lastSequence = sequence
                continue
            }
            let caseNumber = year.flatMap { year in number.map { CaseNumber(year: year, sequence: $0) } }
            if sequence < 1 {
                report(.unexpectedSequence, sequence, caseNumber, "the event's number is below 1")
            } else if sequence != lastSequence + 1 {
                report(
                    .missingEvents, sequence, caseNumber,
                    "events \(lastSequence + 1) to \(sequence - 1) are missing (deleted)")
            }
            if previousHash != lastHash {
                report(.brokenLink, sequence, caseNumber, "the event does not link to the hash of the event before it")
            }
            let computed = ChainHashing.eventHash(
                sequence: sequence, caseYear: year, caseSequence: number, name: name, on: on, recordedAt: recordedAt,
                actor: actor, workflowVersion: workflowVersion, stateAfter: stateAfter, data: data,
                stateHash: stateHash, previousHash: previousHash, personalHash: personalHash, format: format)
            if computed != hash {
                report(.hashMismatch, sequence, caseNumber, "the event's fields do not give its hash (changed)")
            }
            checkPersonalData(
                sequence: sequence, caseNumber: caseNumber, name: name, personalHash: personalHash, salt: salt,
                data: personal)
            if name == SystemEvent.purge.rawValue, let caseNumber {
                purgedTags.event(sequence: sequence, caseNumber: caseNumber, data: data)
            } else if DispatchRecordCheck.kind(ofEventNamed: name) != nil {
                dispatch.event(sequence: sequence, caseNumber: caseNumber, name: name, on: on, data: data)
            }
            if name == SystemEvent.letterIssued.rawValue {
                letterEvents.append((sequence, caseNumber))
            } else if name == SystemEvent.attachmentAdded.rawValue {
                attachmentEvents.append((sequence, caseNumber))
            }
            if caseNumber == nil, let stateHash, name == SystemEvent.controllerSet.rawValue {
                profileEvents[sequence] = stateHash
            }
            while anchorIndex < anchors.count, anchors[anchorIndex].events <= sequence {
                if anchors[anchorIndex].events == sequence && anchors[anchorIndex].headHash != hash {
                    report(
                        .anchorNotContained, sequence, caseNumber,
                        "the register does not contain the head kept outside it (\(anchors[anchorIndex]))")
                }
                anchorIndex += 1
            }
            lastSequence = sequence
            lastHash = hash
        }
        for anchor in anchors[anchorIndex...] where anchor.events > 0 {
            report(
                .anchorNotContained, anchor.events, nil,
                "the register ends at event \(lastSequence), before the head kept outside it (\(anchor))")
        }
        for (caseNumber, sequences) in awaitingPurge.sorted(by: { $0.key < $1.key }) {
            for sequence in sequences {
                report(
                    .personalDataMissing, sequence, caseNumber,
                    "the event's personal data is gone although no purge of its case was recorded")
            }
        }
        let orphans = try await connection.guardedQuery(
            """
            SELECT sequence FROM event_personal p WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.sequence = p.sequence)
            ORDER BY sequence
            """, logger: store.logger)
        for try await sequence in orphans.decode(Int64.self) {
            report(.unexpectedPersonalData, sequence, nil, "personal data is stored for an event that does not exist")
        }
    }

    /// Checks an event's personal data against the commitment it recorded.
    private mutating func checkPersonalData(
        sequence: Int64, caseNumber: CaseNumber?, name: String, personalHash: String?, salt: String?, data: String?
    ) {
        if name == SystemEvent.purge.rawValue, let caseNumber,
            let waiting = awaitingPurge.removeValue(forKey: caseNumber)
        {
            personalDataPurged += waiting.count
        }
        guard let personalHash else {
            if data != nil {
                report(
                    .unexpectedPersonalData, sequence, caseNumber,
                    "personal data is stored for an event that recorded none")
            }
            return
        }
        guard let salt, let data else {
            if let caseNumber {
                awaitingPurge[caseNumber, default: []].append(sequence)
            } else {
                report(.personalDataMissing, sequence, nil, "the event's personal data is gone")
            }
            return
        }
        personalDataChecked += 1
        if ChainHashing.personalCommitment(salt: salt, data: data) != personalHash {
            report(
                .personalDataMismatch, sequence, caseNumber,
                "the event's personal data does not match the salted hash the chain recorded (changed)")
        }
    }

    /// The head row must name the last event and its hash.
    private mutating func checkHead(_ store: PostgresStore, on connection: PostgresConnection) async throws {
        let rows = try await connection.guardedQuery("SELECT sequence, hash FROM chain_head", logger: store.logger)
        var heads: [(Int64, String)] = []
        for try await head in rows.decode((Int64, String).self) { heads.append(head) }
        if heads.count != 1 || heads[0].0 != lastSequence || heads[0].1 != lastHash {
            report(
                .missingEvents, nil, nil,
                "the head of the hash chain does not name the last event of the log (events cut off or rewritten)")
        }
    }

    /// Each year's counter must be the highest case number of that year.
    private mutating func checkCounters(_ store: PostgresStore, on connection: PostgresConnection) async throws {
        let rows = try await connection.guardedQuery(
            """
            SELECT coalesce(c.year, r.year), c.last, r.highest FROM case_counter c
            FULL JOIN (SELECT case_year AS year, max(case_sequence) AS highest FROM request GROUP BY case_year) r
                ON r.year = c.year
            ORDER BY 1
            """, logger: store.logger)
        for try await (year, last, highest) in rows.decode((Int, Int?, Int?).self) where last != highest {
            report(
                .counterMismatch, nil, nil,
                "the case counter of \(year) is \(last.map(String.init) ?? "missing"), but its highest case number is "
                    + "\(highest.map(String.init) ?? "none")")
        }
    }

    /// Each controller-profile version must be the state its event recorded, and each such event must have one.
    private mutating func checkProfiles(_ store: PostgresStore, on connection: PostgresConnection) async throws {
        let rows = try await connection.guardedQuery(
            "SELECT version, event_sequence, profile FROM controller_profile ORDER BY version", logger: store.logger)
        var withVersion: Set<Int64> = []
        for try await (version, sequence, json) in rows.decode((Int, Int64, String).self) {
            profilesChecked += 1
            withVersion.insert(sequence)
            if profileEvents[sequence] != ChainHashing.sha256Hex(json) {
                report(
                    .stateMismatch, sequence, nil,
                    "controller-profile version \(version) is not the profile its event recorded (changed)")
            }
        }
        for sequence in profileEvents.keys.sorted() where !withVersion.contains(sequence) {
            report(.missingProfile, sequence, nil, "the controller-profile event has no profile version (deleted)")
        }
    }

    /// Each issued letter must agree with its `letter-issued` event, each such event must have its letter, and no
    /// letter may stand without one.
    private mutating func checkLetters(_ store: PostgresStore, on connection: PostgresConnection) async throws {
        let stored = try await connection.guardedQuery(
            "SELECT DISTINCT event_sequence FROM letter", logger: store.logger)
        var withLetter: Set<Int64> = []
        for try await sequence in stored.decode(Int64.self) { withLetter.insert(sequence) }
        let cases = letterEvents.map { ($0.sequence, $0.caseNumber, withLetter.contains($0.sequence)) }
        let strays = try await connection.guardedQuery(
            """
            SELECT l.event_sequence, l.case_year, l.case_sequence, l.number FROM letter l
            LEFT JOIN event e ON e.sequence = l.event_sequence
            WHERE e.name IS DISTINCT FROM 'letter-issued' OR e.case_year IS DISTINCT FROM l.case_year
                OR e.case_sequence IS DISTINCT FROM l.case_sequence
            ORDER BY l.event_sequence
            """, logger: store.logger)
        for try await (sequence, year, number, letter) in strays.decode((Int64, Int, Int, Int).self) {
            report(
                .letterMismatch, sequence, CaseNumber(year: year, sequence: number),
                "letter \(letter) of the case is stored without a letter-issued event of the case (inserted)")
        }
        let orphanFiles = try await connection.guardedQuery(
            """
            SELECT DISTINCT f.case_year, f.case_sequence, f.number FROM letter_file f
            WHERE NOT EXISTS (SELECT 1 FROM letter l WHERE l.case_year = f.case_year
                AND l.case_sequence = f.case_sequence AND l.number = f.number)
            ORDER BY f.case_year, f.case_sequence, f.number
            """, logger: store.logger)
        for try await (year, number, letter) in orphanFiles.decode((Int, Int, Int).self) {
            let caseNumber = CaseNumber(year: year, sequence: number)
            report(
                .letterMismatch, nil, caseNumber,
                "a file of letter \(caseNumber)/L\(letter) is stored, but no such letter was issued (inserted)")
        }
        var checkedCases: Set<CaseNumber> = []
        for (sequence, caseNumber, hasLetter) in cases {
            guard hasLetter else {
                report(.letterMismatch, sequence, caseNumber, "the letter-issued event has no stored letter (deleted)")
                continue
            }
            guard let caseNumber, checkedCases.insert(caseNumber).inserted else { continue }
            let letters = try await store.letters(
                of: caseNumber, withContent: true, operation: "verify the issued letters", on: connection)
            for letter in letters {
                lettersChecked += 1
                if !(try await store.agrees(letter, on: connection)) {
                    report(
                        .letterMismatch, letter.eventSequence, caseNumber,
                        "issued letter \(letter.number) no longer agrees with the event that recorded it")
                }
            }
        }
    }

    /// Each dispatch record must be what its `letter-sent` or `letter-delivered` event recorded, and each such event
    /// must have one, from the start of dispatch records on (``DispatchRecordCheck``); each case's purged tags must be
    /// the ones its purge event committed to (``PurgedTagCheck``). The events were noted during the walk of the log;
    /// this reads the three small tables once.
    private mutating func checkDispatchAndTags(_ store: PostgresStore, on connection: PostgresConnection) async throws {
        let rows = try await connection.guardedQuery(
            """
            SELECT event_sequence, case_year, case_sequence, number, kind, on_day, via FROM letter_dispatch
            ORDER BY event_sequence
            """, logger: store.logger)
        for try await (sequence, year, number, letter, kind, on, via) in rows.decode(
            (Int64, Int, Int, Int, String, String, String?).self)
        {
            dispatch.row(
                eventSequence: sequence, caseNumber: CaseNumber(year: year, sequence: number), letter: letter,
                kind: kind, on: on, via: via)
        }
        var firstTracked: [Int64] = []
        let tracking = try await connection.guardedQuery(
            "SELECT first_tracked_event FROM dispatch_tracking", logger: store.logger)
        for try await sequence in tracking.decode(Int64.self) { firstTracked.append(sequence) }
        problems += dispatch.problems(firstTrackedEvents: firstTracked, lastSequence: lastSequence)
        let tags = try await connection.guardedQuery(
            "SELECT tag, case_year, case_sequence FROM purged_tag", logger: store.logger)
        for try await (tag, year, number) in tags.decode((String, Int, Int).self) {
            purgedTags.tag(tag, of: CaseNumber(year: year, sequence: number))
        }
        problems += purgedTags.problems()
    }

    /// Each attachment must be what its `attachment-added` event recorded, its kept bytes must have the recorded
    /// SHA-256 (sealed ones opened with the key, when there is one), erased bytes need a deletion or a purge, and
    /// each such event must have its attachment.
    private mutating func checkAttachments(_ store: PostgresStore, on connection: PostgresConnection) async throws {
        let stored = try await connection.guardedQuery(
            "SELECT DISTINCT event_sequence FROM attachment", logger: store.logger)
        var withAttachment: Set<Int64> = []
        for try await sequence in stored.decode(Int64.self) { withAttachment.insert(sequence) }
        for (sequence, caseNumber) in attachmentEvents where !withAttachment.contains(sequence) {
            report(.attachmentMismatch, sequence, caseNumber, "the attachment-added event has no attachment (deleted)")
        }
        let rows = try await connection.guardedQuery(
            """
            SELECT a.case_year, a.case_sequence, a.number, a.sha256, a.size, a.sealed, a.content, a.event_sequence,
                e.name = 'attachment-added' AND e.case_year = a.case_year AND e.case_sequence = a.case_sequence
                    AND (e.data::jsonb ->> 'number')::integer = a.number AND (e.data::jsonb ->> 'sha256') = a.sha256
                    AND (e.data::jsonb ->> 'size')::bigint = a.size
                    AND (e.data::jsonb ->> 'sensitive')::boolean = a.sealed,
                EXISTS (SELECT 1 FROM event d WHERE d.case_year = a.case_year AND d.case_sequence = a.case_sequence
                        AND d.sequence > a.event_sequence AND (d.name = 'purge' OR (d.name = 'attachment-deleted'
                        AND (d.data::jsonb ->> 'number')::integer = a.number)))
            FROM attachment a LEFT JOIN event e ON e.sequence = a.event_sequence
            ORDER BY a.case_year, a.case_sequence, a.number
            """, logger: store.logger)
        for try await row in rows {
            let cells = row.makeRandomAccess()
            guard let year = PostgresStore.cell(cells, 0, as: Int.self),
                let number = PostgresStore.cell(cells, 1, as: Int.self),
                let attachment = PostgresStore.cell(cells, 2, as: Int.self),
                let sha256 = PostgresStore.cell(cells, 3, as: String.self),
                let sealed = PostgresStore.cell(cells, 5, as: Bool.self),
                let content = PostgresStore.cell(cells, 6, as: ByteBuffer?.self),
                let sequence = PostgresStore.cell(cells, 7, as: Int64.self),
                let recorded = PostgresStore.cell(cells, 8, as: Bool?.self),
                let erasable = PostgresStore.cell(cells, 9, as: Bool.self)
            else {
                report(.unreadableRow, nil, nil, "an attachment row cannot be read")
                continue
            }
            let caseNumber = CaseNumber(year: year, sequence: number)
            func mismatch(_ detail: String) {
                report(.attachmentMismatch, sequence, caseNumber, "attachment \(attachment): \(detail)")
            }
            guard recorded == true else {
                mismatch("it is not what its attachment-added event recorded")
                continue
            }
            guard let content else {
                if !erasable { mismatch("its bytes are gone although no deletion or purge was recorded") }
                continue
            }
            var bytes: Data? = Data(content.readableBytesView)
            if sealed {
                guard let key else { continue }
                bytes = bytes.flatMap { try? key.openAttachment($0) }
            }
            if bytes.map(AttachmentData.sha256Hex) != sha256 {
                mismatch("its bytes do not have the SHA-256 its event recorded (changed)")
            }
        }
    }
}
