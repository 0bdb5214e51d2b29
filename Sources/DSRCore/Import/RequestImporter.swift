import Foundation

/// Imports requests from a CSV or JSON Lines file into a register, streaming: the file is read a chunk at a time,
/// each row is checked and added as it comes, and the whole import is one transaction.
///
/// By default the import is all-or-nothing: any invalid row stops it, every problem is reported by line and
/// column, and nothing is written. With ``Options/skipInvalid`` the valid rows are written and the others
/// reported. A row whose reference (given, or made from the row) is already in the register is left alone, so
/// importing the same file twice adds nothing the second time. No I/O: the caller passes the file's bytes, and the
/// register is reached through ``ImportStorage``.
public struct RequestImporter: Sendable {
    /// How to import.
    public struct Options: Sendable, Equatable {
        /// Write the valid rows and report the others, instead of writing nothing.
        public var skipInvalid: Bool
        /// Check everything and report what would happen, but write nothing.
        public var dryRun: Bool
        /// The file's format, or `nil` to tell from its first bytes.
        public var format: ImportFormat?
        /// The file's character encoding, or `nil` to tell from its bytes (``ImportEncoding``).
        public var encoding: ImportEncoding?
        /// Header names mapped to columns, and columns to ignore.
        public var mapping: ImportColumnMapping

        /// Creates options.
        public init(
            skipInvalid: Bool = false, dryRun: Bool = false, format: ImportFormat? = nil,
            encoding: ImportEncoding? = nil, mapping: ImportColumnMapping = ImportColumnMapping()
        ) {
            self.skipInvalid = skipInvalid
            self.dryRun = dryRun
            self.format = format
            self.encoding = encoding
            self.mapping = mapping
        }
    }

    /// Where the requests go.
    public let storage: any ImportStorage
    /// The workflows in force.
    public let workflows: WorkflowCatalog
    /// The deadline calculator.
    public let calculator: DeadlineCalculator

    /// How often, in rows, ``run(options:actor:now:today:read:report:)`` reports progress (at the end of the
    /// chunk of rows that passes each multiple).
    public static let progressInterval = 2_000

    /// Rows the reading half may be ahead of the writing half (in chunks of the store's batch size, at least two).
    static let rowsAhead = 4_096

    /// Creates an importer.
    public init(
        storage: any ImportStorage, workflows: WorkflowCatalog,
        calculator: DeadlineCalculator = DeadlineCalculator()
    ) {
        self.storage = storage
        self.workflows = workflows
        self.calculator = calculator
    }

    /// Imports a file.
    ///
    /// Two tasks share the work, so that a large import keeps two processor cores busy: a child task reads, checks
    /// and prepares the rows (everything that needs no register, ``ImportReader``) and hands them over in chunks
    /// through a ``BoundedStream`` at most ``rowsAhead`` rows ahead; this task writes each chunk inside the
    /// import's transaction (``ImportTransaction/withBatch(_:)``) and reports. `read` is called from the child task,
    /// one call at a time; `report` from this one, in file order.
    /// - Parameters:
    ///   - options: How to import.
    ///   - actor: Who records the import.
    ///   - now: The time to record on every event.
    ///   - today: Today's date; no date in the file may be later.
    ///   - read: Returns the file's next chunk of bytes, or `nil` at its end.
    ///   - report: Called with each problem found and with the summary every ``progressInterval`` rows and at the
    ///     end (before the transaction ends). What it throws stops the import.
    /// - Returns: What was imported. Check ``ImportSummary/failure`` for invalid rows that stopped the import.
    /// - Throws: ``ImportError`` for a file that cannot be imported at all (no header, unknown columns);
    ///   ``StoreError`` if the register fails; whatever `read` or `report` throws. Nothing is written if it throws.
    public func run(
        options: Options, actor: String, now: Date, today: CivilDate,
        read: @escaping @Sendable () throws -> [UInt8]?,
        report: (ImportProgress) async throws -> Void
    ) async throws -> ImportSummary {
        let (stored, summary) = try await storage.importRequests { transaction in
            let summary = try await write(
                options: options, actor: actor, now: now, today: today, read: read,
                into: transaction, report: report)
            return (keep: !options.dryRun && (summary.invalid == 0 || options.skipInvalid), result: summary)
        }
        var result = summary
        result.stored = stored
        return result
    }

