import DSRCore
import Foundation
import Testing

@testable import DSRStore

/// The filter that spares an import's lookups of references and import keys (issue 19): it never rules out a text
/// that was added, and rules out most that were not.
struct SeenTextsTests {
    @Test func aTextAddedIsNeverRuledOutAndMostOthersAre() {
        var seen = SeenTexts(bitsLog2: 16)
        let added = (0..<4_000).map { "CRM-2018-\($0)" } + ["", "é", "e\u{301}", "Ä-1", "🙂"]
        for text in added { seen.add(text) }
        #expect(added.allSatisfy { seen.mayContain($0) })
        let others = (4_000..<14_000).map { "CRM-2018-\($0)" }
        let falsePositives = others.filter { seen.mayContain($0) }.count
        // 4,000 texts in 65,536 bits with three probes: about 0.6 % of the others are not ruled out.
        #expect(falsePositives < 300, "\(falsePositives)")
    }

    @Test func textsAreComparedByTheirBytes() {
        // Canonically equivalent texts are different references to SQLite: one is not taken for the other.
        var seen = SeenTexts()
        seen.add("é")
        #expect(seen.mayContain("é"))
        #expect(!seen.mayContain("e\u{301}"))
        #expect(!SeenTexts().mayContain(""))
    }

    @Test func aRepeatedReferenceWithinAFileIsFoundAndAnotherPersonsIsAConflict() async throws {
        let store = try SQLiteStore.inMemory()
        let file = """
            reference,kind,received,name
            R-1,access,2026-10-01,Aino Asiakas
            R-2,access,2026-10-01,Eino Esimerkki
            R-1,access,2026-10-01,aino  ASIAKAS
            R-2,access,2026-10-01,Someone Else
            """
        let result = try await ImportTests.run(store, file + "\n", options: .init(skipInvalid: true))
        #expect(result.summary.imported == 2)
        #expect(result.summary.alreadyPresent == 1)
        #expect(result.summary.invalid == 1)
        #expect(result.issues.map(\.line) == [5])
        #expect(try store.verifyChain().isIntact)
    }
}
