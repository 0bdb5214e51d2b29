import DSRCore
import Foundation
import Testing

/// The Mermaid state diagrams of `dsr workflow graph KIND` and docs/workflows.md.
struct MermaidTests {
    /// A Mermaid node name: what the state-diagram lexer reads as an ID (no ':', white space, '-' or '{').
    static func isNode(_ text: Substring) -> Bool {
        !text.isEmpty && !text.contains { $0 == ":" || $0 == "-" || $0 == "{" || $0.isWhitespace }
    }

    /// A label after ` : `: the lexer ends it at ':' or ';', so neither may occur.
    static func isLabel(_ text: Substring) -> Bool {
        !text.isEmpty && !text.contains { $0 == ":" || $0 == ";" || $0.isNewline }
    }

    @Test(arguments: RequestKind.allCases)
    func diagramHasTheShapeMermaidParses(kind: RequestKind) throws {
        let workflow = try WorkflowCatalog.builtIn()[kind]
        let text = workflow.mermaid()
        #expect(text.hasSuffix("end note\n") || text.hasSuffix("--> [*]\n"))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.removeLast() == "")
        #expect(lines.removeFirst() == "stateDiagram-v2")
        func node(_ id: StateID) -> String { id.rawValue.replacingOccurrences(of: "-", with: "_") }

        var stateLines: [String] = []
        var edges: [(from: String, to: String, label: String)] = []
        var finals: [String] = []
        var notes: [(node: String, text: String)] = []
        var start: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.hasPrefix("    [*] --> ") {
                start = String(line.dropFirst("    [*] --> ".count))
            } else if line.hasPrefix("    note right of ") {
                let name = line.dropFirst("    note right of ".count)
                #expect(Self.isNode(name))
                try #require(index + 1 < lines.count)
                #expect(lines[index].hasPrefix("        "))
                #expect(lines[index + 1] == "    end note")
                notes.append((String(name), lines[index].trimmingCharacters(in: .whitespaces)))
                index += 2
            } else if line.hasSuffix(" --> [*]") {
                finals.append(String(line.dropFirst(4).dropLast(" --> [*]".count)))
            } else if let arrow = line.range(of: " --> ") {
                let from = line[line.index(line.startIndex, offsetBy: 4)..<arrow.lowerBound]
                let rest = line[arrow.upperBound...]
                let parts = rest.split(separator: " : ", maxSplits: 1, omittingEmptySubsequences: false)
                try #require(parts.count == 2, "\(line)")
                #expect(Self.isNode(from) && Self.isNode(parts[0]), "\(line)")
                #expect(Self.isLabel(parts[1]), "\(line)")
                edges.append((String(from), String(parts[0]), String(parts[1])))
            } else {
                let parts = line.dropFirst(4).split(separator: " : ", maxSplits: 1, omittingEmptySubsequences: false)
                try #require(parts.count == 2 && line.hasPrefix("    "), "unexpected line: \(line)")
                #expect(Self.isNode(parts[0]) && Self.isLabel(parts[1]), "\(line)")
                stateLines.append("\(parts[0]) \(parts[1])")
            }
        }
        // Every state once with its name, the initial state, one edge per (source, event), finals and paused notes.
        #expect(start == node(workflow.initial))
        #expect(stateLines == workflow.states.map { "\(node($0.id)) \($0.id)" })
        let expectedEdges = workflow.events.flatMap { event in
            event.from.map { "\(node($0)) \(node(event.to)) \(event.id)" }
        }
        #expect(edges.map { "\($0.from) \($0.to) \($0.label.split(separator: " ")[0])" } == expectedEdges)
        #expect(finals == workflow.states.filter(\.isFinal).map { node($0.id) })
        #expect(notes.map(\.node) == workflow.states.filter { $0.clock == .paused }.map { node($0.id) })
        #expect(notes.map(\.text) == workflow.states.filter { $0.clock == .paused }.map(\.description.en))
        // Clock effects and letters are marked on the edges.
        for (edge, event) in zip(edges, workflow.events.flatMap { event in event.from.map { _ in event } }) {
            let marks: [ClockEffect: String] = [.pause: " ⏸", .resume: " ▶", .extend: " +2 months", .stop: " ■"]
            if let mark = marks[event.clock] {
                #expect(edge.label.contains(mark), "\(edge.label)")
            } else {
                #expect(!marks.values.contains { edge.label.contains($0) }, "\(edge.label)")
            }
            if let letter = event.letter ?? workflow.state(event.to)?.letter {
                #expect(edge.label.hasSuffix("✉ \(letter.rawValue)"), "\(edge.label)")
            } else {
                #expect(!edge.label.contains("✉"))
            }
        }
    }

    @Test func accessDiagramBeginsAsDocumented() throws {
        let text = try WorkflowCatalog.builtIn()[.access].mermaid()
        #expect(
            text.hasPrefix(
                """
                stateDiagram-v2
                    [*] --> received
                    received : received
                    in_progress : in-progress

                """))
        #expect(text.contains("    received --> awaiting_identity : request-identity ⏸ ✉ identity-request\n"))
        #expect(text.contains("    awaiting_identity --> in_progress : receive-identity ▶\n"))
        #expect(text.contains("    in_progress --> in_progress : extend +2 months ✉ extension-notice\n"))
        #expect(text.contains("    in_progress --> completed : complete ■ ✉ access-response\n"))
        #expect(text.contains("    awaiting_clarification --> refused : refuse ■ ✉ refusal\n"))
        #expect(
            text.contains(
                """
                    note right of awaiting_identity
                        Waiting for information to confirm identity; the clock is paused.
                    end note

                """))
    }

    @Test(arguments: Language.allCases)
    func notesFollowTheLanguage(language: Language) throws {
        let workflow = try WorkflowCatalog.builtIn()[.erasure]
        let text = workflow.mermaid(language: language)
        let paused = try #require(workflow.state(StateID("awaiting-identity")))
        #expect(text.contains("        \(paused.description[language])\n"))
    }
}
