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

    @Test func everyPartialThatIsUsedExists() throws {
        let templates = try LetterRenderer().templates
        for (path, text) in EmbeddedResources.files where path.hasSuffix(".mustache") {
            for name in TemplateSet.partials(in: text) {
                #expect(templates.contains(name), "\(path) uses the missing partial '\(name)'")
                if !path.hasPrefix("html/") {
                    #expect(templates.contains("escaped/" + name), "no escaped twin of '\(name)'")
                }
            }
        }
    }

    @Test func everyTextTemplateHasAnEscapedTwinUnlessItChoosesPartialsAtRunTime() throws {
        let templates = try LetterRenderer().templates
        for name in templates.names where !name.hasPrefix("html/") {
            let dynamic = name.hasPrefix("common/letter.")
            #expect(templates.contains("escaped/" + name) == !dynamic, "\(name)")
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

    @Test func htmlTemplateCannotIncludeAPlainTextPartial() {
        #expect(throws: LetterError.self) {
            try TemplateSet(files: ["html/letter.mustache": "<p>{{> common/signature.fi}}</p>\n"])
        }
    }

    @Test func partialsMustBeWrittenInTheCanonicalForm() {
        #expect(throws: LetterError.self) {
            try TemplateSet(files: ["a.mustache": TemplateSet.textPragma + "\n{{>common/x}}\n"])
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
            "html/page.mustache": "<p>{{value}} {{> escaped/part}}</p>\n",
        ])
        struct Value { var value = "<a href=\"x\">&'" }
        #expect(set.render("plain", with: Value()) == "<a href=\"x\">&' [<a href=\"x\">&']\n\n")
        let escaped = "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        #expect(set.render("html/page", with: Value()) == "<p>\(escaped) [\(escaped)]\n</p>\n")
    }
}
