import DSRCore
import Foundation
import Testing

/// The curated supervisory-authority data (legal-facts § 4.1) compiled into DSRCore.
struct SupervisoryAuthorityTests {
    @Test func builtInDetailsMatchTheFactSheet() throws {
        let authority = try SupervisoryAuthority.builtIn()
        #expect(authority.fi.name == "Tietosuojavaltuutetun toimisto")
        #expect(authority.fi.visitingAddress == "Lintulahdenkuja 4, 00530 Helsinki")
        #expect(authority.fi.postalAddress == "PL 800, 00531 Helsinki")
        #expect(authority.fi.phone == "029 566 6700")
        #expect(authority.fi.email == "tietosuoja@om.fi")
        #expect(authority.fi.website == "https://tietosuoja.fi")
        #expect(authority.sv.name == "Dataombudsmannens byrå")
        #expect(authority.sv.visitingAddress == "Fågelviksgränden 4, 00530 Helsingfors")
        #expect(authority.sv.postalAddress == "PB 800, 00531 Helsingfors")
        #expect(authority.sv.website == "https://tietosuoja.fi/sv")
        #expect(authority.en.name == "Office of the Data Protection Ombudsman")
        #expect(authority.en.website == "https://tietosuoja.fi/en")
        #expect(authority[.sv] == authority.sv)
        #expect(authority.checkedOn >= CivilDate(year: 2026, month: 1, day: 1) ?? authority.checkedOn)
    }

    @Test func noOutdatedAddressIsUsed() throws {
        let authority = try SupervisoryAuthority.builtIn()
        for language in Language.allCases {
            let contact = authority[language]
            for old in ["Ratapihantie", "00521", "PL 315", "Albertinkatu"] {
                #expect(!contact.visitingAddress.contains(old) && !contact.postalAddress.contains(old))
            }
        }
    }

    @Test func malformedDataIsRefused() throws {
        #expect(throws: SupervisoryAuthorityError.self) { try SupervisoryAuthority.parse(json: "{}") }
        #expect(throws: SupervisoryAuthorityError.self) { try SupervisoryAuthority.parse(json: "not json") }
        let contact =
            #"{"name":"N","visitingAddress":"V","postalAddress":"P","phone":"1","registryPhone":"2","email":"e","website":"w","complaintForm":"f"}"#
        let valid = #"{"checkedOn":"2026-11-21","source":"s","fi":\#(contact),"sv":\#(contact),"en":\#(contact)}"#
        #expect(try SupervisoryAuthority.parse(json: valid).checkedOn.description == "2026-11-21")
        #expect(throws: SupervisoryAuthorityError.self) {
            try SupervisoryAuthority.parse(json: valid.replacingOccurrences(of: "2026-11-21", with: "21.13.2026"))
        }
        #expect(throws: SupervisoryAuthorityError.self) {
            try SupervisoryAuthority.parse(json: valid.replacingOccurrences(of: #""name":"N""#, with: #""name":" ""#))
        }
    }
}
