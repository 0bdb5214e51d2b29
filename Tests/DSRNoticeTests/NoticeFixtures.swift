import DSRNotice
import Foundation

/// Reads the privacy-notice fixtures from the repository's `Fixtures/notices` folder.
///
/// The folder is found from this file's path (`#filePath`), so no resources need declaring in Package.swift and the
/// CLI tests and documentation use the same files.
enum NoticeFixtures {
    /// `Fixtures/notices` in the package root.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DSRNoticeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Fixtures/notices", isDirectory: true)

    /// The seed notices taken from real Finnish controllers.
    static let seeds = [
        "000_61210c77dfd498b8.txt", "001_8883048773f82383.txt", "002_99331101fbe571c1.txt",
        "003_d29ad8e313c7b21f.txt", "004_457348294fcdbb2c.txt",
    ]

    /// Every notice fixture (not the expectations, not the `fuzz` folder), sorted by name.
    static var all: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            let path = directory.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
            return !isDirectory.boolValue && !name.hasSuffix(".expected.json") && !name.hasPrefix(".")
                && name != "SOURCES.md"
        }.sorted()
    }

    /// The bytes of a fixture.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// A parsed fixture.
    static func parse(_ name: String) throws -> ParsedNotice {
        try NoticeParser().parse(data(name))
    }

    /// The expectation file next to a fixture.
    static func expectationURL(for name: String) -> URL {
        let base = (name as NSString).deletingPathExtension
        return directory.appendingPathComponent(base + ".expected.json")
    }
}
