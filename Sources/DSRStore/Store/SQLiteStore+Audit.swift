import DSRCore
import GRDB

extension SQLiteStore {
    /// Checks the whole register against its hash chain, on one consistent snapshot.
    ///
    /// Every event's hash is recomputed from its fields and the previous event's hash (see `EventChain` and
    /// `docs/storage.md` for the canonical encoding); sequence numbers must run from 1 without gaps; each event's
    /// personal data must match the salted hash the chain recorded, and may be missing only after a purge of its
    /// case; each request's current state and each controller-profile version must be the state their latest event
    /// recorded; each year's case counter must match the cases numbered in it; the tables, indexes and triggers must
    /// be the ones dsr made; every issued letter must agree with its `letter-issued` event; and SQLite's
    /// `quick_check` must find the file sound. This detects rows changed, deleted
    /// or inserted behind dsr's back in every table that matters.
    ///
    /// With `workflows`, each case is also replayed from its registration through its workflow's state machine, and
    /// the result must be the stored state (`dsr audit verify` does this). With `anchors`, heads of the chain kept
    /// outside the register, the register must contain each (``ChainAnchor``): a chain cannot see its own tail cut
    /// off.
    /// - Returns: What was checked, the head hash, and every problem found (none if the register is intact).
    /// - Throws: ``StoreError`` if the register cannot be read at all, or a check cannot run.
    public func verifyChain(replaying workflows: WorkflowCatalog? = nil, anchors: [ChainAnchor] = [])
        throws(StoreError) -> ChainReport
    {
        var walk = try walkEventsAndState(replaying: workflows, anchors: anchors, checkingFile: true)
        walk.verifier.check(schemaDifferences: walk.schemaDifferences)
        return checkingLetters(walk.verifier.report, attachmentEventsWithoutRow: walk.attachmentEventsWithoutRow)
    }

