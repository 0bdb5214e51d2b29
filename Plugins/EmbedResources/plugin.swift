import Foundation
import PackagePlugin

/// Compiles resource files into the module that uses the plugin, so that a copy of the `dsr` binary works from any folder.
///
/// - `DSRCore` embeds `Workflows/*.yaml` (the single source of truth for the request workflows) and `Sources/DSRCore/Data/*`.
/// - `DSRServer` embeds `docs/openapi.yaml`, the API's description, which it serves at `/api/v1/openapi.yaml`, and its
///   `Templates/` (the browser interface's pages).
/// - Any other target embeds every file under its own `Templates/` and `Migrations/` folders as text (`DSRPostgres`:
///   the schema's numbered migrations), and every file under its own
///   `Embedded/` folder, if it has one, as bytes (`DSRLetters`: the PDF fonts and the sRGB colour profile).
///
/// The generated file declares `enum EmbeddedResources { static let files: [String: String] }`, keyed by the path
/// relative to the embedded folder, and `static let binaryFiles: [String: String]`, the binary files in Base64.
@main
struct EmbedResources: BuildToolPlugin {
    /// Creates the build command that writes `EmbeddedResources.swift` for the target.
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        var folders: [URL]
        var binaryFolders: [URL] = []
        var singleFiles: [URL] = []
        if target.name == "DSRServer" {
            // and the browser interface's page templates, style sheet and script (Templates/).
            folders = [sourceTarget.directoryURL.appending(path: "Templates")]
            singleFiles = [context.package.directoryURL.appending(path: "docs/openapi.yaml")]
        } else if target.name == "DSRCore" {
            folders = [
                context.package.directoryURL.appending(path: "Workflows"),
                sourceTarget.directoryURL.appending(path: "Data"),
            ]
        } else {
            folders = [sourceTarget.directoryURL.appending(path: "Templates")]
            // DSRPostgres: the numbered schema migrations (Migrations/NNNN-name.sql), as text.
            let migrations = sourceTarget.directoryURL.appending(path: "Migrations")
            if FileManager.default.fileExists(atPath: migrations.path) { folders.append(migrations) }
            let embedded = sourceTarget.directoryURL.appending(path: "Embedded")
            if FileManager.default.fileExists(atPath: embedded.path) { binaryFolders = [embedded] }
        }
        var inputs: [URL] = []
        for folder in folders + binaryFolders {
            inputs += Self.files(under: folder)
        }
        inputs += singleFiles
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        var arguments = [output.path]
        for folder in folders {
            arguments += ["--folder", folder.path]
        }
        for folder in binaryFolders {
            arguments += ["--binary-folder", folder.path]
        }
        for file in singleFiles {
            arguments += ["--file", file.path]
        }
        return [
            .buildCommand(
                displayName: "Embedding resources into \(target.name)",
                executable: try context.tool(named: "EmbedResourcesTool").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// Lists the regular files below a folder, sorted, skipping hidden ones.
    static func files(under folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                result.append(url)
            }
        }
        return result.sorted { $0.path < $1.path }
    }
}
