import Foundation

/// The head of the register's hash chain at one moment, in one line that can be kept outside the register:
/// `dsr-anchor v1 events=N head=HEX`.
///
/// `N` is the sequence number of the last event (the number of events, since they run from 1 without gaps) and
/// `HEX` that event's hash, 64 lowercase hexadecimal digits (64 zeros for an empty register). A chain cannot see its
/// own tail cut off: a register whose write-ahead log was truncated, or an older copy put in its place, still
/// verifies. An anchor kept elsewhere can: the register *contains* the anchor when it has an event `N` whose hash
/// is `HEX`, and since every event's hash covers the one before it, it then holds every event the anchor's register
/// held up to `N`. `dsr audit anchor` prints one, `dsr backup` keeps the backup's beside it (`BACKUP.anchor`), and
/// `dsr audit verify --anchor LINE` or `--anchor-file PATH` fails when the register does not contain it
/// (`docs/security.md`, "Anchors").
public struct ChainAnchor: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The sequence number of the head event (0 for an empty register).
    public let events: Int64
    /// The head event's hash, lowercase hexadecimal.
    public let headHash: String

    /// The word that opens an anchor line, with its format version.
    public static let prefix = "dsr-anchor v1"

    /// An anchor of the head `events` with hash `headHash`, or `nil` if the number is negative or the hash is not
    /// 64 lowercase hexadecimal digits (all zeros exactly when `events` is 0).
    public init?(events: Int64, headHash: String) {
        let digits = headHash.utf8
        guard events >= 0, digits.count == 64,
            digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
            (events == 0) == (headHash == Self.genesis)
        else { return nil }
        self.events = events
        self.headHash = headHash
    }

    /// Reads an anchor line, `dsr-anchor v1 events=N head=HEX` (white space around it is ignored), or returns `nil`.
    public init?(parsing line: String) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
            .map { String($0) }
        guard words.count == 4, words[0] == "dsr-anchor", words[1] == "v1",
            words[2].hasPrefix("events="), words[3].hasPrefix("head=")
        else { return nil }
        let number = words[2].dropFirst(7)
        guard !number.isEmpty, number.allSatisfy({ ("0"..."9").contains($0) }), let events = Int64(number) else {
            return nil
        }
        self.init(events: events, headHash: String(words[3].dropFirst(5)))
    }

    /// The head of an empty register: no events, the hash of 64 zeros that stands before the first.
    public static let empty = ChainAnchor(checkedEvents: 0, headHash: genesis)

    private init(checkedEvents events: Int64, headHash: String) {
        self.events = events
        self.headHash = headHash
    }

    /// `dsr-anchor v1 events=N head=HEX`.
    public var description: String {
        "\(Self.prefix) events=\(events) head=\(headHash)"
    }

    /// The hash before the first event: 64 zeros.
    static let genesis = String(repeating: "0", count: 64)

    /// The anchors kept in a file, one per line (blank lines and lines starting with `#` are skipped), or in every
    /// `*.anchor` file of a folder (the files `dsr backup` writes).
    /// - Throws: ``ChainAnchorError`` if nothing is at `path`, a file cannot be read, a line is not an anchor, or a
    ///   folder holds no `.anchor` file.
    public static func read(from path: String) throws(ChainAnchorError) -> [ChainAnchor] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .missing(path: path)
        }
        guard isFolder.boolValue else { return try readFile(path) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadable(path: path)
        }
        let files = names.filter { $0.hasSuffix(".anchor") && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw .noAnchorFiles(folder: path) }
        var anchors: [ChainAnchor] = []
        for name in files {
            anchors += try readFile(URL(fileURLWithPath: path).appendingPathComponent(name).path)
        }
        return anchors
    }

    /// The anchors of one file.
    private static func readFile(_ path: String) throws(ChainAnchorError) -> [ChainAnchor] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path) }
        defer { try? handle.close() }
        // An anchor file holds a few lines; anything much larger is not one.
        let limit = 1 << 20
        guard let data = try? handle.read(upToCount: limit + 1) ?? Data() else { throw .unreadable(path: path) }
        guard data.count <= limit else { throw .malformed(path: path, line: nil) }
        guard let text = String(data: data, encoding: .utf8) else { throw .malformed(path: path, line: nil) }
        var anchors: [ChainAnchor] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let anchor = ChainAnchor(parsing: trimmed) else { throw .malformed(path: path, line: index + 1) }
            anchors.append(anchor)
        }
        guard !anchors.isEmpty else { throw .malformed(path: path, line: nil) }
        return anchors
    }
}
