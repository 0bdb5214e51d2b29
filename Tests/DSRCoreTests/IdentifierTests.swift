import DSRCore
import Testing

/// Case numbers and business IDs as typed by users.
struct IdentifierTests {
    @Test(arguments: [
        ("2026-0042", 2026, 42, "2026-0042"),
        ("2026-42", 2026, 42, "2026-0042"),
        ("2026-0001", 2026, 1, "2026-0001"),
        (" 2026-0042 ", 2026, 42, "2026-0042"),
        ("2018-9999", 2018, 9_999, "2018-9999"),
        ("2026-12345", 2026, 12_345, "2026-12345"),
        ("2026-999999999", 2026, 999_999_999, "2026-999999999"),
    ])
    func parsesCaseNumbers(text: String, year: Int, sequence: Int, printed: String) throws {
        let number = try #require(CaseNumber(text))
        #expect(number.year == year)
        #expect(number.sequence == sequence)
        #expect(number.description == printed)
        #expect(CaseNumber(number.description) == number)
    }

    @Test(arguments: [
        "", " ", "2026", "2026-", "-0042", "26-0042", "02026-0042", "2026-0000", "2026-0", "2026--42", "2026-00-42",
        "2026-0042-1", "2026_0042", "2026 0042", "abcd-0001", "2026-abcd", "1999-0001", "0000-0001", "2026-+42",
        "2026--1", "2026-1234567890", "2026-99999999999999999999", "99999999999999999999-1", "٢٠٢٦-٠٠٤٢",
        "2026-0042\n", String(repeating: "2", count: 10_000),
    ])
    func rejectsMalformedCaseNumbers(text: String) {
        #expect(CaseNumber(text) == nil, "\(text.prefix(30))")
    }

    @Test func caseNumbersSortByYearThenSequence() {
        let numbers = [
            CaseNumber(year: 2026, sequence: 2), CaseNumber(year: 2025, sequence: 100),
            CaseNumber(year: 2026, sequence: 10),
        ]
        #expect(numbers.sorted().map(\.description) == ["2025-0100", "2026-0002", "2026-0010"])
    }

    // Check digits computed by hand with weights 7, 9, 10, 5, 8, 4, 2 (PRH/Verohallinto):
    // 2747637: 14+63+40+35+48+12+14 = 226, 226 mod 11 = 6, 11−6 = 5.
    // 2934885: 14+81+30+20+64+32+10 = 251, 251 mod 11 = 9, 11−9 = 2.
    // 0112038: 0+9+10+10+0+12+16 = 57, 57 mod 11 = 2, 11−2 = 9.
    // 1572860: 7+45+70+10+64+24+0 = 220, 220 mod 11 = 0 → 0.
    @Test(arguments: [
        ("2747637-5", "2747637-5"), ("2934885-2", "2934885-2"), ("0112038-9", "0112038-9"), ("112038-9", "0112038-9"),
        ("1572860-0", "1572860-0"), (" 2747637-5 ", "2747637-5"),
    ])
    func acceptsValidBusinessIDs(text: String, normalized: String) throws {
        let id = try #require(BusinessID(text))
        #expect(id.description == normalized)
    }

    @Test(arguments: [
        "2747637-4", "2747637-6", "2934885-3", "2934885-1", "1572860-1",
        // 1234567: 7+18+30+20+40+24+14 = 153, 153 mod 11 = 10, 11−10 = 1; any other digit is wrong.
        "1234567-0", "1234567-2",
        // 1000008: 7+0+0+0+0+0+16 = 23, 23 mod 11 = 1: no valid check digit exists.
        "1000008-0", "1000008-1", "1000008-9",
        "", "2747637", "2747637-", "-5", "27476375", "2747637-55", "2747637 5", "27476-5", "27476370-5", "2747637-X",
        "abcdefg-5", "２７４７６３７-５", "2747637-5-5", String(repeating: "9", count: 5_000) + "-5",
    ])
    func rejectsInvalidBusinessIDs(text: String) {
        #expect(BusinessID(text) == nil, "\(text.prefix(30))")
    }

    @Test func checkDigitRule() {
        #expect(BusinessID.checkDigit(for: [2, 7, 4, 7, 6, 3, 7]) == 5)
        #expect(BusinessID.checkDigit(for: [2, 9, 3, 4, 8, 8, 5]) == 2)
        #expect(BusinessID.checkDigit(for: [1, 5, 7, 2, 8, 6, 0]) == 0)
        #expect(BusinessID.checkDigit(for: [1, 0, 0, 0, 0, 0, 8]) == nil)
        #expect(BusinessID.checkDigit(for: [1, 2, 3]) == nil)
    }
}
