import ArgumentParser
import DSRCore
import DSRNotice
import DSRStore
import Foundation

extension DSR {
    /// `dsr notice`: the controller's privacy notice (*tietosuojaseloste*) as the controller profile, and its lint.
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notice",
            abstract: "Import the privacy notice (tietosuojaseloste) as the controller profile, or lint it.",
            subcommands: [Import.self, ShowNotice.self, History.self, Lint.self])

        /// `dsr notice import FILE`.
        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "import",
                abstract: "Parse a privacy notice (two-column, Markdown, numbered text or HTML; detected) and store it "
                    + "as a new controller-profile version.")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The notice file.") var file: String
            @Option(help: "text or json.") var format: ObjectFormat = .text

            func run() throws {
                try reportingFailures {
                    let notice = try NoticeParser().parse(try NoticeFiles.read(file))
                    guard !notice.fields.isEmpty else { throw NoticeImportError.nothingFound(path: file) }
                    let service = try global.openService(creating: true)
                    let version = try service.setControllerProfile(
                        notice.profile, actor: global.actorName, now: Clock.now(), today: try Clock.today(),
                        source: "notice " + URL(fileURLWithPath: file).lastPathComponent)
                    switch format {
                    case .json:
                        struct Output: Encodable {
                            var version: Int
                            var format: String
                            var profile: ControllerProfile
                            var missing: [String]
                            var controllers: Int
                        }
                        print(RequestListing.prettyJSON(Output(
                            version: version, format: notice.format.rawValue, profile: notice.profile,
                            missing: notice.missing.map(\.rawValue), controllers: notice.controllers.count)),
                              terminator: "")
                    case .text:
                        print(notice.textReport(language: .en), terminator: "")
                        print("Controller profile version \(version) saved from \(file).")
                        if notice.controllers.count > 1 {
                            printWarning("the notice names \(notice.controllers.count) controllers; the first was imported.")
                        }
                    }
                }
            }
        }

        /// `dsr notice show`.
        struct ShowNotice: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the current controller profile.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: ObjectFormat = .text

            func run() throws {
                try reportingFailures {
                    guard let current = try global.openStoreForReading().controllerProfile() else {
                        print("No controller profile yet; import the privacy notice with 'dsr notice import FILE'.")
                        return
                    }
                    switch format {
                    case .json: print(RequestListing.prettyJSON(current.profile), terminator: "")
                    case .text: print(ControllerProfileChanges.text(current.profile, version: current.version), terminator: "")
                    }
                }
            }
        }

        /// `dsr notice history`.
        struct History: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "history", abstract: "List the controller-profile versions.")

            @OptionGroup var global: GlobalOptions

            func run() throws {
                try reportingFailures {
                    let versions = try global.openStoreForReading().controllerProfileHistory()
                    guard !versions.isEmpty else {
                        print("No controller profile yet.")
                        return
                    }
                    for entry in versions {
                        let name = entry.profile.name ?? "(no name)"
                        print("version \(entry.version)  \(UTCText.format(entry.createdAt))  \(name)")
                    }
                }
            }
        }

        /// `dsr notice lint FILE`.
        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "lint",
                abstract: "Check a privacy notice against current law; exit 1 if any finding is an error.")

            @Argument(help: "The notice file.") var file: String
            @Option(help: "text or json.") var format: ObjectFormat = .text
            @Option(help: "fi or en.") var language: String = "fi"

            func run() throws {
                var hasErrors = false
                try reportingFailures {
                    let language = try Parse.language(language)
                    let notice = try NoticeParser().parse(try NoticeFiles.read(file))
                    let findings = NoticeLinter().lint(notice)
                    hasErrors = findings.contains { $0.severity == .error }
                    switch format {
                    case .json: print(RequestListing.prettyJSON(findings), terminator: "")
                    case .text: print(findings.textReport(language: language), terminator: "")
                    }
                }
                if hasErrors { throw ExitCode(1) }
            }
        }
    }
}

/// Reads a notice file for `dsr notice`.
enum NoticeFiles {
    /// The file's bytes.
    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.missing(path: path, what: "readable privacy notice")
        }
        return data
    }
}

/// A notice from which no controller field could be read.
enum NoticeImportError: LocalizedErrorWithCategory {
    /// Nothing recognisable.
    case nothingFound(path: String)

    var category: ErrorCategory { .invalidData }

    var errorDescription: String? {
        switch self {
        case .nothingFound(let path):
            "\(path): no controller details were recognised, so no profile was stored; run 'dsr notice lint \(path)' "
                + "to see why, or set the fields with 'dsr controller set'."
        }
    }
}

/// Formats instants for listings.
enum UTCText {
    /// `2026-11-21 09:30 UTC`.
    static func format(_ date: Date) -> String {
        let (day, rest) = CivilDate.utcDayAndSecond(of: date)
        return "\(day) \(String(format: "%02d:%02d", rest / 3600, rest % 3600 / 60)) UTC"
    }
}
