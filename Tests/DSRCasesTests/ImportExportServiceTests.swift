import DSRCases
import DSRCore
import Foundation
import Testing

/// The import and export use cases over an in-memory register: the import's reports as a stream, all or nothing,
/// and an export that imports back.
struct ImportExportServiceTests {
    /// A file with three requests, one of them closed.
    static let file =
        "reference,kind,received,name,acknowledged,closed,outcome\n"
        + "R-1,access,2026-01-05,Maija Meikäläinen,2026-01-06,,\n"
        + "R-2,erasure,2026-01-07,Matti Meikäläinen,,2026-01-20,completed\n"
        + "R-3,objection,2026-02-01,Anna Aho,,,\n"

    /// Imports text and collects what the stream reported.
    static func importing(_ text: String, into service: CaseService, options: RequestImporter.Options = .init())
        async throws -> (issues: [ImportIssue], progress: Int, finished: [ImportSummary])
    {
        var issues: [ImportIssue] = []
        var progress = 0
        var finished: [ImportSummary] = []
        let command = ImportRequests(options: options, bytes: Array(text.utf8), chunkSize: 7)
        for try await report in service.importRequests(command, actor: Fixture.actor, today: try Fixture.today()) {
            switch report {
            case .issue(let issue): issues.append(issue)
            case .progress: progress += 1
            case .finished(let summary): finished.append(summary)
            }
        }
        return (issues, progress, finished)
    }

    @Test func anImportIsStoredAndReportedAndItsExportImportsBack() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)

            // When a file is imported
            let result = try await Self.importing(Self.file, into: service)

            // Then the stream ends with one summary of what was stored, after the progress
            #expect(result.issues.isEmpty, "\(result.issues)")
            #expect(result.progress >= 1)
            let summary = try #require(result.finished.first)
            #expect(result.finished.count == 1)
            #expect(summary.stored)
            #expect(summary.imported == 3)
            #expect(summary.closed == 1)
            #expect(summary.firstCase == CaseNumber(year: 2026, sequence: 1))
            #expect(summary.lastCase == CaseNumber(year: 2026, sequence: 3))

            // And the export writes them in case-number order, closed ones only when asked
            var open: [String] = []
            for try await request in service.exportRequests(ExportRequests()) {
                open.append(request.record.reference ?? "")
            }
            #expect(open == ["R-1", "R-3"])
            var lines = [RequestExport.csvHeader(separator: ",")]
            var acknowledged: [CivilDate?] = []
            for try await request in service.exportRequests(ExportRequests(includeClosed: true)) {
                lines.append(
                    RequestExport.csvLine(request.record, acknowledgedOn: request.acknowledgedOn, separator: ","))
                acknowledged.append(request.acknowledgedOn)
            }
            #expect(acknowledged == [try Fixture.day(2026, 1, 6), nil, nil])

            // And importing the export adds nothing
            let again = try await Self.importing(lines.joined(separator: "\n") + "\n", into: service)
            #expect(again.finished.first?.alreadyPresent == 3)
            #expect(again.finished.first?.imported == 0)
        }
    }

    @Test func anInvalidRowIsReportedByLineAndNothingIsStored() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)

            // When a file with an invalid row on line 3 is imported
            let file = Self.file.replacingOccurrences(of: "2026-01-07", with: "2026-13-07")
            let result = try await Self.importing(file, into: service)

            // Then the row's problem is reported with its line and column, and nothing is stored
            #expect(result.issues.map(\.line) == [3])
            #expect(result.issues.map(\.column) == ["received"])
            let summary = try #require(result.finished.first)
            #expect(!summary.stored)
            #expect(summary.failure == .invalidRows(count: 1, valid: 2))
            #expect(try await storage.records(RequestQuery(includeClosed: true)).isEmpty)

            // And with skipInvalid the valid rows are stored
            let skipping = try await Self.importing(file, into: service, options: .init(skipInvalid: true))
            #expect(skipping.finished.first?.stored == true)
            #expect(try await storage.records(RequestQuery(includeClosed: true)).count == 2)
        }
    }

    @Test func aDryRunStoresNothingAndAFileWithoutHeaderThrows() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let dry = try await Self.importing(Self.file, into: service, options: .init(dryRun: true))
            #expect(dry.finished.first?.imported == 3)
            #expect(dry.finished.first?.stored == false)
            #expect(try await storage.records(RequestQuery(includeClosed: true)).isEmpty)

            await #expect(throws: ImportError.emptyFile) { _ = try await Self.importing("", into: service) }
        }
    }

    @Test func anErrorFromTheReaderStopsTheImportAndStoresNothing() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            struct Unreadable: Error, Equatable {}
            // A file whose first chunk is read, then reading fails
            let first = Array(Self.file.utf8)
            let calls = Calls()
            let command = ImportRequests(read: {
                guard calls.next() == 0 else { throw Unreadable() }
                return first
            })
            await #expect(throws: Unreadable()) {
                for try await _ in service.importRequests(command, actor: Fixture.actor, today: try Fixture.today()) {}
            }
            #expect(try await storage.records(RequestQuery(includeClosed: true)).isEmpty)
        }
    }
}

/// Counts calls, from one task at a time.
private final class Calls: @unchecked Sendable {
    // `@unchecked Sendable`: the import calls its reader from one task at a time, each call awaited before the next.
    private var count = 0

    /// The number of earlier calls.
    func next() -> Int {
        defer { count += 1 }
        return count
    }
}
