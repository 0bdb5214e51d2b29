import DSRCore
import Foundation
import Testing

/// A committed fixture file under `Tests/DSRCoreTests/Fixtures`, read through `Bundle.module`.
struct Fixture {
    /// The file's name inside the Fixtures folder, for example `holidays.csv`.
    let name: String

    /// The file's text.
    func text(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "fixture \(name) is missing from the test bundle", sourceLocation: sourceLocation)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The rows of a CSV fixture without its `#` comment lines and its header, each split at commas.
    /// - Returns: The header's column names and the rows.
    func csv(sourceLocation: SourceLocation = #_sourceLocation) throws -> (header: [String], rows: [[String]]) {
        let lines = try text(sourceLocation: sourceLocation)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
        let header = try #require(lines.first, "fixture \(name) has no header", sourceLocation: sourceLocation)
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return (header.split(separator: ",").map(String.init), rows)
    }
}

extension CivilDate {
    /// Reads a `YYYY-MM-DD` date from a fixture by splitting it, without the parser under test.
    static func fixture(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CivilDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        try #require(parts.count == 3, "not a date: \(text)", sourceLocation: sourceLocation)
        return try #require(
            CivilDate(year: parts[0], month: parts[1], day: parts[2]), "not a date: \(text)",
            sourceLocation: sourceLocation)
    }
}

/// Builds dates in tests from literal year, month and day.
func date(_ year: Int, _ month: Int, _ day: Int, sourceLocation: SourceLocation = #_sourceLocation) -> CivilDate {
    guard let date = CivilDate(year: year, month: month, day: day) else {
        Issue.record("not a date: \(year)-\(month)-\(day)", sourceLocation: sourceLocation)
        return CivilDate(daysSinceEpoch: 0)
    }
    return date
}
