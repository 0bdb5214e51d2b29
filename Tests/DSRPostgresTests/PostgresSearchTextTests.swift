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

    @Test
    func asciiTextsAreReadFromTheirBytesAsTheUnicodeReadingReadsThem() {
        // Every pair of ASCII characters (every transition between two of them), alone and between letters, and a
        // few longer texts.
        let ascii = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        var texts = ["", "@Z[`a{/09:", "AZaz09", "  lead and trail  ", "MiXeD-Case_text.with,7 marks!\u{7F}"]
        for first in ascii {
            for second in ascii {
                texts.append(first + second)
                texts.append("Ab" + first + second + "9z")
            }
        }
        for text in texts {
            let tokens = PostgresSearchText.asciiTokens(of: text)
            #expect(tokens == PostgresSearchText.unicodeTokens(of: text), "\(text.debugDescription)")
        }
        // Any other text is left to the Unicode reading.
        #expect(PostgresSearchText.asciiTokens(of: "Meikäläinen") == nil)
        #expect(PostgresSearchText.tokens(of: "MEIKÄLÄINEN Matti") == ["meikalainen", "matti"])
    }
}
