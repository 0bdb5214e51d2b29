import DSRCore
import Foundation
import Testing

/// The data of the case-work events (issue 15): written by hand as canonical JSON, byte for byte what `JSONEncoder`
/// writes (``CanonicalJSONTests``), read back, and with their personal texts withheld in the public form.
struct CaseWorkDataTests {
    @Test func theHandWrittenFormsAreJSONEncodersBytes() throws {
        let hostile = CanonicalJSONTests.hostile
        let full = CaseSetData(
            changes: [
                CaseFieldChange(field: .email, old: hostile, new: "a/b@example.fi"),
                CaseFieldChange(field: .received, old: "2026-11-02", new: "2026-11-05"),
                CaseFieldChange(field: .phone, old: nil, new: "040"),
            ],
            reason: hostile)
        let bare = CaseSetData(changes: [CaseFieldChange(field: .reference, old: "R-1", new: nil)], reason: nil)
        for value in [full, bare] {
            #expect(EventEntry.canonicalJSON(value) == (try CanonicalJSONTests.foundation(value)))
            #expect(EventEntry.decodeCanonicalJSON(CaseSetData.self, from: EventEntry.canonicalJSON(value)) == value)
        }
        let note = CaseNoteData(text: hostile)
        #expect(EventEntry.canonicalJSON(note) == (try CanonicalJSONTests.foundation(note)))
        let void = VoidData(event: 9_007_199_254_740_993, reason: hostile)
        #expect(EventEntry.canonicalJSON(void) == (try CanonicalJSONTests.foundation(void)))
        let reopen = ReopenData(reason: hostile)
        #expect(EventEntry.canonicalJSON(reopen) == (try CanonicalJSONTests.foundation(reopen)))
        // When a stored property is added, write it in writeCanonicalJSON too, then update the count here
        #expect(Mirror(reflecting: full).children.count == 2)
        #expect(Mirror(reflecting: full.changes[0]).children.count == 3)
        #expect(Mirror(reflecting: note).children.count == 1)
        #expect(Mirror(reflecting: void).children.count == 2)
        #expect(Mirror(reflecting: reopen).children.count == 1)
    }

    @Test func thePublicFormWithholdsPersonalValuesAndReasonsOnly() {
        let data = CaseSetData(
            changes: [
                CaseFieldChange(field: .name, old: "Aino", new: "Aina"),
                CaseFieldChange(field: .email, old: nil, new: "a@example.fi"),
                CaseFieldChange(field: .channel, old: "post", new: "email"),
            ],
            reason: "typo")
        let withheld = PersonalData.withheld
        #expect(
            data.replacingPersonalData(with: withheld)
                == CaseSetData(
                    changes: [
                        CaseFieldChange(field: .name, old: withheld, new: withheld),
                        CaseFieldChange(field: .email, old: nil, new: withheld),
                        CaseFieldChange(field: .channel, old: "post", new: "email"),
                    ],
                    reason: withheld))
        #expect(
            VoidData(event: 7, reason: "wrong day").replacingPersonalData(with: withheld)
                == VoidData(event: 7, reason: withheld))
        #expect(CaseNoteData(text: "soitettu").replacingPersonalData(with: withheld).text == withheld)
    }
}
