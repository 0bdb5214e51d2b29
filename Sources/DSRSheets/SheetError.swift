import DSRCore
import Foundation

/// Why a workbook cannot be read or written. Messages name parts of the file and limits, never cell contents.
public enum SheetError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The bytes are not a ZIP archive, or the archive is damaged or truncated.
    case notWorkbook
    /// A part the workbook needs is missing (`part` is its path inside the archive).
    case missingPart(String)
    /// A part decompresses (or declares it decompresses) to more than `limit` bytes.
    case partTooLarge(String, limit: Int)
    /// The workbook file itself is larger than `limit` bytes.
    case fileTooLarge(limit: Int)
    /// The shared-string table holds (or declares) more than `limit` strings.
    case tooManyStrings(limit: Int)
    /// A part is not well-formed XML, or holds a document type declaration (`part` is its path).
    case malformedPart(String)
    /// A cell refers to a shared string that does not exist (`cell` is its reference, such as `B7`).
    case badCell(String)
    /// The first sheet has more than `limit` columns or rows.
    case sheetTooLarge(limit: Int)
    /// The workbook could not be assembled (writing).
    case cannotWrite
    /// The workbook could not be put in a temporary file to be read (the temporary folder is full or not writable).
    case cannotRead

    /// Every sheet error is invalid data (exit 65), except a workbook that cannot be assembled (storage, 74).
    public var category: ErrorCategory {
        switch self {
        case .cannotWrite, .cannotRead: .storage
        case .notWorkbook, .missingPart, .partTooLarge, .fileTooLarge, .tooManyStrings, .malformedPart, .badCell,
            .sheetTooLarge:
            .invalidData
        }
    }

    /// What was wrong and what to do.
    public var errorDescription: String? {
        let nothing = "; nothing was imported."
        return switch self {
        case .notWorkbook:
            "the file is not an Excel workbook (.xlsx): it is not a ZIP archive, or the archive is damaged or "
                + "truncated" + nothing + " Save it again as an Excel workbook, or as UTF-8 CSV."
        case .missingPart(let part):
            "the workbook lacks its part \(part)" + nothing + " Save it again as an Excel workbook (.xlsx)."
        case .partTooLarge(let part, let limit):
            "the workbook's part \(part) decompresses to more than \(Self.mebibytes(limit)) (a ZIP bomb, or a "
                + "sheet too large to import)" + nothing + " Split the sheet, or save it as CSV."
        case .fileTooLarge(let limit):
            "the workbook is larger than \(Self.mebibytes(limit))" + nothing + " Split it, or save it as CSV."
        case .tooManyStrings(let limit):
            "the workbook's shared-string table holds more than \(limit) strings" + nothing
                + " Split the sheet, or save it as CSV."
        case .malformedPart(let part):
            "the workbook's part \(part) is not well-formed XML (or holds a document type declaration)" + nothing
                + " Save it again as an Excel workbook (.xlsx)."
        case .badCell(let cell):
            "cell \(cell) of the first sheet refers to a text that the workbook does not hold" + nothing
                + " Save it again as an Excel workbook (.xlsx)."
        case .sheetTooLarge(let limit):
            "the first sheet has more than \(limit) rows or columns" + nothing + " Split the sheet."
        case .cannotWrite:
            "the workbook could not be assembled; nothing was written."
        case .cannotRead:
            "the workbook could not be copied to a private temporary file to be read (is the temporary folder, "
                + "$TMPDIR or /tmp, full or read-only?); nothing was imported."
        }
    }

    private static func mebibytes(_ bytes: Int) -> String { "\(bytes / 1_048_576) MiB" }
}
