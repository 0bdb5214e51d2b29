import Foundation

/// The reading half of an import, in its own task: reads the file, checks each row, and builds each valid row's
/// history and its records' JSON ahead of the writer (see ``RequestImporter``), handing them over in chunks through a
/// ``BoundedStream``.
///
/// Histories are built under the case numbers the writer will give if no row is skipped: the register's counters
/// when the import began, plus one per valid row of the same year. The writer checks the number it gives, and
/// rebuilds the JSON of a row whose number differs (after a row already in the register).
struct ImportReader: Sendable {
    /// A row, ready to write or reported invalid.
    enum Item: Sendable {
        /// A valid row with its history built ahead (unless the import is only checking the rest of the file).
        case request(ImportedRequest, key: String, steps: [HistoryStep]?)
        /// An invalid row's problems.
        case invalid([ImportIssue])
    }

    /// How to import.
    var options: RequestImporter.Options
    /// The workflows in force.
    var workflows: WorkflowCatalog
    /// The deadline calculator.
    var calculator: DeadlineCalculator
    /// Who records the import.
    var actor: String
    /// The time to record.
    var now: Date
    /// Today's date.
    var today: CivilDate
    /// The last case number of each year: the register's when the import began, then the ones given ahead.
    var counters: [Int: Int]

    /// Rows per chunk handed to the writer (``ImportStorage/importRowsPerBatch``).
    var chunkSize = 256
    /// The most bytes parsed before the rows found are handed on (a workbook's sheet comes as one piece of text):
    /// the rows of one slice are all in memory at once.
    private static let sliceSize = 8 << 10

    /// Reads the whole file into `sender`, a chunk of rows at a time; stops early if the writer has gone.
    ///
    /// Each chunk is decoded to UTF-8 and checked to be text (``ImportDecoder``) before it is parsed, and a parser holds at most one
    /// record of at most ``ImportFormat/recordByteLimit`` bytes, so memory stays bounded whatever the file holds.
    /// - Throws: ``ImportError`` for a file that cannot be imported at all; whatever `read` throws.
    mutating func run(read: () throws -> [UInt8]?, into sender: inout BoundedStream<[Item]>.Sender) async throws {
        var checker = ImportRowChecker(workflows: workflows, calculator: calculator, today: today)
        var format = options.format
        var csv = CSVParser()
        var jsonLines = JSONLinesParser()
        var decoder = ImportDecoder(encoding: options.encoding)
        var header: ImportHeader?
        var items: [Item] = []
        items.reserveCapacity(chunkSize)
        var sawInvalid = false
        func add(_ parsed: ImportRow.Parsed) {
            switch parsed {
            case .invalid(let problem):
                sawInvalid = true
                items.append(.invalid([problem]))
            case .row(let row):
                switch checker.check(row) {
                case .invalid(let problems):
                    sawInvalid = true
                    items.append(.invalid(problems))
                case .request(let request):
                    items.append(prepare(request, checkOnly: sawInvalid && !options.skipInvalid))
                    if case .invalid = items.last { sawInvalid = true }
                }
            }
        }
        func addRecord(_ record: CSVParser.Record) throws {
            guard let header else {
                header = try ImportHeader(record.fields, mapping: options.mapping)
                return
            }
            add(header.row(record))
        }

        func parse(_ slice: ArraySlice<UInt8>, as chosen: ImportFormat) throws {
            switch chosen {
            case .csv: try csv.parse(slice, addRecord)
            case .jsonLines: try jsonLines.parse(slice, add)
            }
        }

        var more = true
        while more {
            let chunk: [UInt8]
            if let bytes = try read() {
                chunk = try decoder.decode(bytes)
                guard !chunk.isEmpty else { continue }
            } else {
                more = false
                chunk = try decoder.finish()
                guard !chunk.isEmpty else { break }
            }
            let chosen = format ?? ImportFormat.detect(chunk)
            format = chosen
            var start = chunk.startIndex
            while start < chunk.endIndex {
                let end = min(start + Self.sliceSize, chunk.endIndex)
                try parse(chunk[start..<end], as: chosen)
                start = end
                // Handed on in chunks of at most `chunkSize` rows, so that the writer's buffer holds a bounded
                // number of rows however short they are.
                while items.count >= chunkSize {
                    guard await sender.send(Array(items.prefix(chunkSize))) else { return }
                    items.removeFirst(chunkSize)
                }
            }
        }
        switch format {
        case .csv?, nil:
            try csv.finish(addRecord)
            if header == nil { throw ImportError.emptyFile }
        case .jsonLines?:
            try jsonLines.finish(add)
        }
        if !items.isEmpty { _ = await sender.send(items) }
    }

    /// A valid row with its history and JSON built under the case number it is expected to get; only checked if
    /// the import is already bound to write nothing. A history the workflow refuses makes the row invalid.
    private mutating func prepare(_ request: ImportedRequest, checkOnly: Bool) -> Item {
        let key = request.importKey
        guard !checkOnly else { return .request(request, key: key, steps: nil) }
        let year = request.draft.received.year
        let sequence = (counters[year] ?? 0) + 1
        do {
            var steps = try request.history(
                caseNumber: CaseNumber(year: year, sequence: sequence), workflow: workflows[request.draft.kind],
                calculator: calculator, actor: actor, now: now, today: today)
            for index in steps.indices {
                steps[index].recordJSON = CanonicalJSON.encode(steps[index].record)
            }
            counters[year] = sequence
            return .request(request, key: key, steps: steps)
        } catch let error as TransitionError {
            return .invalid([
                ImportIssue(
                    line: request.line, column: nil,
                    message: "the history cannot be recorded: " + (error.errorDescription ?? "refused"))
            ])
        } catch let error as WorkflowCatalogError {
            return .invalid([
                ImportIssue(line: request.line, column: nil, message: error.errorDescription ?? "workflow error")
            ])
        } catch {
            return .invalid([
                ImportIssue(line: request.line, column: nil, message: "the row's history cannot be recorded")
            ])
        }
    }
}
