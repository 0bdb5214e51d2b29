import DSRCore
import Foundation
import Testing

@testable import DSRLetters

/// A controller's own templates: checked on load against the names the letter type provides, and rendered through
/// the same structured form as dsr's.
struct TemplateOverrideTests {
    /// A controller's acknowledgement in a language: a title, a heading, a list and every kind of tag.
    static func acknowledgement(_ language: Language) -> String {
        let (title, heading, line): (String, String, String) =
            switch language {
            case .fi: ("KUITTAUS", "Määräaika", "Vastaamme viimeistään")
            case .sv: ("KVITTO", "Tidsfrist", "Vi svarar senast den")
            case .en: ("RECEIPT", "Time limit", "We will answer by")
            }
        return """
            {{%CONTENT_TYPE: TEXT}}
            \(title)
            {{! a comment, {{notAName is not read }}

            {{> common/request.\(language.rawValue)}}

            \(heading)
            {{#acknowledgement}}{{line}} {{answerBy}}.{{/acknowledgement}}
            {{^acknowledgement.eve}}
            - {{caseNumber}}
            - {{request.received}}
            {{/acknowledgement.eve}}
            {{=<% %>=}}
            <%controller.name%>
            <%={{ }}=%>
            {{#tailoring.enclosures}}{{number}}{{/tailoring.enclosures}}
            """.replacingOccurrences(of: "{{line}}", with: line)
    }

    /// The renderer with the overrides.
    static func renderer(_ files: [String: String]) throws -> LetterRenderer {
        try LetterRenderer(overriding: files)
    }

    /// The error loading the overrides throws, if any.
    static func loadError(_ files: [String: String]) -> TemplateOverrideError? {
        do {
            _ = try LetterRenderer(overriding: files)
            return nil
        } catch let error as TemplateOverrideError {
            return error
        } catch {
            return nil
        }
    }

    @Test(arguments: Language.allCases)
    func anOverriddenTemplateIsUsedAndStructured(language: Language) throws {
        let file = "acknowledgement.\(language.rawValue).mustache"
        let renderer = try Self.renderer([file: Self.acknowledgement(language)])
        let record = try LetterFixtures.record(for: .acknowledgement, language: language)
        let date = try LetterFixtures.letterDate(for: .acknowledgement)
        let text = try renderer.render(
            .acknowledgement, for: record, controller: LetterFixtures.fullController, language: language, date: date)
        #expect(!text.contains("{{") && !text.contains("<%"))
        #expect(text.contains("\n- 2026-0011\n"))
        let html = try renderer.render(
            .acknowledgement, for: record, controller: LetterFixtures.fullController, language: language, date: date,
            format: .html)
        #expect(html.contains("<ul>\n<li>2026-0011</li>"))
        #expect(html.contains("<h2>" + ["fi": "Määräaika", "sv": "Tidsfrist", "en": "Time limit"][language.rawValue]!))
        let pdf = try renderer.renderFile(
            .acknowledgement, for: record, controller: LetterFixtures.fullController, language: language, date: date,
            format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        Snapshot.expect(text, matches: "tailoring/override-acknowledgement.\(language.rawValue)")
        Snapshot.expect(html, matches: "tailoring/override-acknowledgement.\(language.rawValue)", extension: "html")
        // Other letters and languages keep dsr's templates.
        let other = try renderer.render(
            .acknowledgement, for: record, controller: LetterFixtures.fullController,
            language: language == .fi ? .en : .fi, date: date)
        #expect(
            other
                == (try LetterRenderer().render(
                    .acknowledgement, for: record, controller: LetterFixtures.fullController,
                    language: language == .fi ? .en : .fi, date: date)))
    }

    @Test(arguments: [
        ("{{caseNumbr}}", "line 2: {{caseNumbr}}: a letter of this type has no value 'caseNumbr'"),
        ("{{request.recieved}}", "line 2: {{request.recieved}}:"),
        ("{{#acknowledgement}}\n{{legalDeadlin}}\n{{/acknowledgement}}", "line 3: {{legalDeadlin}}:"),
        ("{{refusal.reason}}", "line 2: {{refusal.reason}}:"),
        ("{{^pause}}x{{/pause}}", "line 2: {{^pause}}:"),
        ("{{=<% %>=}}\n<% caseNumbr %>", "line 3: <% caseNumbr %>:"),
        ("{{> common/nothing.fi}}", "line 2: {{> common/nothing.fi}}: no template of that name"),
        ("{{>*parts.body}}", "line 2: {{>*parts.body}}: a controller's template cannot include a dynamic partial"),
        ("{{#acknowledgement}}\nx", "the section acknowledgement is never closed"),
        ("{{/acknowledgement}}", "line 2: {{/acknowledgement}}: this ends no open section"),
        ("{{=<% %>=}}\n<%{caseNumber}%>", "line 3: <%{caseNumber}%>: unescaped tags"),
        ("{{caseNumber", "line 2: a tag that starts with {{ never ends"),
    ])
    func aMisspeltOrUnknownTagIsAnErrorNamingFileLineAndTag(body: String, detail: String) throws {
        let file = "acknowledgement.fi.mustache"
        let error = try #require(Self.loadError([file: "{{%CONTENT_TYPE: TEXT}}\n" + body + "\n"]))
        let name = error.file
        let message = error.detail
        #expect(name == file)
        #expect(message.hasPrefix(detail), "\(message)")
        #expect(error.category == .invalidData)
    }

