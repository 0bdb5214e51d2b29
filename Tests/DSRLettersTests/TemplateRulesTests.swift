import DSRCore
import Foundation
import Testing

@testable import DSRLetters

/// The escaping rule of the templates (every one plain text, with the TEXT pragma) and their completeness.
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
            }
        }
    }

    @Test func everyTemplateIsPlainTextAndNoneIsAnHTMLLayout() throws {
        // The HTML page is written from the structured form, not from a template
        let templates = try LetterRenderer().templates
        #expect(!templates.names.contains { $0.hasPrefix("html/") || $0.hasPrefix("escaped/") })
        for (path, text) in EmbeddedResources.files where path.hasSuffix(".mustache") {
            #expect(text.hasPrefix(TemplateSet.textPragma + "\n"), "\(path)")
        }
    }

    @Test func plainTextTemplateWithoutPragmaIsRejected() {
        #expect(
            throws: LetterError.templateInvalid(
                name: "refusal.fi.mustache", detail: "a template must start with the line {{%CONTENT_TYPE: TEXT}}"
            )
        ) {
            try TemplateSet(files: ["refusal.fi.mustache": "Hei {{subject.name}}\n"])
        }
    }

    @Test func unescapedTagsAreRejected() {
        for body in ["{{{subject.name}}}", "{{& subject.name}}"] {
            #expect(throws: LetterError.self) {
                try TemplateSet(files: ["refusal.fi.mustache": TemplateSet.textPragma + "\n" + body + "\n"])
            }
        }
    }

    @Test func partialsMustBeWrittenInTheCanonicalForm() {
        #expect(throws: LetterError.self) {
            try TemplateSet(files: ["a.mustache": TemplateSet.textPragma + "\n{{>common/x}}\n"])
        }
    }

    @Test func anHTMLTemplateWithoutThePragmaIsRejected() {
        #expect(throws: LetterError.self) {
            try TemplateSet(files: ["html/letter.mustache": "<p>{{subject.name}}</p>\n"])
        }
    }

    @Test func syntaxErrorIsReportedWithItsFile() {
        #expect(throws: LetterError.self) {
            try TemplateSet(files: ["broken.fi.mustache": TemplateSet.textPragma + "\n{{#refusal}}\n"])
        }
    }

    @Test func textPragmaTurnsEscapingOffInTemplatesAndPartials() throws {
        // The deliberate choice, checked on swift-mustache itself: with the pragma nothing is escaped, including
        // inside partials, which swift-mustache starts in HTML mode.
        let set = try TemplateSet(files: [
            "plain.mustache": TemplateSet.textPragma + "\n{{value}} {{> part}}\n",
            "part.mustache": TemplateSet.textPragma + "\n[{{value}}]\n",
        ])
        struct Value { var value = "<a href=\"x\">&'" }
        #expect(set.render("plain", with: Value()) == "<a href=\"x\">&' [<a href=\"x\">&']\n\n")
    }
}
