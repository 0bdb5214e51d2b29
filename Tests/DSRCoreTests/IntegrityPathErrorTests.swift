import DSRCore
import Foundation
import Testing

/// Failures on the paths that show what the chain holds stop with a typed error instead of passing something else
/// off: an identity code that cannot be masked. (The writing path cannot fail: only types that write their own
/// canonical JSON, none with a floating-point number, can be encoded, which the compiler checks.)
struct IntegrityPathErrorTests {

    @Test func identityCodesAreMasked() throws {
        let text = #"{"subject":{"identityCode":{"lookup":"l","masked":"131052-****","sealed":"s"},"name":"X"}}"#
        #expect(
            try PersonalData.maskingIdentityCodes(inJSON: text)
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
