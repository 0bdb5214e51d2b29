import Foundation
import Synchronization

/// The set of workflow definitions in force: one per request kind.
public struct WorkflowCatalog: Sendable {
    /// The definitions by kind (with ``builtInOnDemand()``, every kind's is read now).
    public var definitions: [RequestKind: WorkflowDefinition] {
        switch source {
        case .read(let definitions): definitions
        case .onDemand(let files): Dictionary(uniqueKeysWithValues: RequestKind.allCases.map { ($0, files[$0]) })
        }
    }

    /// Where the definitions come from.
    private let source: Source

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
        source = .read(definitions)
    }

    private init(source: Source) {
        self.source = source
    }

    /// The workflow of a kind.
    public subscript(kind: RequestKind) -> WorkflowDefinition {
        switch source {
        case .read(let definitions):
            // Every kind is present: the initializer refuses a catalogue that lacks one.
            definitions[kind] ?? Self.empty(kind)
        case .onDemand(let files):
            files[kind]
        }
    }

    /// The workflow of no states and no events, which refuses everything: what a kind has only if its built-in file
    /// could not be read (``builtInOnDemand()``), which `WorkflowCatalogTests` rules out for every file dsr is built
    /// with.
    static func empty(_ kind: RequestKind) -> WorkflowDefinition {
        WorkflowDefinition(kind: kind, version: 0, initial: StateID(""), states: [], events: [], source: "")
    }

    /// The workflows compiled into dsr, each read from its YAML the first time its kind is asked for: a command
    /// reads one or two of the six (parsing all took a quarter of a registration's CPU). The files are the ones
    /// ``builtIn()`` reads and checks; their tests check every one, so a kind read on demand is the kind
    /// ``builtIn()`` gives.
    public static func builtInOnDemand() -> WorkflowCatalog {
        WorkflowCatalog(source: .onDemand(OnDemandFiles()))
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

    /// Where a catalogue's definitions come from: read and checked when it was made, or read a kind at a time.
    private enum Source: Sendable {
        case read([RequestKind: WorkflowDefinition])
        case onDemand(OnDemandFiles)
    }

    /// The built-in files, each read the first time its kind is asked for and kept; shared by the copies of a
    /// catalogue.
    private final class OnDemandFiles: Sendable {
        /// The definitions read so far.
        private let read = Mutex<[RequestKind: WorkflowDefinition]>([:])

        /// The definition of a kind, read from its built-in file if it was not yet; the empty workflow if the file
        /// is missing, does not parse, does not pass ``WorkflowValidator`` or defines another kind.
        subscript(kind: RequestKind) -> WorkflowDefinition {
            read.withLock { read in
                if let definition = read[kind] { return definition }
                let name = "\(kind.rawValue).yaml"
                var definition = WorkflowCatalog.empty(kind)
                if let text = EmbeddedResources.files[name],
                    let parsed = try? WorkflowLoader.parse(yaml: text, file: "Workflows/" + name),
                    parsed.kind == kind, WorkflowValidator.problems(in: parsed).isEmpty
                {
                    definition = parsed
                }
                read[kind] = definition
                return definition
            }
        }
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
