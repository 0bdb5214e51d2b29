import DSRCore
import Foundation
import Testing

/// Failures on the paths that write the chain or show what it holds stop with a typed error instead of passing
/// something else off: an event's data that cannot be encoded, an identity code that cannot be masked.
struct IntegrityPathErrorTests {
    /// A payload with a number JSON cannot hold.
    struct Measured: Encodable {
        var ratio: Double
    }

    @Test func dataThatCannotBeEncodedIsAnErrorNotAnEmptyObject() throws {
        #expect(throws: EventDataError.cannotEncode(type: "Measured")) {
            try EventEntry.canonicalJSON(Measured(ratio: .nan))
        }
        #expect(try EventEntry.canonicalJSON(Measured(ratio: 0.5)) == #"{"ratio":0.5}"#)
    }

    @Test func identityCodesAreMasked() throws {
        let text = #"{"subject":{"identityCode":{"lookup":"l","masked":"131052-****","sealed":"s"},"name":"X"}}"#
        #expect(try PersonalData.maskingIdentityCodes(inJSON: text)
                == #"{"subject":{"identityCode":{"masked":"131052-****"},"name":"X"}}"#)
        #expect(try PersonalData.maskingIdentityCodes(inJSON: #"{"name":"X"}"#) == #"{"name":"X"}"#)
        #expect(try PersonalData.maskingIdentityCodes(inJSON: #"{"identityCode":null}"#) == #"{"identityCode":null}"#)
    }

    @Test(arguments: [
        #"{"identityCode":{"masked":"131052-****","sealed":"s""#,
        #"{"subject":{"identityCode":"131052-308T"}}"#,
        #"[{"identityCode":{"sealed":"s","lookup":"l"}}]"#,
        #"{"identityCode":{"masked":131052}}"#,
    ])
    func anIdentityCodeThatCannotBeMaskedIsNotShown(_ text: String) throws {
        #expect(throws: EventDataError.cannotMaskIdentityCode) {
            try PersonalData.maskingIdentityCodes(inJSON: text)
        }
    }
}
