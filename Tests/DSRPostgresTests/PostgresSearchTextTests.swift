import DSRCore
import Testing

@testable import DSRPostgres

/// The search texts of a PostgreSQL register are tokenised as an SQLite register's FTS5 index tokenises them.
struct PostgresSearchTextTests {
    @Test
    func diacriticsGoAsSQLitesTokenizerRemovesThemAndOtherLettersStay() {
        #expect(PostgresSearchText.tokens(of: "Åsa Åhlström-Meikäläinen") == ["asa", "ahlstrom", "meikalainen"])
        // unicode61 remove_diacritics 2 keeps letters that do not decompose into a letter and a mark
        #expect(PostgresSearchText.tokens(of: "Søren Æble Straße") == ["søren", "æble", "straße"])
        #expect(
            PostgresSearchText.tokens(of: "matti.m@example.fi, 040-765 4321") == [
                "matti", "m", "example", "fi", "040", "765", "4321",
            ])
    }

    @Test
    func aWordIsAPatternOfWholeTokensTheLastAPrefixUnlessACaseNumber() {
        #expect(PostgresSearchText.pattern(SearchTerm("Matti.Virt", matchesPrefix: true)) == "% matti virt%")
        #expect(PostgresSearchText.pattern(SearchTerm("2026-0042", matchesPrefix: false)) == "% 2026 0042 %")
        #expect(PostgresSearchText.pattern(SearchTerm("%_*", matchesPrefix: true)) == nil)
    }
}