    /// Runs both halves of an import inside its transaction.
    private func write(
        options: Options, actor: String, now: Date, today: CivilDate,
        read: @escaping @Sendable () throws -> [UInt8]?, into transaction: any ImportTransaction,
        report: (ImportProgress) async throws -> Void
    ) async throws -> ImportSummary {
        let counters = try await transaction.withBatch { batch in try batch.caseCounters() }
        var prepared = ImportReader(
            options: options, workflows: workflows, calculator: calculator, actor: actor,
            now: now, today: today, counters: counters)
        prepared.chunkSize = max(1, storage.importRowsPerBatch)
        let reader = prepared
        let (chunks, producer) = BoundedStream<[ImportReader.Item]>.makeStream(
            capacity: max(2, Self.rowsAhead / reader.chunkSize))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                var reader = reader
                var sender = producer.sender()
                do {
                    try await reader.run(read: read, into: &sender)
                    producer.finish()
                } catch {
                    producer.finish(throwing: error)
                }
            }
            // If this half throws, the group cancels the reading half (its next hand-over ends) and waits for it.
            var summary = ImportSummary(dryRun: options.dryRun, skipInvalid: options.skipInvalid)
            for try await chunk in chunks {
                let before = summary
                let (after, issues) = try await transaction.withBatch { batch in
                    var summary = before
                    var issues: [ImportIssue] = []
                    for item in chunk {
                        try Self.write(item, into: batch, summary: &summary, options: options) { issues.append($0) }
                    }
                    return (summary, issues)
                }
                summary = after
                for issue in issues { try await report(.issue(issue)) }
                if after.rows / Self.progressInterval > before.rows / Self.progressInterval {
                    try await report(.progress(summary))
                }
            }
            try await group.waitForAll()
            try await report(.progress(summary))
            return summary
        }
    }

    /// Writes one prepared row, or reports it.
    private static func write(
        _ item: ImportReader.Item, into batch: any RequestBatch, summary: inout ImportSummary,
        options: Options, issue: (ImportIssue) -> Void
    ) throws {
        summary.rows += 1
        let request: ImportedRequest
        let key: String
        let prepared: [HistoryStep]?
        switch item {
        case .invalid(let problems):
            summary.invalid += 1
            for problem in problems { issue(problem) }
            return
        case .request(let checked, let checkedKey, let steps):
            (request, key, prepared) = (checked, checkedKey, steps)
        }
        // Once a row is invalid and the import is all-or-nothing, the rest are only checked.
        if summary.invalid > 0 && !options.skipInvalid { return }
        switch try presence(of: request, key: key, in: batch) {
        case .absent:
            break
        case .present:
            summary.alreadyPresent += 1
            return
        case .conflict(let caseNumber):
            summary.invalid += 1
            issue(
                ImportIssue(
                    line: request.line, column: nil,
                    message: "its reference is already used by case "
                        + "\(caseNumber), the request of another person; it is not the same request. Give the "
                        + "row its own reference (or correct it); nothing was imported"))
            return
        }
        guard let prepared else {
            throw StoreError.failed(operation: "import requests", reason: "line \(request.line) was not prepared")
        }
        // Only rows without a reference keep their key: those are the ones found by it later. (Keys are digests, in
        // random order; a million of them would churn the page cache of a large import.)
        let storedKey = request.draft.reference == nil ? key : nil
        let record = try batch.insert(year: request.draft.received.year, importKey: storedKey) { caseNumber in
            guard prepared.first?.record.caseNumber != caseNumber else { return prepared }
            // A row was skipped before this one: its number is not the one it was prepared under.
            return prepared.map { step in
                var step = step
                step.record.caseNumber = caseNumber
                step.entry.caseNumber = caseNumber
                step.recordJSON = nil
                return step
            }
        }
        summary.imported += 1
        if !record.isOpen { summary.closed += 1 }
        if summary.firstCase == nil { summary.firstCase = record.caseNumber }
        summary.lastCase = record.caseNumber
    }

    /// Whether the register already has the request a row describes.
    enum Presence: Equatable {
        /// It does not: the row is a new request.
        case absent
        /// It does, or had it before `dsr purge` removed it: the row is left alone.
        case present
        /// The row's reference belongs to a request of another person (a different name): not the same request.
        case conflict(CaseNumber)
    }

    /// Whether the register already has the request a row describes.
    ///
    /// - A row with a reference is present if a request of the same person (the same name, ignoring case, accents
    ///   and spacing) has that reference, and a conflict if a request of someone else has it; or if a request was
    ///   imported without a reference from a row with the same registration data (a reference column added to the
    ///   spreadsheet since).
    /// - A row without a reference is present if a request was imported without a reference from a row with the
    ///   same registration data.
    /// - A row exported from a register (its `case` column) is present if that case has the same registration
    ///   data, which finds requests that were registered by hand.
    /// - A row is present if `dsr purge` removed a request with its reference or registration data.
    static func presence(of request: ImportedRequest, key: String, in batch: any RequestBatch) throws -> Presence {
        if let reference = request.draft.reference {
            if let owner = try batch.owner(ofReference: reference) {
                if !owner.isPurged && TextFolding.fold(owner.name) != TextFolding.fold(request.draft.subject.name) {
                    return .conflict(owner.caseNumber)
                }
                return .present
            }
            if try batch.cases(withImportKey: key).contains(where: { $0.reference == nil }) { return .present }
        } else if try !batch.cases(withImportKey: key).isEmpty {
            return .present
        }
        if let exported = request.exportedCase, let record = try batch.record(exported),
            record.reference == request.draft.reference, ImportKey.of(record) == key
        {
            return .present
        }
        if try batch.wasPurged(reference: request.draft.reference, importKey: key) { return .present }
        return .absent
    }
}
