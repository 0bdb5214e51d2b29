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
    func asciiAndNordicTextsAreReadFromTheirBytesAsTheUnicodeReadingReadsThem() {
        // Every pair of ASCII characters and Finnish and Swedish letters (every transition between two of them),
        // alone and between letters, and a few longer texts.
        let characters =
            (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) } + [
                "ä", "Ä", "å", "Å", "é", "É", "ö", "Ö", "ü", "Ü",
            ]
        var texts = ["", "@Z[`a{/09:", "AZaz09", "  lead and trail  ", "MiXeD-Case_text.with,7 marks!\u{7F}"]
        texts += ["Äijälä-Öhman, Åsa Élise", "MÄKINEN Ülla 00100 HELSINKI"]
        for first in characters {
            for second in characters {
                texts.append(first + second)
                texts.append("Ab" + first + second + "9z")
            }
        }
        for text in texts {
            let tokens = PostgresSearchText.bytewiseTokens(of: text)
            #expect(tokens != nil, "\(text.debugDescription)")
            #expect(tokens == PostgresSearchText.unicodeTokens(of: text), "\(text.debugDescription)")
        }
        // Any other text is left to the Unicode reading: other letters of the same UTF-8 lead byte, other scripts,
        // a letter already decomposed.
        for text in ["Søren", "Æble", "Straße", "Ångström ø", "Ñandú", "Zoë", "Łódź", "Ä\u{0301}", "a\u{0308}", "Ω"] {
            #expect(PostgresSearchText.bytewiseTokens(of: text) == nil, "\(text.debugDescription)")
        }
        #expect(PostgresSearchText.tokens(of: "Søren MEIKÄLÄINEN") == ["søren", "meikalainen"])
    }
}
