import DSRCore
import DSRSheets
import Foundation
import Synchronization

/// The file `dsr import` reads: CSV or JSON Lines read in chunks as they are, or an Excel workbook (`.xlsx`), whose
/// first sheet is read whole (within ``WorkbookReader/Limits``) and handed on as the CSV text of its rows
/// (``SheetCSV``), so that it goes through the same import.
///
/// A file is a workbook if its name ends in `.xlsx` or its first bytes are a ZIP archive's (`PK\3\4`); a file named
/// `.xlsx` that is no ZIP archive is refused as such (exit 65).
///
/// `@unchecked Sendable` because the import calls ``next()`` from one task at a time (its reading half, each call
/// awaited before the next), so its state is never touched by two threads at once; ``fractionRead`` (for the
/// progress line, read by another task) is an atomic counter.
final class ImportInput: @unchecked Sendable {
    /// The file, read on.
    private let reader: FileReader
    /// The bytes to hand out before reading on: the first chunk (looked at for the ZIP signature), or a workbook's
    /// whole CSV text.
    private var pending: [UInt8]?
    /// Whether the file is a workbook.
    let isWorkbook: Bool
    /// The file's size in bytes, if it is a regular file read in chunks (not standard input, not a workbook).
    let totalBytes: Int?
    /// The bytes handed out so far.
    private let bytesRead = Atomic<Int>(0)

    /// Opens the file and, for a workbook, reads its first sheet.
    /// - Throws: ``FileError`` if it cannot be read; ``SheetError`` (exit 65) for a workbook that cannot be read.
    init(path: String) throws {
        reader = try FileReader(path: path)
        let first = try reader.next()
        let zipped = first.map { WorkbookReader.looksLikeWorkbook($0) } ?? false
        guard path.lowercased().hasSuffix(".xlsx") || zipped else {
            pending = first
            isWorkbook = false
            let size = path == "-" ? nil : (try? FileManager.default.attributesOfItem(atPath: path))?[.size]
            totalBytes = (size as? NSNumber)?.intValue
            return
        }
        isWorkbook = true
        totalBytes = nil
        let limit = WorkbookReader.Limits().fileBytes
        var data = Data(first ?? [])
        while let chunk = try reader.next() {
            data.append(contentsOf: chunk)
            guard data.count <= limit else { throw SheetError.fileTooLarge(limit: limit) }
        }
        pending = try SheetCSV.text(ofWorkbook: data)
    }

    /// The next chunk of text to import, or `nil` at the end.
    func next() throws -> [UInt8]? {
        if let pending {
            self.pending = nil
            bytesRead.add(pending.count, ordering: .relaxed)
            return pending
        }
        guard !isWorkbook, let chunk = try reader.next() else { return nil }
        bytesRead.add(chunk.count, ordering: .relaxed)
        return chunk
    }

    /// How much of the file was handed out, from 0 to 1, if its size is known (``totalBytes``).
    var fractionRead: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesRead.load(ordering: .relaxed)) / Double(totalBytes))
    }
}
