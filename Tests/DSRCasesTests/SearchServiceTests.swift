import DSRCases
import DSRCore
import Foundation
import Testing

/// The service's search use case against SQLite in memory: summaries newest first, names only when asked for, and bad
/// search texts refused before the register is read.
struct SearchServiceTests {
    @Test func searchGivesSummariesNewestFirstWithNamesOnlyWhenAsked() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let records = try await SearchStorageContract.registerThree(storage)
            let asOf = try Fixture.day(2026, 2, 10)

            let named = try await service.search(SearchCases(text: "Meikalainen", asOf: asOf, names: true))
            let nameless = try await service.search(SearchCases(text: "Meikalainen", asOf: asOf))

            #expect(named == [records[2], records[0]].map { RequestSummary($0, asOf: asOf, name: true) })
            #expect(named.map(\.name) == ["Matti Meikäläinen", "Maija Meikäläinen"])
            #expect(nameless.map(\.name) == [nil, nil])
            #expect(nameless.map(\.case) == ["2026-0002", "2025-0001"])
            #expect(
                try await service.search(SearchCases(text: "meikalainen", limit: 1, asOf: asOf)).map(\.case)
                    == ["2026-0002"])
            #expect(try await service.search(SearchCases(text: "nobody", asOf: asOf)).isEmpty)
        }
    }

    @Test(arguments: ["", "   ", "\t\n", "\"", "*", "( ) * \" ^ -", "!!! ... ---", "😀", "\u{0308}"])
    func aTextWithoutLetterOrDigitIsNothingToSearchFor(text: String) async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let command = SearchCases(text: text, asOf: try Fixture.day(2026, 2, 10))
            #expect(throws: SearchError.nothingToSearchFor) { try CaseService.check(command) }
            await #expect(throws: SearchError.nothingToSearchFor) { _ = try await service.search(command) }
        }
    }

    @Test func limitsAndLengthsAreChecked() throws {
        let asOf = try Fixture.day(2026, 2, 10)
        for limit in [0, -1, 10_001] {
            #expect(throws: SearchError.limitOutOfRange(limit, accepted: 1...10_000)) {
                try CaseService.check(SearchCases(text: "virtanen", limit: limit, asOf: asOf))
            }
        }
        #expect(try CaseService.check(SearchCases(text: "virtanen", limit: 10_000, asOf: asOf)).limit == 10_000)
        let tooMany = Array(repeating: "a", count: 21).joined(separator: " ")
        #expect(throws: SearchError.tooLong(characters: 500, words: 20)) {
            try CaseService.check(SearchCases(text: tooMany, asOf: asOf))
        }
        #expect(throws: SearchError.tooLong(characters: 500, words: 20)) {
            try CaseService.check(SearchCases(text: String(repeating: "x", count: 501), asOf: asOf))
        }
        // Messages never repeat the text
        let error = SearchError.nothingToSearchFor
        #expect(error.category == .invalidData)
        #expect(error.errorDescription?.contains("--") == false)
    }

    @Test func wordsAreSplitAtWhiteSpaceAndCaseNumbersWrittenAsDsrWritesThem() throws {
        let query = try SearchQuery(text: "  Maija\t2026-42 ,  meik*  ")
        #expect(
            query.terms == [
                SearchTerm("Maija", matchesPrefix: true), SearchTerm("2026-0042", matchesPrefix: false),
                SearchTerm("meik*", matchesPrefix: true),
            ])
        #expect(query.limit == SearchQuery.defaultLimit)
    }
}
