import DSRCore
import Testing

/// The built-in workflows: they load, and each is pinned to a transition table written by hand.
struct WorkflowCatalogTests {
    @Test func builtInCatalogueLoadsWithOneWorkflowPerKind() throws {
        let catalog = try WorkflowCatalog.builtIn()
        #expect(Set(catalog.definitions.keys) == Set(RequestKind.allCases))
        for kind in RequestKind.allCases {
            let workflow = catalog[kind]
            #expect(workflow.kind == kind)
            #expect(workflow.source == "Workflows/\(kind.rawValue).yaml")
            #expect(WorkflowValidator.problems(in: workflow).isEmpty)
            #expect(WorkflowCatalog.builtInSource(of: kind)?.contains("kind: \(kind.rawValue)") == true)
        }
    }

    @Test func commonEventsHaveTheSameNamesInEveryWorkflow() throws {
        let catalog = try WorkflowCatalog.builtIn()
        let common: [EventID] = [
            "request-identity", "receive-identity", "request-clarification", "receive-clarification",
            "extend", "refuse", "withdraw",
        ].map { EventID($0) }
        for kind in RequestKind.allCases {
            let names = Set(catalog[kind].events.map(\.id))
            for event in common { #expect(names.contains(event), "\(kind) lacks \(event)") }
        }
        #expect(catalog.allEventIDs == catalog.allEventIDs.sorted())
        #expect(Set(catalog.allEventIDs) == Set(RequestKind.allCases.flatMap { catalog[$0].events.map(\.id) }))
    }

    /// Renders a definition in the shape of the hand-written `transitions-<kind>.txt` files.
    static func table(of workflow: WorkflowDefinition) -> [String] {
        var lines = ["kind \(workflow.kind.rawValue)", "version \(workflow.version)", "initial \(workflow.initial)"]
        for state in workflow.states {
            var line = "state \(state.id) clock=\(state.clock.rawValue)"
            if state.isFinal { line += " final" }
            if let outcome = state.outcome { line += " outcome=\(outcome.rawValue)" }
            if let letter = state.letter { line += " letter=\(letter.rawValue)" }
            lines.append(line)
        }
        for event in workflow.events {
            var line = "event \(event.id) from=\(event.from.map(\.rawValue).joined(separator: ",")) to=\(event.to)"
            line += " clock=\(event.clock.rawValue)"
            if !event.requires.isEmpty { line += " requires=\(event.requires.map(\.rawValue).joined(separator: ","))" }
            if !event.grounds.isEmpty {
                let grounds = event.grounds.map {
                    $0.code.rawValue + ($0.unlessDirectMarketing ? "(unless-direct-marketing)" : "")
                }
                line += " grounds=\(grounds.joined(separator: ","))"
            }
            if let letter = event.letter { line += " letter=\(letter.rawValue)" }
            lines.append(line)
        }
        return lines
    }

    @Test(arguments: RequestKind.allCases)
    func transitionTableIsPinned(kind: RequestKind) throws {
        // Given the table written by hand from the YAML review
        let expected = try Fixture(name: "transitions-\(kind.rawValue).txt").text()
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        // When the built-in definition is rendered
        let actual = Self.table(of: try WorkflowCatalog.builtIn()[kind])
        // Then they agree line by line
        #expect(actual == expected)
        for (index, line) in expected.enumerated() where index >= actual.count || actual[index] != line {
            Issue.record(
                "first difference at line \(index + 1): want \(line), got \(index < actual.count ? actual[index] : "nothing")"
            )
            break
        }
    }

    @Test func everyStateAndEventHasTextsInAllLanguages() throws {
        let catalog = try WorkflowCatalog.builtIn()
        for kind in RequestKind.allCases {
            for state in catalog[kind].states {
                for language in Language.allCases {
                    #expect(!state.description[language].isEmpty)
                    if !state.isFinal { #expect(state.nextAction?[language].isEmpty == false, "\(kind) \(state.id)") }
                }
                #expect(state.line != nil)
            }
            for event in catalog[kind].events {
                for language in Language.allCases { #expect(!event.description[language].isEmpty) }
                #expect(event.line != nil)
            }
        }
    }

    /// The six built-in files as (name, text) pairs.
    static func builtInFiles() throws -> [(name: String, text: String)] {
        try RequestKind.allCases.map { kind in
            (name: "\(kind.rawValue).yaml", text: try #require(WorkflowCatalog.builtInSource(of: kind)))
        }
    }

    @Test func catalogueFromFilesAcceptsTheSixBuiltInFiles() throws {
        let catalog = try WorkflowCatalog(files: try Self.builtInFiles())
        #expect(catalog.definitions.count == 6)
        #expect(catalog[.objection].source == "objection.yaml")
    }

    @Test func catalogueWithAMissingKindFails() throws {
        let files = try Self.builtInFiles().filter { $0.name != "portability.yaml" }
        let error = try #require(throws: WorkflowCatalogError.self) { try WorkflowCatalog(files: files) }
        #expect(error.problems.map(\.rule) == ["one-per-kind"])
        #expect(error.problems.first?.message.contains("portability") == true)
        #expect(error.category == .invalidData)
        #expect(error.errorDescription?.hasSuffix("\nFix the workflow definitions and check them again.") == true)
    }

    @Test func catalogueWithADuplicateKindFails() throws {
        var files = try Self.builtInFiles()
        files.append((name: "access-copy.yaml", text: try #require(WorkflowCatalog.builtInSource(of: .access))))
        let error = try #require(throws: WorkflowCatalogError.self) { try WorkflowCatalog(files: files) }
        #expect(error.problems.count == 1)
        let problem = try #require(error.problems.first)
        #expect(problem.rule == "one-per-kind")
        #expect(problem.file == "access.yaml" || problem.file == "access-copy.yaml")
        #expect(problem.message.contains("access"))
    }

    @Test func catalogueReportsProblemsOfEveryFile() throws {
        var files = try Self.builtInFiles()
        files[0].text = "kind: access\nversion: 1\n"
        files[1].text = "kind: [\n"
        let error = try #require(throws: WorkflowCatalogError.self) { try WorkflowCatalog(files: files) }
        #expect(Set(error.problems.map(\.file)) == [files[0].name, files[1].name])
    }

    @Test func theBuiltInCatalogueReadOnDemandIsTheOneReadAtOnce() throws {
        let atOnce = try WorkflowCatalog.builtIn()
        let onDemand = WorkflowCatalog.builtInOnDemand()
        for kind in RequestKind.allCases {
            #expect(onDemand[kind] == atOnce[kind], "\(kind)")
            #expect(onDemand[kind].version > 0 && !onDemand[kind].states.isEmpty, "\(kind)")
        }
        #expect(onDemand.definitions == atOnce.definitions)
        #expect(onDemand.allEventIDs == atOnce.allEventIDs)
    }
}
