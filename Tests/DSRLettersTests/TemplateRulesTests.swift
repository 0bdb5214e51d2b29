@testable import DSRLetters
import DSRCore
import Foundation
import Testing

/// The escaping rule of the templates (plain text: TEXT pragma; HTML: default escaping) and their completeness.
struct TemplateRulesTests {
    @Test func shippedTemplatesLoad() throws {
        let renderer = try LetterRenderer()
        #expect(renderer.templates.names.contains("refusal.fi"))
        #expect(renderer.templates.names.contains("common/signature.sv"))
    }

    @Test func refusalTemplateExistsInEveryLanguage() throws {
        let templates = try LetterRenderer().templates
        for language in Language.allCases {
            #expect(templates.contains("refusal.\(language.rawValue)"))
        }
    }

    @Test func everyPartialThatIsUsedExists() throws {
        let templates = try LetterRenderer().templates
        for (path, text) in EmbeddedResources.files {
            var rest = Substring(text)
            while let open = rest.range(of: "{{>") {
                let afterOpen = rest[open.upperBound...]
                let close = try #require(afterOpen.range(of: "}}"), "unclosed partial tag in \(path)")
                let name = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                #expect(templates.contains(name), "\(path) uses the missing partial '\(name)'")
                rest = afterOpen[close.upperBound...]
            }
        }
    }

    @Test func plainTextTemplateWithoutPragmaIsRejected() {
        #expect(throws: LetterError.templateInvalid(
            name: "refusal.fi.mustache", detail: "a plain-text template must start with the line {{%CONTENT_TYPE: TEXT}}"
        )) {
            try TemplateSet(files: ["refusal.fi.mustache": "Hei {{subject.name}}\n"])
        }
    }

    @Test func unescapedTagsAreRejected() {
        for body in ["{{{subject.name}}}", "{{& subject.name}}"] {
            #expect(throws: LetterError.self) {
                try TemplateSet(files: ["refusal.fi.mustache": TemplateSet.textPragma + "\n" + body + "\n"])
            }
            #expect(throws: LetterError.self) {
                try TemplateSet(files: ["html/letter.mustache": "<p>" + body + "</p>\n"])
            }
        }
    }

    @Test func htmlTemplateCannotTurnEscapingOff() {
        #expect(throws: LetterError.self) {
            try TemplateSet(files: ["html/letter.mustache": TemplateSet.textPragma + "\n<p>{{subject.name}}</p>\n"])
        }
    }

    @Test func syntaxErrorIsReportedWithItsFile() {
        #expect(throws: LetterError.self) {
            try TemplateSet(files: ["broken.fi.mustache": TemplateSet.textPragma + "\n{{#refusal}}\n"])
        }
    }

    @Test func textPragmaTurnsEscapingOffAndHTMLKeepsIt() throws {
        // The deliberate choice, checked on swift-mustache itself: the same tag escapes only in HTML templates,
        // including inside partials, which swift-mustache starts in HTML mode.
        let set = try TemplateSet(files: [
            "plain.mustache": TemplateSet.textPragma + "\n{{value}} {{> part}}\n",
            "part.mustache": TemplateSet.textPragma + "\n[{{value}}]\n",
            "html/page.mustache": "<p>{{value}}</p>\n",
        ])
        struct Value { var value = "<a href=\"x\">&'" }
        #expect(set.render("plain", with: Value()) == "<a href=\"x\">&' [<a href=\"x\">&']\n\n")
        #expect(set.render("html/page", with: Value()) == "<p>&lt;a href=&quot;x&quot;&gt;&amp;&#39;</p>\n")
    }
}
