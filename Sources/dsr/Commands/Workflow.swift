import ArgumentParser
import DSRCore
import Foundation

extension DSR {
    /// `dsr workflow`: inspect and check workflow definitions.
    struct Workflow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workflow",
            abstract: "Check, show and draw the request workflows.",
            subcommands: [Check.self, ShowDefinition.self, Graph.self])

        /// `dsr workflow check DIR`.
        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "check",
                abstract: "Validate a folder of edited workflow definitions (*.yaml), one per kind.")

            @Argument(help: "The folder holding the definitions.") var directory: String

            func run() throws {
                try reportingFailures {
                    let files = try WorkflowFiles.read(directory)
                    let catalog = try WorkflowCatalog(files: files)
                    for kind in RequestKind.allCases {
                        let definition = catalog[kind]
                        print(
                            "\(definition.source): \(kind.rawValue) v\(definition.version) OK "
                                + "(\(definition.states.count) states, \(definition.events.count) events)")
                    }
                }
            }
        }

        /// `dsr workflow show KIND`.
        struct ShowDefinition: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "show", abstract: "Print a built-in definition.")

            @Argument(help: "The request kind.") var kind: String

            func run() throws {
                try reportingFailures {
                    let kind = try Parse.kind(kind)
                    print(WorkflowCatalog.builtInSource(of: kind) ?? "", terminator: "")
                }
            }
        }

        /// `dsr workflow graph KIND`.
        struct Graph: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "graph", abstract: "Print a Mermaid state diagram of a workflow.")

            @Argument(help: "The request kind.") var kind: String

            func run() throws {
                try reportingFailures {
                    let kind = try Parse.kind(kind)
                    print(try WorkflowCatalog.builtIn()[kind].mermaid(), terminator: "")
                }
            }
        }
    }
}

/// Reads the `*.yaml` files of a folder for `dsr workflow check`.
enum WorkflowFiles {
    /// The folder's YAML files as (path, text) pairs.
    static func read(_ directory: String) throws -> [(name: String, text: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError.missing(path: directory, what: "folder of workflow definitions")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !names.isEmpty else { throw FileError.missing(path: directory, what: "*.yaml workflow definition") }
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw FileError.missing(path: path, what: "readable file")
            }
            guard let text = String(data: data, encoding: .utf8) else { throw FileError.notText(path: path) }
            return (name: path, text: text)
        }
    }
}

/// A file the tool was pointed at that is missing or unreadable.
enum FileError: LocalizedErrorWithCategory {
    /// The path does not exist or is not what was expected.
    case missing(path: String, what: String)
    /// The file is not UTF-8 text.
    case notText(path: String)

    var category: ErrorCategory {
        switch self {
        case .missing: .notFound
        case .notText: .invalidData
        }
    }

    var errorDescription: String? {
        switch self {
        case .missing(let path, let what): "\(path): no \(what) there; check the path."
        case .notText(let path): "\(path) is not UTF-8 text; save it as UTF-8."
        }
    }
}
