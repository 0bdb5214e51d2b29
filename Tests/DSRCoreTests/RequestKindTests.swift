import DSRCore
import Foundation
import Testing

/// Request kinds and the names users type for them (issue 2, "Request kinds and workflows").
struct RequestKindTests {
    /// Every alias the issue lists, with variants in case and diacritics.
    @Test(
        arguments: [
            ("access", RequestKind.access), ("tarkastuspyyntö", .access), ("tarkastuspyynto", .access),
            ("tarkastus", .access), ("TARKASTUSPYYNTÖ", .access), ("Tarkastuspyyntö", .access), ("ACCESS", .access),
            ("tarkastuspyyntö\u{0}", nil),
            ("rectification", .rectification), ("korjauspyyntö", .rectification), ("korjauspyynto", .rectification),
            ("oikaisupyyntö", .rectification), ("OIKAISUPYYNTO", .rectification),
            ("erasure", .erasure), ("poistopyyntö", .erasure), ("poistopyynto", .erasure), ("Poistopyyntö", .erasure),
            ("restriction", .restriction), ("rajoittamispyyntö", .restriction), ("rajoittamispyynto", .restriction),
            ("portability", .portability), ("siirtopyyntö", .portability), ("siirtopyynto", .portability),
            ("objection", .objection), ("vastustamispyyntö", .objection), ("vastustamispyynto", .objection),
            ("kielto", .objection), ("KIELTO", .objection),
            // Decomposed ö (o + combining diaeresis), as some terminals send it.
            ("tarkastuspyyntö".decomposedStringWithCanonicalMapping, .access),
            (" access ", .access),
            ("", nil), ("   ", nil), ("tarkastuspyyntöö", nil), ("acces", nil), ("complaint", nil), ("-", nil),
        ] as [(String, RequestKind?)])
    func kindByName(name: String, kind: RequestKind?) {
        #expect(RequestKind(name: name) == kind, "\(name)")
    }

    @Test func everyAliasNamesItsOwnKindAndNoOther() {
        for kind in RequestKind.allCases {
            #expect(RequestKind(name: kind.rawValue) == kind)
            #expect(kind.aliases.contains(kind.rawValue))
            for alias in kind.aliases {
                #expect(RequestKind(name: alias) == kind, "\(alias)")
                #expect(RequestKind(name: alias.uppercased()) == kind, "\(alias)")
            }
        }
    }

    @Test func namesAndArticles() {
        #expect(
            RequestKind.allCases.map(\.article) == ["Art. 15", "Art. 16", "Art. 17", "Art. 18", "Art. 20", "Art. 21"])
        #expect(RequestKind.access.names.fi == "tarkastuspyyntö")
        for language in Language.allCases {
            let names = RequestKind.allCases.map { $0.names[language] }
            #expect(Set(names).count == 6)
            for kind in RequestKind.allCases {
                #expect(!kind.rightNames[language].isEmpty)
                #expect(kind.rightNames[language].contains(kind.article.dropFirst(5)))
            }
        }
    }

    @Test func languageCodes() {
        #expect(Language(code: "FI") == .fi)
        #expect(Language(code: " sv ") == .sv)
        #expect(Language(code: "en") == .en)
        #expect(Language(code: "de") == nil)
        #expect(Language(code: "") == nil)
    }
}
