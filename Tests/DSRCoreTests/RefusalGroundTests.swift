import DSRCore
import Testing

/// The refusal-ground catalogue that `dsr grounds` prints and refusal letters cite.
struct RefusalGroundTests {
    /// The codes issue 2 names as stable contract.
    static let issueCodes = [
        "art12-5-manifestly-unfounded", "art12-5-excessive", "art11-2-cannot-identify", "art15-4-rights-of-others",
        "tsl34-1-security-crime", "tsl34-2-health-or-rights", "tsl34-3-supervision", "art17-3-b-legal-obligation",
        "art17-3-e-legal-claims", "art20-not-applicable", "art21-1-compelling-grounds",
    ]

    @Test func codesAreUnique() {
        let codes = RefusalGround.catalogue.map(\.code)
        #expect(Set(codes).count == codes.count)
    }

    @Test(arguments: issueCodes)
    func everyCodeOfTheIssueExists(code: String) {
        #expect(RefusalGround.named(GroundCode(rawValue: code)) != nil)
    }

    @Test func unknownCodesAreNotFound() {
        #expect(RefusalGround.named(GroundCode(rawValue: "tsl33-information")) == nil)
        #expect(RefusalGround.named(GroundCode(rawValue: "")) == nil)
        #expect(RefusalGround.named(GroundCode(rawValue: "ART12-5-EXCESSIVE")) == nil)
    }

    @Test func everyGroundIsComplete() {
        for ground in RefusalGround.catalogue {
            #expect(!ground.kinds.isEmpty, "\(ground.code)")
            #expect(ground.code.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(ground.code)")
            for language in Language.allCases {
                #expect(!ground.reference[language].isEmpty, "\(ground.code) \(language)")
                #expect(!ground.title[language].isEmpty, "\(ground.code) \(language)")
                #expect(!ground.explanation[language].isEmpty, "\(ground.code) \(language)")
            }
        }
    }

    @Test func groundsApplyToTheRightKinds() throws {
        func ground(_ code: String) throws -> RefusalGround {
            try #require(RefusalGround.named(GroundCode(rawValue: code)))
        }
        // Art. 12(5) applies to every right.
        #expect(try ground("art12-5-manifestly-unfounded").kinds == Set(RequestKind.allCases))
        #expect(try ground("art12-5-excessive").kinds == Set(RequestKind.allCases))
        // Art. 11(2): Articles 15 to 20 do not apply; Art. 21 is not among them.
        #expect(
            try ground("art11-2-cannot-identify").kinds == [
                .access, .rectification, .erasure, .restriction, .portability,
            ])
        // Art. 15(4) and Tietosuojalaki § 34 restrict access only, and § 34 grounds are access restrictions (§ 34(4)).
        #expect(try ground("art15-4-rights-of-others").kinds == [.access])
        for code in ["tsl34-1-security-crime", "tsl34-2-health-or-rights", "tsl34-3-supervision"] {
            #expect(try ground(code).kinds == [.access])
            #expect(try ground(code).isAccessRestriction)
        }
        #expect(RefusalGround.catalogue.filter(\.isAccessRestriction).count == 3)
        #expect(try ground("art17-3-b-legal-obligation").kinds == [.erasure])
        #expect(try ground("art17-3-e-legal-claims").kinds == [.erasure])
        #expect(try ground("art20-not-applicable").kinds == [.portability])
        // Art. 21(1) compelling grounds: objection only, and a balancing ground (never against direct marketing).
        #expect(try ground("art21-1-compelling-grounds").kinds == [.objection])
        #expect(try ground("art21-1-compelling-grounds").isBalancingGround)
        #expect(RefusalGround.catalogue.filter(\.isBalancingGround).allSatisfy { $0.kinds == [.objection] })
    }

    @Test(arguments: RequestKind.allCases)
    func groundsForAKindAreThoseThatApplyInCatalogueOrder(kind: RequestKind) {
        let grounds = RefusalGround.grounds(for: kind)
        #expect(!grounds.isEmpty)
        #expect(grounds.allSatisfy { $0.applies(to: kind) })
        #expect(grounds.map(\.code) == RefusalGround.catalogue.filter { $0.kinds.contains(kind) }.map(\.code))
    }

    @Test(arguments: RequestKind.allCases)
    func everyGroundOfAKindCanBeUsedByItsRefuseEvent(kind: RequestKind) throws {
        // A ground added to the catalogue must also be offered by the kind's workflow, and vice versa.
        let workflow = try WorkflowCatalog.builtIn()[kind]
        let offered = Set(workflow.events.flatMap(\.grounds).map(\.code))
        #expect(offered == Set(RefusalGround.grounds(for: kind).map(\.code)))
    }
}
