import Foundation

/// Imports requests from a CSV or JSON Lines file into a register, streaming: the file is read a chunk at a time,
/// each row is checked and added as it comes, and the whole import is one transaction.
///
/// By default the import is all-or-nothing: any invalid row stops it, every problem is reported by line and
/// column, and nothing is written. With ``Options/skipInvalid`` the valid rows are written and the others
/// reported. A row whose reference (given, or made from the row) is already in the register is left alone, so
/// importing the same file twice adds nothing the second time. No I/O: the caller passes the file's bytes.
public struct RequestImporter: Sendable {
    /// How to import.
    public struct Options: Sendable, Equatable {
        /// Write the valid rows and report the others, instead of writing nothing.
        public var skipInvalid: Bool
        /// Check everything and report what would happen, but write nothing.
        public var dryRun: Bool
        /// The file's format, or `nil` to tell from its first bytes.
        public var format: ImportFormat?

        /// Creates options.
        public init(skipInvalid: Bool = false, dryRun: Bool = false, format: ImportFormat? = nil) {
            self.skipInvalid = skipInvalid
            self.dryRun = dryRun
            self.format = format
        }
    }

    /// Where the requests go.
    public let store: any RequestStore
    /// The workflows in force.
    public let workflows: WorkflowCatalog
    /// The deadline calculator.
    public let calculator: DeadlineCalculator

    /// How often, in rows, ``run(options:actor:now:today:read:issue:progress:)`` reports progress.
    public static let progressInterval = 2_000

    /// Creates an importer.
    public init(store: any RequestStore, workflows: WorkflowCatalog, calculator: DeadlineCalculator = DeadlineCalculator()) {
        self.store = store
        self.workflows = workflows
        self.calculator = calculator
    }

    /// Imports a file.
    /// - Parameters:
    ///   - options: How to import.
    ///   - actor: Who records the import.
    ///   - now: The time to record on every event.
    ///   - today: Today's date; no date in the file may be later.
    ///   - read: Returns the file's next chunk of bytes, or `nil` at its end.
    ///   - issue: Called with each problem found, as it is found.
    ///   - progress: Called every ``progressInterval`` rows with the summary so far.
    /// - Returns: What was imported. Check ``ImportSummary/failure`` for invalid rows that stopped the import.
    /// - Throws: ``ImportError`` for a file that cannot be imported at all (no header, unknown columns);
    ///   ``StoreError`` if the register fails; whatever `read` throws. Nothing is written if it throws.
    public func run(options: Options, actor: String, now: Date, today: CivilDate, read: () throws -> [UInt8]?,
                    issue: (ImportIssue) -> Void, progress: (ImportSummary) -> Void) throws -> ImportSummary
    {
        var summary = ImportSummary(dryRun: options.dryRun, skipInvalid: options.skipInvalid)
        var checker = ImportRowChecker(workflows: workflows, calculator: calculator, today: today)
        var format = options.format
        var csv = CSVParser()
        var jsonLines = JSONLinesParser()
        var header: ImportHeader?

        let stored = try store.insertBatch { batch in
            func report(_ found: [ImportIssue]) {
                summary.invalid += 1
                for item in found { issue(item) }
            }
            func add(_ parsed: ImportRow.Parsed) throws {
                summary.rows += 1
                defer { if summary.rows % Self.progressInterval == 0 { progress(summary) } }
                guard case .row(let row) = parsed else {
                    if case .invalid(let problem) = parsed { report([problem]) }
                    return
                }
                let request: ImportedRequest
                switch checker.check(row) {
                case .invalid(let problems):
                    return report(problems)
                case .request(let checked):
                    request = checked
                }
                // Once a row is invalid and the import is all-or-nothing, the rest are only checked.
                if summary.invalid > 0 && !options.skipInvalid { return }
                let key = request.importKey
                if try Self.isPresent(request, key: key, in: batch) {
                    summary.alreadyPresent += 1
                    return
                }
                let workflow = workflows[request.draft.kind]
                do {
                    // Only rows without a reference keep their key: those are the ones found by it later. (Keys are
                    // digests, in random order; a million of them would churn the page cache of a large import.)
                    let storedKey = request.draft.reference == nil ? key : nil
                    let record = try batch.insert(year: request.draft.received.year, importKey: storedKey) { caseNumber in
                        try request.history(caseNumber: caseNumber, workflow: workflow, calculator: calculator,
                                            actor: actor, now: now, today: today)
                    }
                    summary.imported += 1
                    if !record.isOpen { summary.closed += 1 }
                    if summary.firstCase == nil { summary.firstCase = record.caseNumber }
                    summary.lastCase = record.caseNumber
                } catch let error as TransitionError {
                    report([ImportIssue(line: request.line, column: nil,
                                        message: "the history cannot be recorded: " + (error.errorDescription ?? "refused"))])
                } catch let error as WorkflowCatalogError {
                    report([ImportIssue(line: request.line, column: nil, message: error.errorDescription ?? "workflow error")])
                }
            }
            func addRecord(_ record: CSVParser.Record) throws {
                guard let header else {
                    header = try ImportHeader(record.fields)
                    return
                }
                try add(header.row(record))
            }

            while let chunk = try read() {
                guard !chunk.isEmpty else { continue }
                let chosen = format ?? ImportFormat.detect(chunk)
                format = chosen
                switch chosen {
                case .csv: try csv.parse(chunk, addRecord)
                case .jsonLines: try jsonLines.parse(chunk, add)
                }
            }
            switch format {
            case .csv?, nil:
                try csv.finish(addRecord)
                if header == nil { throw ImportError.emptyFile }
            case .jsonLines?:
                try jsonLines.finish(add)
            }
            progress(summary)
            return !options.dryRun && (summary.invalid == 0 || options.skipInvalid)
        }
        summary.stored = stored
        return summary
    }

    /// Whether the register already has the request a row describes.
    ///
    /// - A row with a reference is present if a request has that reference, or was imported without a reference
    ///   from a row with the same registration data (a reference column added to the spreadsheet since).
    /// - A row without a reference is present if a request was imported without a reference from a row with the
    ///   same registration data.
    /// - A row exported from a register (its `case` column) is present if that case has the same registration
    ///   data, which finds requests that were registered by hand.
    static func isPresent(_ request: ImportedRequest, key: String, in batch: any RequestBatch) throws -> Bool {
        if let reference = request.draft.reference {
            if try batch.caseNumber(forReference: reference) != nil { return true }
            if try batch.cases(withImportKey: key).contains(where: { $0.reference == nil }) { return true }
        } else if try !batch.cases(withImportKey: key).isEmpty {
            return true
        }
        if let exported = request.exportedCase, let record = try batch.record(exported),
           record.reference == request.draft.reference, ImportKey.of(record) == key
        {
            return true
        }
        return false
    }
}
