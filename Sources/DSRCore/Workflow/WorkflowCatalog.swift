import Foundation

/// The set of workflow definitions in force: one per request kind.
public struct WorkflowCatalog: Sendable {
    /// The definitions by kind.
    public let definitions: [RequestKind: WorkflowDefinition]

    /// Builds a catalogue from YAML files given as (file name, text) pairs.
    /// - Throws: ``WorkflowCatalogError`` listing every problem in every file, and any missing or duplicated kind.
    public init(files: [(name: String, text: String)]) throws(WorkflowCatalogError) {
        var definitions: [RequestKind: WorkflowDefinition] = [:]
        var problems: [WorkflowError] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            do {
                let definition = try WorkflowLoader.parse(yaml: file.text, file: file.name)
                let found = WorkflowValidator.problems(in: definition)
                problems += found
                if let earlier = definitions[definition.kind] {
                    problems.append(
                        WorkflowError(
                            file: file.name, line: nil, rule: "one-per-kind",
                            message: "\(definition.kind.rawValue) is already defined in \(earlier.source)"))
                } else if found.isEmpty {
                    definitions[definition.kind] = definition
                }
            } catch {
                problems.append(error)
            }
        }
        if problems.isEmpty {
            for kind in RequestKind.allCases where definitions[kind] == nil {
                problems.append(
                    WorkflowError(
                        file: "Workflows", line: nil, rule: "one-per-kind",
                        message: "no workflow defines \(kind.rawValue) requests; add \(kind.rawValue).yaml"))
            }
        }
        guard problems.isEmpty else { throw WorkflowCatalogError(problems: problems) }
        self.definitions = definitions
    }

    /// The workflow of a kind.
    public subscript(kind: RequestKind) -> WorkflowDefinition {
        // Every kind is present: the initializer refuses a catalogue that lacks one.
        definitions[kind]
            ?? WorkflowDefinition(kind: kind, version: 0, initial: StateID(""), states: [], events: [], source: "")
    }

    /// The workflows compiled into dsr from `Workflows/*.yaml`.
    public static func builtIn() throws(WorkflowCatalogError) -> WorkflowCatalog {
        let files = EmbeddedResources.files
            .filter { $0.key.hasSuffix(".yaml") }
            .map { (name: "Workflows/" + $0.key, text: $0.value) }
        return try WorkflowCatalog(files: files)
    }

    /// The YAML text of a built-in workflow, as compiled into dsr.
    public static func builtInSource(of kind: RequestKind) -> String? {
        EmbeddedResources.files["\(kind.rawValue).yaml"]
    }

    /// Every event name used by any workflow, sorted.
    public var allEventIDs: [EventID] {
        Set(definitions.values.flatMap { $0.events.map(\.id) }).sorted()
    }
}

/// One or more workflow definitions that cannot be used.
public struct WorkflowCatalogError: Error, Sendable, Equatable {
    /// Every problem found.
    public var problems: [WorkflowError]
}

extension WorkflowCatalogError: LocalizedErrorWithCategory {
    /// The problems, one per line, then what to do (in domain words; the command line names its check command).
    public var errorDescription: String? {
        problemLines + "\nFix the workflow definitions and check them again."
    }

    /// The problems, one per line.
    public var problemLines: String {
        problems.compactMap(\.errorDescription).joined(separator: "\n")
    }

    /// Broken definitions are invalid data.
    public var category: ErrorCategory { .invalidData }
}