    /// ``verifyChain(replaying:anchors:)`` with SQLite's `quick_check` of a register file run meanwhile, as a second
    /// job on the store's executor, on a second, read-only connection (``IntegrityCheck``): on two cores the walk and
    /// the check overlap. `dsr audit verify` and the verification of backups use it.
    func verifyChainOverlapping(replaying workflows: WorkflowCatalog?, anchors: [ChainAnchor]) async throws
        -> ChainReport
    {
        guard let path else {
            return try await StoreExecutor.run { try self.verifyChain(replaying: workflows, anchors: anchors) }
        }
        async let fileCheck = StoreExecutor.run { IntegrityCheck.run(path: path) }
        var walk = try await StoreExecutor.run {
            try self.walkEventsAndState(replaying: workflows, anchors: anchors, checkingFile: false)
        }
        // The file's own check, from the second connection if it could run there, else on the walk's.
        let lines: [String]
        if let checked = try await fileCheck {
            lines = checked
        } else {
            lines = try await StoreExecutor.run {
                try self.read("check the register file") { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            }
        }
        walk.verifier.check(integrity: lines)
        walk.verifier.check(schemaDifferences: walk.schemaDifferences)
        let report = walk.verifier.report
        let attachmentEventsWithoutRow = walk.attachmentEventsWithoutRow
        return try await StoreExecutor.run {
            self.checkingLetters(report, attachmentEventsWithoutRow: attachmentEventsWithoutRow)
        }
    }

    /// The report with the issued letters checked: each stored letter and file must agree with its letter-issued
    /// event; then the attachments, users and access log (`attachmentEventsWithoutRow` from the walk).
    private func checkingLetters(_ walked: ChainReport, attachmentEventsWithoutRow: [AttachmentEventWithoutRow]?)
        -> ChainReport
    {
        var report = walked
        do {
            report.lettersChecked = try read("count the issued letters") { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM letter") ?? 0
            }
            for number in try issuedLetterProblems() {
                report.problems.append(
                    ChainProblem(
                        kind: .letterMismatch, sequence: nil, caseNumber: number.caseNumber,
                        detail:
                            "issued letter \(number) no longer agrees with the letter-issued event that recorded it "
                            + "(changed behind dsr's back)"))
            }
        } catch {
            report.problems.append(
                ChainProblem(
                    kind: .letterMismatch, sequence: nil, caseNumber: nil,
                    detail: "the issued letters cannot be read: \(error.errorDescription ?? "")"))
        }
        return checkingAttachments(report, eventsWithoutRow: attachmentEventsWithoutRow)
    }

    /// The report with the attachments checked against the chain (``attachmentProblems(key:eventsWithoutRow:)``;
    /// `eventsWithoutRow` from the walk); sealed bytes are checked when the register's key can be read.
    private func checkingAttachments(_ walked: ChainReport, eventsWithoutRow: [AttachmentEventWithoutRow]?)
        -> ChainReport
    {
        var report = walked
        let key = try? registerKey().key
        do {
            report.problems += try attachmentProblems(key: key, eventsWithoutRow: eventsWithoutRow)
        } catch {
            report.problems.append(
                ChainProblem(
                    kind: .attachmentMismatch, sequence: nil, caseNumber: nil,
                    detail: "the attachments cannot be read: \(error.errorDescription ?? "")"))
        }
        do {
            report.problems += try userProblems()
        } catch {
            report.problems.append(
                ChainProblem(
                    kind: .userMismatch, sequence: nil, caseNumber: nil,
                    detail: "the users cannot be read: \(error.errorDescription ?? "")"))
        }
        do {
            let accessLog = try accessLogCheck(key: key)
            report.problems += accessLog.problems()
            report.caseViewsNotCovered = accessLog.notCovered
        } catch {
            report.problems.append(
                ChainProblem(
                    kind: .accessLogMismatch, sequence: nil, caseNumber: nil,
                    detail: "the access log cannot be read: \(error.errorDescription ?? "")"))
        }
        return report
    }

    /// The register's head as an anchor to keep outside it (``ChainAnchor``): the last event's number and hash, as
    /// stored. It says what the register holds now, not that it is intact: `dsr audit verify` checks that.
    /// - Throws: ``StoreError`` if the register cannot be read, ``AuditTrailError/unreadableHead`` if its last
    ///   event's number or hash cannot.
    public func chainAnchor() throws -> ChainAnchor {
        let operation = "read the head of the event log"
        let head = try read(operation) { db in
            try Row.fetchOne(db, sql: "SELECT sequence, hash FROM event ORDER BY sequence DESC LIMIT 1")
        }
        guard let head else { return ChainAnchor.empty }
        guard let sequence = Int64.fromDatabaseValue(head["sequence"]),
            let anchor = String.fromDatabaseValue(head["hash"]).flatMap({ ChainAnchor(events: sequence, headHash: $0) })
        else {
            throw AuditTrailError.unreadableHead
        }
        return anchor
    }

    /// The walk of the register, ready for its last checks: the verifier and the differences of the register's
    /// schema from the one dsr made, both from the walk's snapshot.
    struct Walk: Sendable {
        /// The verifier, after the walk.
        var verifier: ChainVerifier
        /// The schema's differences, reported after SQLite's check of the file.
        var schemaDifferences: [String]
        /// The `attachment-added` events without their stored attachment, found on the walk's snapshot (`nil` if
        /// the walk could not find them).
        var attachmentEventsWithoutRow: [AttachmentEventWithoutRow]?
    }

    /// The checks of ``verifyChain(replaying:anchors:)`` other than issued letters and the schema, on one snapshot;
    /// with `checkingFile`, SQLite's `quick_check` too, on the same connection.
    ///
    /// The walk streams: the event log in sequence order beside `eventPersonal`, then each case's events (through
    /// the index `event_case`) beside the request rows, one case at a time, so memory does not grow with the
    /// register.
    private func walkEventsAndState(replaying workflows: WorkflowCatalog?, anchors: [ChainAnchor], checkingFile: Bool)
        throws(StoreError) -> Walk
    {
        try read("verify the event log") { db in
            var verifier = ChainVerifier(replay: workflows.map { HistoryReplay(workflows: $0) }, anchors: anchors)
            let events = try ColumnCursor(db, sql: "SELECT \(ChainVerifier.eventColumns) FROM event ORDER BY sequence")
            let personal = try ColumnCursor(db, sql: "SELECT sequence, salt, data FROM eventPersonal ORDER BY sequence")
            defer {
                events.reset()
                personal.reset()
            }
            try verifier.checkEvents(events, personalData: personal)
            events.reset()
            personal.reset()
            verifier.finishEvents()
            let attachmentEventsWithoutRow = Self.attachmentEventsWithoutRow(seenBy: verifier, in: db)
            verifier.attachmentEvents = []
            verifier.check(storedLetterEvents: Set(try Int64.fetchAll(db, sql: "SELECT eventSequence FROM letter")))
            let orphanFiles = try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT caseYear, caseSequence, number FROM letterFile AS file WHERE NOT EXISTS
                      (SELECT 1 FROM letter WHERE letter.caseYear = file.caseYear AND letter.caseSequence = file.caseSequence
                       AND letter.number = file.number)
                    ORDER BY caseYear, caseSequence, number
                    """)
            for file in orphanFiles {
                verifier.check(
                    orphanLetterFileOf: CaseNumber(
                        year: Int.fromDatabaseValue(file["caseYear"]) ?? 0,
                        sequence: Int.fromDatabaseValue(file["caseSequence"]) ?? 0),
                    number: Int.fromDatabaseValue(file["number"]) ?? 0)
            }
            try verifier.check(
                dispatchRows: try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT eventSequence, caseYear, caseSequence, number, kind, "on", via FROM letterDispatch
                        ORDER BY eventSequence
                        """),
                firstTracked: try Int64.fetchAll(db, sql: "SELECT firstTrackedEvent FROM dispatchTracking"),
                tagRows: try Row.fetchCursor(db, sql: "SELECT tag, caseYear, caseSequence FROM purgedTag"))
            // Letter bytes are erased only by a purge of their case recorded after the letter (the purge event is
            // in the chain, checked above; the index event_case finds it).
            let erasedFiles = try Row.fetchCursor(
                db,
                sql: """
                    SELECT file.caseYear, file.caseSequence, file.number, file.format, letter.eventSequence
                    FROM letterFile AS file JOIN letter USING (caseYear, caseSequence, number)
                    WHERE file.content IS NULL AND NOT EXISTS
                      (SELECT 1 FROM event WHERE event.caseYear = file.caseYear AND event.caseSequence = file.caseSequence
                       AND event.sequence > letter.eventSequence AND event.name = ?)
                    ORDER BY file.caseYear, file.caseSequence, file.number, file.format
                    """, arguments: [SystemEvent.purge.rawValue])
            while let file = try erasedFiles.next() {
                verifier.check(
                    erasedLetterFileOf: CaseNumber(
                        year: Int.fromDatabaseValue(file[0]) ?? 0,
                        sequence: Int.fromDatabaseValue(file[1]) ?? 0),
                    number: Int.fromDatabaseValue(file[2]) ?? 0, format: String.fromDatabaseValue(file[3]) ?? "?",
                    eventSequence: Int64.fromDatabaseValue(file[4]) ?? 0)
            }
            let caseEvents = try ColumnCursor(
                db,
                sql: """
                    SELECT \(ChainVerifier.caseEventColumns) FROM event LEFT JOIN eventPersonal USING (sequence)
                    WHERE caseYear IS NOT NULL AND caseSequence IS NOT NULL ORDER BY caseYear, caseSequence, event.sequence
                    """)
            let requests = try ColumnCursor(
                db,
                sql: """
                    SELECT \(RequestRow.columnList), importKey FROM request ORDER BY caseYear, caseSequence
                    """)
            defer {
                caseEvents.reset()
                requests.reset()
            }
            try verifier.checkCases(caseEvents, requests: requests)
            caseEvents.reset()
            requests.reset()
            let profiles = try Row.fetchCursor(db, sql: "SELECT * FROM controllerProfile ORDER BY version")
            while let row = try profiles.next() { verifier.check(profile: row) }
            let counters = try Row.fetchAll(db, sql: "SELECT year, \"last\" FROM caseCounter ORDER BY year")
            for counter in counters {
                verifier.check(
                    counterYear: Int.fromDatabaseValue(counter["year"]) ?? 0,
                    last: Int.fromDatabaseValue(counter["last"]) ?? 0)
            }
            verifier.finish()
            if checkingFile { verifier.check(integrity: try String.fetchAll(db, sql: "PRAGMA quick_check")) }
            return Walk(
                verifier: verifier, schemaDifferences: try RegisterSchema.differences(in: db),
                attachmentEventsWithoutRow: attachmentEventsWithoutRow)
        }
    }
}
