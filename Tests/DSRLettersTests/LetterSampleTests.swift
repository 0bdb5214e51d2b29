import DSRCore
import Foundation
import Testing

@testable import DSRLetters

/// Writes the sample letters of `docs/letters/` (run by `scripts/letter-samples`, which turns them into PNG
/// previews): every letter type in Finnish, Swedish and English as PDF and HTML, from the realistic fixture case of
/// each type. Runs only when `DSR_LETTER_SAMPLES` names the folder to write to.
struct LetterSampleTests {
    /// The folder to write the samples to, if this run writes them.
    static let folder = ProcessInfo.processInfo.environment["DSR_LETTER_SAMPLES"]

    @Test(
        .enabled(if: folder != nil, "set DSR_LETTER_SAMPLES to a folder to write the sample letters"),
        arguments: HTMLLetterTests.pages)
    func writeSample(item: LetterMatrixTests.Case) throws {
        let folder = URL(fileURLWithPath: try #require(Self.folder))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let renderer = try LetterRenderer()
        let record = try LetterFixtures.record(for: item.type, language: item.language)
        for format in [LetterFormat.pdf, .html] {
            let bytes = try renderer.renderFile(
                item.type, for: record, controller: LetterFixtures.fullController,
                language: item.language,
                date: LetterFixtures.letterDate(for: item.type), format: format)
            let name = "\(item.type.rawValue).\(item.language.rawValue).\(format.fileExtension)"
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
    }
}