    @Test func aNameValidOnlyInsideASectionIsRefusedOutsideIt() throws {
        #expect(
            Self.loadError([
                "refusal.en.mustache":
                    "{{%CONTENT_TYPE: TEXT}}\n{{#refusal.grounds}}{{reference}}{{/refusal.grounds}}\n"
            ]) == nil)
        #expect(Self.loadError(["refusal.en.mustache": "{{%CONTENT_TYPE: TEXT}}\n{{reference}}\n"]) != nil)
    }

    /// A name that stands for a group or a list would print Swift's description of it ("EnclosureFields(number: 1,
    /// …)") in a letter to the person: the template of dsr before the copies were numbered printed `{{.}}` in
    /// `{{#access.copies}}`, and a controller's copy of it must be refused, not written.
    @Test(arguments: [
        "{{#access.copies}}- {{.}}{{/access.copies}}", "{{access}}", "{{access.copies}}", "{{.}}", "{{request}}",
    ])
    func aGroupOrAListIsNotPrintedAsAValue(body: String) throws {
        let error = try #require(
            Self.loadError(["access-response.fi.mustache": "{{%CONTENT_TYPE: TEXT}}\n" + body + "\n"]))
        #expect(error.detail.contains("is a group of values, not one value"), "\(error.detail)")
        #expect(
            Self.loadError([
                "access-response.fi.mustache":
                    "{{%CONTENT_TYPE: TEXT}}\n{{#access.copies}}{{number}}. {{enclosureName}}{{/access.copies}}\n"
            ]) == nil)
    }

    @Test(arguments: ["refusal.mustache", "refusal.de.mustache", "letter.fi.mustache", "common/signature.fi.mustache"])
    func aFileNotNamedTypeDotLanguageIsRefused(file: String) throws {
        let error = try #require(Self.loadError([file: "{{%CONTENT_TYPE: TEXT}}\nx\n"]))
        let name = error.file
        let message = error.detail
        #expect(name == file)
        #expect(message.hasPrefix("a letter template is named TYPE.LANG.mustache"))
    }

    @Test func theTemplateRulesApplyToOverridesToo() throws {
        let error = Self.loadError(["refusal.fi.mustache": "KIELTEINEN PÄÄTÖS\n"])
        #expect(
            error
                == TemplateOverrideError(
                    file: "refusal.fi.mustache", detail: "a template must start with the line {{%CONTENT_TYPE: TEXT}}"))
    }

    @Test func everyTemplateDSRShipsPassesTheCheck() throws {
        let names = Set(
            EmbeddedResources.files.keys.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(9)) })
        for (file, text) in EmbeddedResources.files where file.hasSuffix(".mustache") {
            // The common access part is included inside the {{#access}} section of the access response and the
            // refusal: its names are the access fields' as well as every letter's.
            let vocabulary: TemplateVocabulary =
                file.hasPrefix("common/access.")
                ? .object(
                    TemplateVocabulary.anyLetter.fields.merging(TemplateVocabulary.particular["access"]?.fields ?? [:])
                    { first, _ in first })
                : file.hasPrefix("common/") ? .anyLetter : .letter(try LetterRenderer.overriddenType(file))
            var partials = names
            if file.hasPrefix("common/letter.") { partials.insert("*parts.body") }
            do {
                try TemplateTagScanner(path: file, vocabulary: vocabulary, partials: partials).check(
                    file.hasPrefix("common/letter.")
                        ? text.replacingOccurrences(of: "{{>*parts.body}}", with: "") : text)
            } catch {
                Issue.record("\(file): \(error)")
            }
        }
    }

    @Test func theVocabularyNamesWhatTheContextProvides() throws {
        var context = try LetterRenderer().makeContext(
            .acknowledgement, for: try LetterFixtures.record(for: .acknowledgement, language: .fi),
            controller: LetterFixtures.fullController, language: .fi,
            date: try LetterFixtures.letterDate(for: .acknowledgement))
        context.issue = LetterContext.IssueFields(letterNumber: "", fingerprint: "")
        let hidden: Set<String> = ["letterType", "letterLanguage", "civilDate", "caseNumberValue"]
        let labels = Set(Mirror(reflecting: context).children.compactMap(\.label)).subtracting(hidden)
        let named = Set(TemplateVocabulary.common.keys).union(TemplateVocabulary.particular.keys)
        #expect(labels == named)
        func fields(_ value: Any) -> Set<String> {
            Set(Mirror(reflecting: value).children.compactMap(\.label))
        }
        #expect(fields(context.controller) == Set(TemplateVocabulary.common["controller"]!.fields.keys))
        #expect(fields(context.request) == Set(TemplateVocabulary.common["request"]!.fields.keys))
        #expect(fields(context.authority) == Set(TemplateVocabulary.common["authority"]!.fields.keys))
        #expect(fields(context.subject) == Set(TemplateVocabulary.common["subject"]!.fields.keys))
        #expect(
            fields(try #require(context.acknowledgement))
                == Set(TemplateVocabulary.particular["acknowledgement"]!.fields.keys))
    }
}
