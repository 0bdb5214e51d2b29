import Foundation
import ZIPFoundation

/// The parts of a workbook archive that lead to its first sheet: the workbook part, its relationships, the
/// shared-string table and the styles, each read within ``WorkbookReader/Limits``.
struct WorkbookParts {
    /// The archive.
    private let archive: Archive
    /// The limits in force.
    private let limits: WorkbookReader.Limits
    /// The path of the first sheet's part.
    let firstSheet: String
    /// Whether the workbook counts dates from 1904 (`<workbookPr date1904="1"/>`).
    let date1904: Bool
    /// The path of the shared-string table, if the workbook has one.
    private let sharedStringsPath: String?
    /// The path of the styles part, if the workbook has one.
    private let stylesPath: String?

    /// Finds the workbook part and, through its relationships, the first sheet, the strings and the styles.
    /// - Throws: ``SheetError``.
    init(archive: Archive, limits: WorkbookReader.Limits) throws(SheetError) {
        self.archive = archive
        self.limits = limits
        var workbookPath = "xl/workbook.xml"
        if let rootRelations = try Self.part(archive, "_rels/.rels", limit: limits.otherPartBytes) {
            let relations = try Self.relationships(rootRelations, part: "_rels/.rels", base: "")
            if let office = relations.first(where: { $0.type.hasSuffix("/officeDocument") }) {
                workbookPath = office.target
            }
        }
        guard let workbook = try Self.part(archive, workbookPath, limit: limits.otherPartBytes) else {
            throw .missingPart(workbookPath)
        }
        var firstSheetID: String?
        var date1904 = false
        try XMLEvents.parse(
            workbook, part: workbookPath,
            start: { name, attributes in
                switch name {
                case "workbookPr": date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
                case "sheet": if firstSheetID == nil { firstSheetID = attributes["id"] ?? "" }
                default: break
                }
            })
        guard let firstSheetID else { throw .missingPart(workbookPath + " <sheet>") }
        var folder = ""
        var fileName = workbookPath
        if let slash = workbookPath.lastIndex(of: "/") {
            folder = String(workbookPath[...slash])
            fileName = String(workbookPath[workbookPath.index(after: slash)...])
        }
        let relationsPath = folder + "_rels/" + fileName + ".rels"
        guard let relationsData = try Self.part(archive, relationsPath, limit: limits.otherPartBytes) else {
            throw .missingPart(relationsPath)
        }
        let relations = try Self.relationships(relationsData, part: relationsPath, base: folder)
        guard let sheet = relations.first(where: { $0.id == firstSheetID }) else {
            throw .missingPart(relationsPath + " " + "sheet")
        }
        firstSheet = sheet.target
        self.date1904 = date1904
        sharedStringsPath = relations.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target
        stylesPath = relations.first(where: { $0.type.hasSuffix("/styles") })?.target
    }

    /// A relationship of a part.
    private struct Relationship {
        var id: String
        var type: String
        /// The target's path inside the archive.
        var target: String
    }

    /// The relationships in a `.rels` part, targets resolved against `base` (the folder of the part they belong to).
    private static func relationships(_ data: Data, part: String, base: String) throws(SheetError) -> [Relationship] {
        var found: [Relationship] = []
        try XMLEvents.parse(
            data, part: part,
            start: { name, attributes throws(SheetError) in
                guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                    attributes["TargetMode"] != "External"
                else { return }
                found.append(Relationship(id: id, type: attributes["Type"] ?? "", target: resolve(target, base: base)))
                if found.count > 10_000 { throw .malformedPart(part) }
            })
        return found
    }

    /// A relationship target as a path inside the archive: absolute targets from the root, relative ones from
    /// `base`, with `..` and `.` segments resolved.
    private static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// The bytes of a part, or `nil` if the archive has no such entry.
    /// - Throws: ``SheetError/partTooLarge(_:limit:)`` if the entry declares or decompresses to more than `limit`
    ///   bytes; ``SheetError/notWorkbook`` if it cannot be decompressed (damaged, truncated, wrong checksum).
    func part(_ path: String, limit: Int) throws(SheetError) -> Data? {
        try Self.part(archive, path, limit: limit)
    }

    private struct Overflow: Error {}

    private static func part(_ archive: Archive, _ path: String, limit: Int) throws(SheetError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { throw .missingPart(path) }
        guard entry.uncompressedSize <= UInt64(limit) else { throw .partTooLarge(path, limit: limit) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16) { chunk in
                guard data.count + chunk.count <= limit else { throw Overflow() }
                data.append(chunk)
            }
        } catch is Overflow {
            throw .partTooLarge(path, limit: limit)
        } catch {
            throw .notWorkbook
        }
        return data
    }

    /// The shared-string table (empty if the workbook has none).
    /// - Throws: ``SheetError/tooManyStrings(limit:)`` if it declares or holds more than the limit.
    func sharedStrings() throws(SheetError) -> [String] {
        guard let path = sharedStringsPath else { return [] }
        guard let data = try part(path, limit: limits.sharedStringBytes) else { return [] }
        let limit = limits.sharedStrings
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var phonetic = 0
        try XMLEvents.parse(
            data, part: path,
            start: { name, attributes throws(SheetError) in
                switch name {
                case "sst":
                    for key in ["count", "uniqueCount"] {
                        if let declared = attributes[key].flatMap(Int.init), declared > limit {
                            throw .tooManyStrings(limit: limit)
                        }
                    }
                case "si":
                    guard strings.count < limit else { throw .tooManyStrings(limit: limit) }
                    inItem = true
                    current = ""
                case "rPh": phonetic += 1
                case "t": inText = inItem && phonetic == 0
                default: break
                }
            },
            end: { name in
                switch name {
                case "si":
                    strings.append(current)
                    inItem = false
                case "rPh": phonetic -= 1
                case "t": inText = false
                default: break
                }
            },
            text: { text in
                if inText { current += text }
            })
        return strings
    }

    /// The cell styles (`cellXfs` indexes) whose number format is a date format.
    func dateStyles() throws(SheetError) -> Set<Int> {
        guard let path = stylesPath, let data = try part(path, limit: limits.otherPartBytes) else { return [] }
        var codes: [Int: String] = [:]
        var inCellFormats = false
        var index = 0
        var dates: Set<Int> = []
        try XMLEvents.parse(
            data, part: path,
            start: { name, attributes in
                switch name {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init) { codes[id] = attributes["formatCode"] ?? "" }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats:
                    let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                    if SerialDate.isDateFormat(id: id, code: codes[id]) { dates.insert(index) }
                    index += 1
                default: break
                }
            },
            end: { name in
                if name == "cellXfs" { inCellFormats = false }
            })
        return dates
    }
}
