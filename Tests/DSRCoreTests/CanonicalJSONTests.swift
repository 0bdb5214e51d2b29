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
    static let hostile =
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        + "ä€😀\u{2028}\u{2029}\u{FEFF}\u{200F}\u{0301}/\\\"\r\n"

    static func day(_ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: 2026, month: month, day: day))
    }

    /// A record with every optional field set.
    static func fullRecord() throws -> RequestRecord {
        var record = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 42), kind: .restriction, state: StateID("refused"),
            workflowVersion: 3, received: try day(1, 31),
            subject: DataSubject(
                name: hostile, email: "a@b.fi", address: "Katu 1\n00100 Helsinki", phone: "+358",
                identityCode: SealedIdentityCode(
                    masked: "131052-****", sealed: "c2VhbGVk/+=",
                    lookup: "abc123")),
            channel: .webForm, language: .sv, isDirectMarketing: true, note: "note \"quoted\"", clock: .stopped,
            extendedOn: try day(2, 3), extensionReason: "many systems",
            pauses: [
                ClockPause(start: try day(2, 4), end: try day(2, 9)), ClockPause(start: try day(2, 10)),
            ], deadline: try day(5, 2), closedOn: try day(3, 1), outcome: .refused,
            refusal: Refusal(
                grounds: [GroundCode(rawValue: "art12-5-excessive"), GroundCode(rawValue: "b")],
                reason: "reason", granted: "part", reasonsWithheld: true),
            recipientsNotified: ["Recipient Oy", "Toinen Oy"], endCondition: "until decided", details: "done",
            lastEventOn: try day(3, 1), reference: "CRM/2026/42")
        record.personalDataRemovedOn = try day(3, 2)
        record.askedFor = ["Customer number", "Ä \"quoted\""]
        record.liftsOn = try day(3, 15)
        record.liftReason = "verified"
        record.assignee = "anna"
        record.refusal?.late = true
        record.access = AccessInformation(
            categories: "Nimi\nOsoite", purposes: "p", recipients: "Posti Oy", retention: "6 v", source: hostile,
            automatedDecisions: AccessInformation.noneValue, transfers: "SCC", copies: ["kopio.pdf", hostile])
        return record
    }

    @Test func recordsWithEveryFieldAndWithNone() throws {
        let full = try Self.fullRecord()
        #expect(CanonicalJSON.encode(full) == (try Self.foundation(full)))
        let minimal = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 1), kind: .access, state: StateID("received"),
            workflowVersion: 1, received: try Self.day(1, 1), subject: DataSubject(name: "A"), channel: .email,
            language: .fi, isDirectMarketing: false, note: nil, clock: .running, deadline: try Self.day(2, 2))
        #expect(CanonicalJSON.encode(minimal) == (try Self.foundation(minimal)))
        var empty = minimal
        empty.recipientsNotified = []
        #expect(CanonicalJSON.encode(empty) == (try Self.foundation(empty)))
    }

    @Test func draftsAndEventInputs() throws {
        let draft = RequestDraft(
            kind: .objection, subject: DataSubject(name: Self.hostile, email: "x@y.fi"),
            received: try Self.day(3, 3), channel: .inPerson, language: .en,
            isDirectMarketing: true, note: "n", reference: "R-1")
        #expect(CanonicalJSON.encode(draft) == (try Self.foundation(draft)))
        let bare = RequestDraft(kind: .access, subject: DataSubject(name: "A"), received: try Self.day(3, 3))
        #expect(CanonicalJSON.encode(bare) == (try Self.foundation(bare)))
        let input = EventInput(
            on: try Self.day(4, 4), reason: "r", grounds: [GroundCode(rawValue: "g")], granted: "p",
            reasonsWithheld: true, recipients: [], endCondition: "e", details: "d", note: Self.hostile,
            liftsOn: try Self.day(4, 20), asked: ["a", Self.hostile])
        #expect(CanonicalJSON.encode(input) == (try Self.foundation(input)))
        var late = input
        late.late = true
        #expect(CanonicalJSON.encode(late) == (try Self.foundation(late)))
        let plain = EventInput(on: try Self.day(4, 4))
        #expect(CanonicalJSON.encode(plain) == (try Self.foundation(plain)))
        #expect(EventEntry.canonicalJSON(plain) == (try Self.foundation(plain)))
    }

    @Test func everyCharacterIsEscapedAsFoundationEscapesIt() throws {
        for scalar in (0..<0x800).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{FEFF}", "\u{1F600}"] {
            let text = "a" + String(Character(scalar)) + "b"
            #expect(
                CanonicalJSON.encode([text]) == (try Self.foundation([text])), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// A controller profile with every field set.
    static func fullProfile() -> ControllerProfile {
        var profile = ControllerProfile(name: hostile)
        profile.businessID = "2747637-5"
        profile.address = "Katu 1\n00100 Helsinki"
        profile.phone = "+358 9 123"
        profile.email = "tietosuoja@example.fi"
        profile.contactPerson = "Tietosuojavastaava"
        profile.contactDetails = "puh. 09 123"
        profile.dataProtectionOfficer = "DPO"
        profile.registerName = "Asiakasrekisteri"
        profile.noticeDate = "2026-01-01"
        profile.purposes = "Asiakassuhteen hoito / laskutus"
        profile.legalBasis = "sopimus"
        profile.dataCategories = ["nimi", "osoite", hostile]
        profile.sources = "rekisteröity itse"
        profile.recipients = "Posti Oy"
        profile.transfers = "ei siirretä"
        profile.retention = "6 vuotta"
        profile.automatedDecisions = "ei"
        profile.authorityAsQuoted = "Tietosuojavaltuutettu"
        profile.internalTargetWorkingDays = 10
        profile.legalBasisSv = "avtal"
        profile.legalBasisEn = "contract / \(hostile)"
        profile.templates = ["refusal.fi.mustache": "{{%CONTENT_TYPE: TEXT}}\n\(hostile)\n", "a.sv.mustache": "/\\"]
        return profile
    }

    @Test func profilesLettersAndEntries() throws {
        #expect(CanonicalJSON.encode(Self.fullProfile()) == (try Self.foundation(Self.fullProfile())))
        #expect(CanonicalJSON.encode(ControllerProfile()) == (try Self.foundation(ControllerProfile())))
        let data = IssuedLetter.EventData(
            letter: "2026-0042/L3", type: .refusal, language: .sv, date: "2026-05-08",
            profileVersion: 2, format: .pdf, body: "ab12",
            files: ["pdf": "01", "html": "02", "text": "03"])
        #expect(CanonicalJSON.encode(data) == (try Self.foundation(data)))
        var unversioned = data
        unversioned.profileVersion = nil
        unversioned.files = [:]
        #expect(CanonicalJSON.encode(unversioned) == (try Self.foundation(unversioned)))
        var entry = EventEntry(
            caseNumber: CaseNumber(year: 2026, sequence: 7), name: "extend", on: try Self.day(2, 3),
            recordedAt: Date(timeIntervalSince1970: 1_772_442_001), actor: Self.hostile,
            workflowVersion: 3, stateAfter: StateID("extended"), data: #"{"on":"x"}"#)
        entry.sequence = 12
        entry.publicData = "{}"
        entry.previousHash = "00ff"
        entry.hash = "ff00"
        #expect(CanonicalJSON.encode(entry) == (try Self.foundation(entry)))
        let registerWide = EventEntry(
            caseNumber: nil, name: "controller-profile", on: try Self.day(1, 1),
            recordedAt: Date(timeIntervalSince1970: 0), actor: "a", workflowVersion: 0,
            stateAfter: nil, data: "{}")
        #expect(CanonicalJSON.encode(registerWide) == (try Self.foundation(registerWide)))
    }

    @Test func objectsWithDataKeysAreSortedByTheirBytes() throws {
        let dictionary = [
            "b": "1", "B": "2", "a": "3", "ä": "4", "Z": "5", "aa": "6", "a_b": "7", "a-b": "8", "": "9",
            Self.hostile: "10",
        ]
        #expect(CanonicalJSON.encode(dictionary) == (try Self.foundation(dictionary)))
        let nested = ["x": ["z": "1", "y": "2"], "identityCode": ["masked": "131052-****"], "empty": [:]]
        #expect(CanonicalJSON.encode(nested) == (try Self.foundation(nested)))
        let arrays = ["list": ["b", "a", Self.hostile], "none": []]
        #expect(CanonicalJSON.encode(arrays) == (try Self.foundation(arrays)))
    }

    @Test func theHandWrittenFormsKnowEveryStoredProperty() throws {
        // When a stored property is added to one of these types, write it in its writeCanonicalJSON too, then
        // update the count here (the comparisons above check the bytes once the field is set in their values).
        #expect(Mirror(reflecting: try Self.fullRecord()).children.count == 29)
        #expect(
            Mirror(
                reflecting: RequestDraft(
                    kind: .access, subject: DataSubject(name: "A"),
                    received: try Self.day(1, 1))
            ).children.count == 8)
        #expect(Mirror(reflecting: EventInput(on: try Self.day(1, 1))).children.count == 12)
        #expect(Mirror(reflecting: AccessInformation()).children.count == 8)
        #expect(Mirror(reflecting: DataSubject(name: "A")).children.count == 5)
        #expect(Mirror(reflecting: SealedIdentityCode(masked: "", sealed: "", lookup: "")).children.count == 3)
        #expect(Mirror(reflecting: ClockPause(start: try Self.day(1, 1))).children.count == 2)
        #expect(Mirror(reflecting: Refusal(grounds: [], reason: "")).children.count == 5)
        #expect(Mirror(reflecting: ControllerProfile()).children.count == 29)
        #expect(
            Mirror(
                reflecting: EventEntry(
                    caseNumber: nil, name: "", on: try Self.day(1, 1), recordedAt: Date(),
                    actor: "", workflowVersion: 0, stateAfter: nil, data: "")
            )
            .children.count == 12)
        #expect(
            Mirror(
                reflecting: IssuedLetter.EventData(
                    letter: "", type: .refusal, language: .fi, date: "",
                    profileVersion: nil, format: .text, body: "", files: [:])
            )
            .children.count == 8)
    }
}
