import DSRCore
import Foundation
import Testing

/// The hand-written reader of canonical JSON gives what `JSONDecoder` gives: for every canonical text (which it reads
/// itself) and for every other text (which it leaves to `JSONDecoder`, or reads to the same value).
struct CanonicalJSONReaderTests {
    /// The reference: Foundation's decoder as the register configures it.
    static func foundation<Value: Decodable>(_ type: Value.Type, _ text: String) -> Value? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(type, from: Data(text.utf8))
    }

    /// Texts with odd characters: controls, quotes, backslashes, slashes, emoji, combining marks, line and paragraph
    /// separators, a byte-order mark, right-to-left marks, NUL, and every ASCII character.
    static let odd: [String] = [
        "", "Maija Meikäläinen", "\"quoted\" \\ back / slash", "line\nbreak\r\ttab\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{7F}",
        "😀👩‍👩‍👧 e\u{301} \u{2028}\u{2029}\u{FEFF}\u{200F}", "Åsa Öhman; \"Katu 1\"\n00100 Helsinki",
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }), "\\u0041 is not an escape here", "𝄞 \u{10FFFF}",
    ]

    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: year, month: month, day: day))
    }

    /// A draft for each odd text, with every optional member set and left out in turn.
    static func drafts() throws -> [RequestDraft] {
        var drafts: [RequestDraft] = []
        for (index, text) in odd.enumerated() {
            let kind = RequestKind.allCases[index % RequestKind.allCases.count]
            let code =
                index % 3 == 0
                ? nil
                : SealedIdentityCode(masked: "131052-****", sealed: index % 2 == 0 ? text : "", lookup: "abc/+=")
            drafts.append(
                RequestDraft(
                    kind: kind,
                    subject: DataSubject(
                        name: text, email: index % 2 == 0 ? text : nil, address: text,
                        phone: index % 2 == 1 ? text : nil,
                        identityCode: code),
                    received: try day(1900 + index * 37, 1 + index % 12, 1 + index % 28),
                    channel: Channel.allCases[index % Channel.allCases.count],
                    language: Language.allCases[index % Language.allCases.count], isDirectMarketing: index % 2 == 0,
                    note: index % 2 == 0 ? nil : text, reference: index % 3 == 1 ? nil : text))
            drafts.append(RequestDraft(kind: kind, subject: DataSubject(name: text), received: try day(2026, 2, 28)))
        }
        return drafts
    }

    /// An event input for each odd text, with every optional member set and left out in turn.
    static func inputs() throws -> [EventInput] {
        var inputs: [EventInput] = []
        for (index, text) in odd.enumerated() {
            var input = EventInput(
                on: try day(2026, 1 + index % 12, 1 + index), reason: text,
                grounds: index % 2 == 0 ? [] : [GroundCode(rawValue: "art12-5-excessive"), GroundCode(rawValue: text)],
                granted: index % 2 == 0 ? text : nil, reasonsWithheld: index % 3 == 0,
                recipients: index % 3 == 1 ? [] : [text, "b"],
                endCondition: text, details: index % 2 == 1 ? text : nil, note: text,
                liftsOn: index % 2 == 0 ? try day(2027, 12, 31) : nil, asked: index % 4 == 0 ? nil : [text])
            input.late = index % 3 == 0 ? nil : index % 3 == 1
            inputs.append(input)
            inputs.append(EventInput(on: try day(1 + index, 12, 31)))
        }
        return inputs
    }

    @Test func everyCanonicalDraftAndInputIsReadByTheReaderAsJSONDecoderReadsIt() throws {
        for draft in try Self.drafts() {
            // Given a draft's canonical JSON
            let text = EventEntry.canonicalJSON(draft)
            // When the reader reads it, and JSONDecoder does
            let read = try #require(
                CanonicalJSONReader.read(text).flatMap(RequestDraft.init(canonicalJSON:)), "\(text)")
            // Then both give the draft written
            #expect(read == draft)
            #expect(Self.foundation(RequestDraft.self, text) == read)
            #expect(EventEntry.decodeCanonicalJSON(RequestDraft.self, from: text) == draft)
        }
        for input in try Self.inputs() {
            let text = EventEntry.canonicalJSON(input)
            let read = try #require(CanonicalJSONReader.read(text).flatMap(EventInput.init(canonicalJSON:)), "\(text)")
            #expect(read == input)
            #expect(Self.foundation(EventInput.self, text) == read)
            #expect(EventEntry.decodeCanonicalJSON(EventInput.self, from: text) == input)
        }
    }

    /// Texts that are not canonical, valid JSON or not: each is read as JSONDecoder reads it.
    static let otherTexts: [String] = [
        // White space, null, unknown and duplicate keys, members missing or of another type.
        #"{ "on":{"day":1,"month":2,"year":2026},"grounds":[],"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false} "#,
        #"{"grounds":[],"note":null,"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"extra":1,"grounds":[],"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false,"reasonsWithheld":true}"#,
        #"{"grounds":[],"on":{"day":1,"month":2,"year":2026}}"#,
        #"{"grounds":"a","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[1],"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":0}"#,
        // Numbers: a fraction, an exponent, a sign, leading zeros, too large, a day that does not exist.
        #"{"grounds":[],"on":{"day":1.0,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":1e0,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":-0,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":01,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":99999999999999999999,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":31,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":1,"month":2,"year":-5},"reasonsWithheld":false}"#,
        #"{"grounds":[],"on":{"day":1,"month":2,"year":2026,"era":1},"reasonsWithheld":false}"#,
        // Escapes: every short one, \u in and out of the surrogate range, pairs, lone halves, unknown ones.
        #"{"grounds":[],"note":"\"\\\/\b\f\n\r\t","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"note":"\u0041\u00e4\u20AC\u0000\uFFFF","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"note":"\ud83d\ude00","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"note":"\ud83d","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"note":"\ude00x","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"note":"\x41","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        #"{"grounds":[],"note":"\u00G1","on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        "{\"grounds\":[],\"note\":\"raw\ttab\",\"on\":{\"day\":1,\"month\":2,\"year\":2026},\"reasonsWithheld\":false}",
        // Cut short, not JSON, another type altogether.
        #"{"grounds":[],"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false"#,
        #"{"grounds":[],"note":"open,"on":{"day":1,"month":2,"year":2026},"reasonsWithheld":false}"#,
        "", "null", "[]", "{}", "tru", #""text""#,
        // Drafts: unknown kinds, channels and languages, a display-form identity code, a code without its masked form.
        #"{"channel":"email","isDirectMarketing":false,"kind":"access","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{"name":"A"}}"#,
        #"{"channel":"fax","isDirectMarketing":false,"kind":"access","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{"name":"A"}}"#,
        #"{"channel":"email","isDirectMarketing":false,"kind":"wish","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{"name":"A"}}"#,
        #"{"channel":"email","isDirectMarketing":false,"kind":"access","language":"de","received":{"day":1,"month":2,"year":2026},"subject":{"name":"A"}}"#,
        #"{"channel":"email","isDirectMarketing":false,"kind":"access","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{"identityCode":{"masked":"131052-****"},"name":"A"}}"#,
        #"{"channel":"email","isDirectMarketing":false,"kind":"access","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{"identityCode":{"sealed":"x"},"name":"A"}}"#,
        #"{"channel":"email","isDirectMarketing":false,"kind":"access","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{"email":null,"name":"A"}}"#,
        #"{"channel":"email","isDirectMarketing":false,"kind":"access","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{"phone":5,"name":"A"}}"#,
        #"{"channel":"email","isDirectMarketing":false,"kind":"access","language":"fi","received":{"day":1,"month":2,"year":2026},"subject":{}}"#,
    ]

    @Test func everyOtherTextIsReadAsJSONDecoderReadsIt() {
        for text in Self.otherTexts {
            #expect(
                EventEntry.decodeCanonicalJSON(EventInput.self, from: text) == Self.foundation(EventInput.self, text),
                "\(text)")
            #expect(
                EventEntry.decodeCanonicalJSON(RequestDraft.self, from: text)
                    == Self.foundation(RequestDraft.self, text),
                "\(text)")
            #expect(
                EventEntry.decodeCanonicalJSON(CivilDate.self, from: text) == Self.foundation(CivilDate.self, text),
                "\(text)")
        }
        // Some of them are read, by one path or the other, so the comparison is not only of failures.
        #expect(Self.otherTexts.compactMap { EventEntry.decodeCanonicalJSON(EventInput.self, from: $0) }.count >= 8)
        #expect(Self.otherTexts.compactMap { EventEntry.decodeCanonicalJSON(RequestDraft.self, from: $0) }.count >= 2)
    }

    @Test func theReaderLeavesWhatIsNotCanonicalToJSONDecoder() {
        // Valid JSON that the canonical writer never writes is not read here.
        for text in [" 1", "1 ", "null", "1.5", "-0", "01", "[1, 2]", #"{"a":1,"a":2}"#, #""\ud83d\ude00""#] {
            #expect(CanonicalJSONReader.read(text) == nil, "\(text)")
        }
        // What the writer writes is.
        #expect(CanonicalJSONReader.read(#"{"a":[1,-2,true,false,"\u0041\n"],"b":{}}"#) != nil)
        #expect(CanonicalJSONReader.read(#""\u00e4""#)?.string == "ä")
        #expect(CanonicalJSONReader.read("-9223372036854775808")?.integer == nil)
        #expect(CanonicalJSONReader.read("9223372036854775807")?.integer == Int.max)
    }

    @Test func randomDraftsAndInputsAreReadAsJSONDecoderReadsThem() throws {
        // A fixed seed, so that a failure can be replayed.
        var generator = SplitMix(seed: 20_261_204)
        let alphabet: [Character] = Array("aÄ€😀\"\\/\n\r\t\u{0}\u{1F}\u{7F}\u{2028}e\u{301} ;,:{}[]")
        func text() -> String {
            String(
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        func maybe() -> String? { Bool.random(using: &generator) ? text() : nil }
        for _ in 0..<500 {
            let day = CivilDate(daysSinceEpoch: Int.random(in: -60_000...60_000, using: &generator))
            let draft = RequestDraft(
                kind: RequestKind.allCases.randomElement(using: &generator)!,
                subject: DataSubject(name: text(), email: maybe(), address: maybe(), phone: maybe()), received: day,
                channel: Channel.allCases.randomElement(using: &generator)!,
                language: Language.allCases.randomElement(using: &generator)!,
                isDirectMarketing: Bool.random(using: &generator), note: maybe(), reference: maybe())
            let draftText = EventEntry.canonicalJSON(draft)
            #expect(EventEntry.decodeCanonicalJSON(RequestDraft.self, from: draftText) == draft)
            #expect(Self.foundation(RequestDraft.self, draftText) == draft)
            let input = EventInput(
                on: day, reason: maybe(), grounds: Bool.random(using: &generator) ? [] : [GroundCode(rawValue: text())],
                granted: maybe(), reasonsWithheld: Bool.random(using: &generator),
                recipients: Bool.random(using: &generator) ? nil : [text(), text()], endCondition: maybe(),
                details: maybe(), note: maybe(), liftsOn: Bool.random(using: &generator) ? day.adding(days: 30) : nil,
                asked: Bool.random(using: &generator) ? nil : [text()])
            let inputText = EventEntry.canonicalJSON(input)
            #expect(CanonicalJSONReader.read(inputText).flatMap(EventInput.init(canonicalJSON:)) == input)
            #expect(Self.foundation(EventInput.self, inputText) == input)
        }
    }

    /// Records with every member, with none of the optional ones, and with each optional one left out in turn.
    static func records() throws -> [RequestRecord] {
        let full = try CanonicalJSONTests.fullRecord()
        var minimal = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 1), kind: .access, state: StateID("received"),
            workflowVersion: 1, received: try day(2026, 1, 1), subject: DataSubject(name: "A"), channel: .email,
            language: .fi, isDirectMarketing: false, note: nil, clock: .running, deadline: try day(2026, 2, 2))
        var records = [full, minimal]
        minimal.recipientsNotified = []
        minimal.pauses = [ClockPause(start: try day(2026, 1, 5))]
        minimal.refusal = Refusal(grounds: [], reason: "", reasonsWithheld: false)
        minimal.access = AccessInformation()
        records.append(minimal)
        let optional: [WritableKeyPath<RequestRecord, String?>] = [
            \.note, \.extensionReason, \.endCondition, \.liftReason, \.details, \.reference, \.assignee,
        ]
        for path in optional {
            var record = full
            record[keyPath: path] = nil
            records.append(record)
        }
        let days: [WritableKeyPath<RequestRecord, CivilDate?>] = [
            \.extendedOn, \.closedOn, \.liftsOn, \.personalDataRemovedOn,
        ]
        for path in days {
            var record = full
            record[keyPath: path] = nil
            records.append(record)
        }
        var record = full
        record.outcome = nil
        record.refusal?.granted = nil
        record.refusal?.late = nil
        record.recipientsNotified = nil
        record.askedFor = nil
        record.access?.copies = nil
        record.access?.source = nil
        record.subject.identityCode = nil
        records.append(record)
        return records
    }

    @Test func recordsAreReadByTheReaderAsJSONDecoderReadsThem() throws {
        for record in try Self.records() {
            let text = CanonicalJSON.encode(record)
            #expect(CanonicalJSONReader.read(text).flatMap(RequestRecord.init(canonicalJSON:)) == record, "\(text)")
            #expect(Self.foundation(RequestRecord.self, text) == record)
            #expect(EventEntry.decodeCanonicalJSON(RequestRecord.self, from: text) == record)
        }
        // A text the writer never writes is left to JSONDecoder, which reads it or not as before.
        let text = CanonicalJSON.encode(try CanonicalJSONTests.fullRecord())
        let others = [
            text.replacingOccurrences(of: #""assignee":"anna""#, with: #""assignee":null"#),
            text.replacingOccurrences(of: #""assignee":"anna""#, with: #""assignee":1"#),
            text.replacingOccurrences(of: #""assignee":"anna""#, with: #""assignee":"anna","extra":1"#),
            text.replacingOccurrences(of: #""workflowVersion":3"#, with: #""workflowVersion":"3""#),
            text.replacingOccurrences(of: #""late":true,"#, with: #""late":"yes","#),
            text.replacingOccurrences(of: #""kind":"restriction""#, with: #""kind":"nothing""#),
            text.replacingOccurrences(of: #""caseNumber":{"sequence":42,"year":2026}"#, with: #""caseNumber":{}"#),
        ]
        for other in others {
            #expect(other != text)
            #expect(CanonicalJSONReader.read(other).flatMap(RequestRecord.init(canonicalJSON:)) == nil, "\(other)")
            #expect(
                EventEntry.decodeCanonicalJSON(RequestRecord.self, from: other)
                    == Self.foundation(RequestRecord.self, other), "\(other)")
        }
    }
}

extension CanonicalJSONReaderTests {
    /// The sets of paths the tests look for: the request lists' (a record's name and assignee); paths through the
    /// texts written below, all plain ASCII, so that the byte-wise reading answers; and a set with an empty path (the
    /// whole value) and a key that is not ASCII, which the full reading answers.
    static let pathSets = [
        [["subject", "name"], ["assignee"]],
        [
            ["a"], ["a", "b"], ["b", "c", "d"], ["b", "c"], ["K"], ["on", "day"], ["grounds"], ["x", "y"], ["subject"],
        ],
        [["\u{E9}"], [], ["a"]],
    ]

    /// A value written out, so that two can be compared.
    static func shown(_ value: CanonicalJSONValue?) -> String {
        switch value {
        case nil: "none"
        case .string(let text)?: "s" + text.debugDescription
        case .integer(let number)?: "i\(number)"
        case .bool(let flag)?: "b\(flag)"
        case .array(let elements)?: "[" + elements.map { shown($0) }.joined(separator: ",") + "]"
        case .object(let members)?:
            "{" + members.map { $0.key.debugDescription + ":" + shown($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// What ``CanonicalJSONReader/members(_:of:)`` must give: the members of the whole reading, keys compared as
    /// Swift compares texts.
    static func reference(_ text: String, _ paths: [[String]]) -> [String]? {
        guard let root = CanonicalJSONReader.read(text) else { return nil }
        return paths.map { path in
            shown(
                path.reduce(Optional(root)) { value, key in
                    guard case .object(let members)? = value else { return nil }
                    return members.first { $0.key == key }?.value
                })
        }
    }

    @Test func membersAreThoseOfTheWholeReading() throws {
        var texts = try Self.records().map { CanonicalJSON.encode($0) }
        texts += try Self.drafts().map { EventEntry.canonicalJSON($0) }
        texts += try Self.inputs().map { EventEntry.canonicalJSON($0) }
        texts += Self.otherTexts
        texts += [
            " 1", "1 ", "null", "1.5", "-0", "01", "[1, 2]", #"{"a":1,"a":2}"#, #""\ud83d\ude00""#, "", "{", "{}",
            #"{"a":{"b":[{"a":1}],"c":"x"},"b":{"c":{"d":true}}}"#, #"{"a":[{"b":1}],"b":{"c":[]}}"#,
            #"{"a":{"b":1,"b":2}}"#, #"{"b":{"c":{"d":1,"d":1}}}"#, #"{"x":[{"y":1,"y":2}]}"#,
            #"{"a":"\u0041","b":{"c":"\n\"\\\/"}}"#, #"{"a":"\q"}"#, #"{"a":"\u00"}"#, #"{"a":"\ud800"}"#,
            "{\"a\":\"\u{1}\"}", #"{"\u0061":1}"#, #"{"\u0061":1,"a":2}"#, #"{"a":1,"\u0061":2}"#,
            "{\"\u{212A}\":1}", "{\"K\":1,\"\u{212A}\":2}", "{\"\u{E9}\":1,\"e\u{301}\":2}", "{\"e\u{301}\":3}",
            #"{"subject":{"name":"Åsa"},"assignee":"anna"}"#, #"{"subject":"Åsa","assignee":1}"#,
            #"{"subject":{"name":{"first":"A"}}}"#, #"{"subject":{"email":"a"},"assignee":"b"}"#,
            #"{"a":1}x"#, #"{"a":1,}"#, #"{"a":1 }"#, #"{"a":-0}"#, #"{"a":tru}"#, #"{"a":false,"b":true}"#,
            String(repeating: "[", count: 20) + String(repeating: "]", count: 20),
            #"{"b":{"c":{"d":"#, #"{"a":"#,
        ]
        for paths in Self.pathSets {
            for text in texts {
                let found = CanonicalJSONReader.members(paths, of: text)
                #expect(found?.map { Self.shown($0) } == Self.reference(text, paths), "\(paths) in \(text)")
            }
        }
        // Both answers occur, and members are found, so the comparison is not only of refusals.
        let names = texts.map { CanonicalJSONReader.members(Self.pathSets[0], of: $0) }
        #expect(names.filter { $0 == nil }.count >= 20)
        #expect(names.compactMap { $0?[0] }.count >= 20)
    }

    @Test func randomTextsGiveTheMembersOfTheWholeReading() {
        // Texts of JSON's characters and of keys the paths name, most of them not JSON at all; a fixed seed.
        var generator = SplitMix(seed: 20_261_205)
        let pieces = [
            "{", "}", "[", "]", ",", ":", "\"a\"", "\"b\"", "\"c\"", "\"K\"", "\"\u{212A}\"", "1", "-2", "true",
            "\"x\"",
            "\"\\u0041\"", "\"\\n\"", "\"e\u{301}\"", "\"\u{E9}\"", "{\"a\":", "{\"b\":{\"c\":", "\"subject\"",
        ]
        var read = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...14, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            for paths in Self.pathSets {
                let found = CanonicalJSONReader.members(paths, of: text)
                #expect(found?.map { Self.shown($0) } == Self.reference(text, paths), "\(paths) in \(text)")
                if found?.contains(where: { $0 != nil }) == true { read += 1 }
            }
        }
        #expect(read >= 100)
    }
}

/// A small seeded generator (SplitMix64), so that random tests can be replayed.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
