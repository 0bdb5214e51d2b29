import DSRCore
import Foundation
import Testing

/// The fast canonical JSON writes exactly the bytes `JSONEncoder` writes with sorted keys, unescaped slashes and
/// ISO 8601 dates: what the register hashes must not depend on which of the two wrote it.
struct CanonicalJSONTests {
    /// The reference: Foundation's encoder as the register configures it.
    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Text with every ASCII character, quotes, backslashes, slashes and non-ASCII characters.
    static let hostile = String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        + "ä€😀\u{2028}\u{2029}\u{FEFF}\u{200F}\u{0301}/\\\"\r\n"

    static func day(_ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: 2026, month: month, day: day))
    }

    /// A record with every optional field set.
    static func fullRecord() throws -> RequestRecord {
        var record = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 42), kind: .restriction, state: StateID("refused"),
            workflowVersion: 3, received: try day(1, 31),
            subject: DataSubject(name: hostile, email: "a@b.fi", address: "Katu 1\n00100 Helsinki", phone: "+358",
                                 identityCode: SealedIdentityCode(masked: "131052-****", sealed: "c2VhbGVk/+=",
                                                                  lookup: "abc123")),
            channel: .webForm, language: .sv, isDirectMarketing: true, note: "note \"quoted\"", clock: .stopped,
            extendedOn: try day(2, 3), extensionReason: "many systems", pauses: [
                ClockPause(start: try day(2, 4), end: try day(2, 9)), ClockPause(start: try day(2, 10)),
            ], deadline: try day(5, 2), closedOn: try day(3, 1), outcome: .refused,
            refusal: Refusal(grounds: [GroundCode(rawValue: "art12-5-excessive"), GroundCode(rawValue: "b")],
                             reason: "reason", granted: "part", reasonsWithheld: true),
            recipientsNotified: ["Recipient Oy", "Toinen Oy"], endCondition: "until decided", details: "done",
            lastEventOn: try day(3, 1), reference: "CRM/2026/42")
        record.personalDataRemovedOn = try day(3, 2)
        record.askedFor = ["Customer number", "Ä \"quoted\""]
        record.liftsOn = try day(3, 15)
        record.liftReason = "verified"
        return record
    }

    @Test func recordsWithEveryFieldAndWithNone() throws {
        let full = try Self.fullRecord()
        #expect(try CanonicalJSON.encode(full) == (try Self.foundation(full)))
        let minimal = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 1), kind: .access, state: StateID("received"),
            workflowVersion: 1, received: try Self.day(1, 1), subject: DataSubject(name: "A"), channel: .email,
            language: .fi, isDirectMarketing: false, note: nil, clock: .running, deadline: try Self.day(2, 2))
        #expect(try CanonicalJSON.encode(minimal) == (try Self.foundation(minimal)))
        var empty = minimal
        empty.recipientsNotified = []
        #expect(try CanonicalJSON.encode(empty) == (try Self.foundation(empty)))
    }

    @Test func draftsAndEventInputs() throws {
        let draft = RequestDraft(kind: .objection, subject: DataSubject(name: Self.hostile, email: "x@y.fi"),
                                 received: try Self.day(3, 3), channel: .inPerson, language: .en,
                                 isDirectMarketing: true, note: "n", reference: "R-1")
        #expect(try CanonicalJSON.encode(draft) == (try Self.foundation(draft)))
        let bare = RequestDraft(kind: .access, subject: DataSubject(name: "A"), received: try Self.day(3, 3))
        #expect(try CanonicalJSON.encode(bare) == (try Self.foundation(bare)))
        let input = EventInput(on: try Self.day(4, 4), reason: "r", grounds: [GroundCode(rawValue: "g")], granted: "p",
                               reasonsWithheld: true, recipients: [], endCondition: "e", details: "d", note: Self.hostile,
                               liftsOn: try Self.day(4, 20), asked: ["a", Self.hostile])
        #expect(try CanonicalJSON.encode(input) == (try Self.foundation(input)))
        let plain = EventInput(on: try Self.day(4, 4))
        #expect(try CanonicalJSON.encode(plain) == (try Self.foundation(plain)))
        #expect(try EventEntry.canonicalJSON(plain) == (try Self.foundation(plain)))
    }

    @Test func everyCharacterIsEscapedAsFoundationEscapesIt() throws {
        for scalar in (0..<0x800).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{FEFF}", "\u{1F600}"] {
            let text = "a" + String(Character(scalar)) + "b"
            #expect(try CanonicalJSON.encode([text]) == (try Self.foundation([text])), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// A value of no dsr type, through the general path.
    struct Mixed: Codable {
        var date = Date(timeIntervalSince1970: 1_772_442_000)
        var numbers: [Double] = [0, 1, -1.5, 0.1, 1e20, 123_456.789]
        var integers: [Int] = [Int.min, -1, 0, Int.max]
        var flags: [Bool?] = [true, false, nil]
        var dictionary = ["b": "1", "B": "2", "a": "3", "ä": "4", "Z": "5", "aa": "6", "a_b": "7", "a-b": "8"]
        var nested: [String: [String: Int]] = ["x": ["z": 1, "y": 2]]
        var empty: [String] = []
        var nothing: String?
        var data = Data([0, 1, 2, 250])
    }

    @Test func anyEncodableValueThroughTheGeneralPath() throws {
        #expect(try CanonicalJSON.encode(Mixed()) == (try Self.foundation(Mixed())))
        #expect(try CanonicalJSON.encode(["source": "test"]) == (try Self.foundation(["source": "test"])))
        #expect(try CanonicalJSON.encode(ControllerProfile(name: "Esimerkki Oy")) ==
                (try Self.foundation(ControllerProfile(name: "Esimerkki Oy"))))
    }

    @Test func theHandWrittenFormsKnowEveryStoredProperty() throws {
        // When a stored property is added to one of these types, write it in its writeCanonicalJSON too, then
        // update the count here (the comparisons above check the bytes once the field is set in their values).
        #expect(Mirror(reflecting: try Self.fullRecord()).children.count == 27)
        #expect(Mirror(reflecting: RequestDraft(kind: .access, subject: DataSubject(name: "A"),
                                                received: try Self.day(1, 1))).children.count == 8)
        #expect(Mirror(reflecting: EventInput(on: try Self.day(1, 1))).children.count == 11)
        #expect(Mirror(reflecting: DataSubject(name: "A")).children.count == 5)
        #expect(Mirror(reflecting: SealedIdentityCode(masked: "", sealed: "", lookup: "")).children.count == 3)
        #expect(Mirror(reflecting: ClockPause(start: try Self.day(1, 1))).children.count == 2)
        #expect(Mirror(reflecting: Refusal(grounds: [], reason: "")).children.count == 4)
    }
}
