import DSRCore
import Testing

@testable import DSRLetters

/// Every letter type renders in every language for every kind of request it applies to.
struct LetterCoverageTests {
    @Test(arguments: LetterType.allCases)
    func letterRendersForEveryKindAndLanguage(type: LetterType) throws {
        let renderer = try LetterRenderer()
        for kind in RequestKind.allCases where type.applies(to: kind) {
            for language in Language.allCases {
                var record = try LetterFixtures.record(for: type, language: language)
                record.kind = kind
                if type == .refusal {
                    let ground = try #require(RefusalGround.grounds(for: kind).first)
                    record.refusal?.grounds = [ground.code]
                }
                let letter = try renderer.render(
                    type, for: record, controller: LetterFixtures.fullController,
                    language: language, date: LetterFixtures.letterDate(for: type))
                #expect(letter.contains(kind.names[language]), "\(type.rawValue) \(kind.rawValue) \(language.rawValue)")
                #expect(letter.contains(type.titles[language].uppercased()))
            }
        }
    }

    @Test func everyTypeHasATemplateInEveryLanguage() throws {
        let names = try LetterRenderer().templates.names
        for type in LetterType.allCases {
            for language in Language.allCases {
                #expect(names.contains("\(type.rawValue).\(language.rawValue)"))
            }
        }
    }
}
