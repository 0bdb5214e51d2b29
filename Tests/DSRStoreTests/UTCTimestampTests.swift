import Foundation
import Testing

@testable import DSRStore

/// The register's text of an instant, read back: the form dsr writes from its digits, anything else by parts, with
/// the same answers.
struct UTCTimestampTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", 0.0),
        ("2026-12-05T01:02:03Z", 1_796_432_523.0),
        ("2024-02-29T23:59:59Z", 1_709_251_199.0),
        ("0001-01-01T00:00:00Z", -62_135_596_800.0),
        ("9999-12-31T23:59:59Z", 253_402_300_799.0),
    ])
    func readsTheRegistersForm(text: String, seconds: Double) throws {
        let date = try #require(UTCTimestamp.date(from: text))
        #expect(date.timeIntervalSince1970 == seconds)
        #expect(UTCTimestamp.string(from: date) == text)
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { UTCTimestamp.date(fromBytes: $0) }
        #expect(fromBytes == date)
    }

    @Test(arguments: [
        "2026-02-30T00:00:00Z", "2026-12-05T24:00:00Z", "2026-12-05T23:60:00Z", "2026-12-05T23:59:60Z",
        "2026-12-05 01:02:03Z", "2026-12-05T01:02:03+", "2026-12-05T01:02:03", "2026-12-05T1:02:03Z",
        "2026-12-05T01:02:03.5Z", "0000-01-01T00:00:00Z", "2026-1a-05T01:02:03Z", "２０２６-12-05T01:02:03Z", "",
        "2026-12-05T01-02-03Z",
    ])
    func refusesAnythingElse(text: String) {
        #expect(UTCTimestamp.date(from: text) == nil, "\(text)")
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { UTCTimestamp.date(fromBytes: $0) }
        #expect(fromBytes == nil, "\(text)")
    }

    @Test func agreesWithFoundationAcrossTwoCenturies() throws {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var seconds = -2_208_988_800  // 1900-01-01
        while seconds < 4_102_444_800 {  // 2100-01-01
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let text = try #require(UTCTimestamp.string(from: date))
            #expect(text == formatter.string(from: date))
            #expect(UTCTimestamp.date(from: text) == date)
            seconds += 86_400 * 37 + 3_607
        }
    }
}
