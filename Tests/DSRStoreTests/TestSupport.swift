import DSRCore
import DSRStore
import Foundation
import Testing

/// Pinned values and builders shared by the store tests.
enum Fixture {
    /// A fixed recording time, a whole second (2026-03-02T09:00:00Z), so that it survives the register's rounding.
    static let now = Date(timeIntervalSince1970: 1_772_442_000)

    /// Who records events in the tests.
    static let actor = "tester"

    /// The data subject of the tests; their name and e-mail must never appear in an error message.
    static let subject = DataSubject(
        name: "Maija Meikäläinen", email: "maija.meikalainen@example.fi",
        address: "Esimerkkikatu 1\n00100 Helsinki", phone: "+358 40 123 4567")

    /// A date that exists.
    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: year, month: month, day: day))
    }

    /// A writer on the store with the built-in workflows (``StoreWriter``).
    static func service(_ store: SQLiteStore) throws -> StoreWriter {
        StoreWriter(store: store, workflows: try WorkflowCatalog.builtIn())
    }

    /// A draft of a request received on `received`.
    static func draft(_ kind: RequestKind = .access, received: CivilDate, subject: DataSubject = Fixture.subject)
        -> RequestDraft
    {
        RequestDraft(kind: kind, subject: subject, received: received)
    }

    /// Registers a request received on `received`, recorded on the same day.
    @discardableResult
    static func register(
        _ service: StoreWriter, _ kind: RequestKind = .access, received: CivilDate,
        today: CivilDate? = nil
    ) throws -> RequestRecord {
        try service.register(draft(kind, received: received), actor: actor, now: now, today: today ?? received)
    }

    /// Makes a register at `path` of 40 access requests with long notes (many pages), and closes it.
    static func registerManyPages(at path: String) throws {
        let store = try SQLiteStore(path: path, create: true)
        let service = try Fixture.service(store)
        for index in 0..<40 {
            _ = try service.register(
                RequestDraft(
                    kind: .access, subject: subject, received: try day(2026, 3, 1 + index % 20),
                    note: String(repeating: "muistiinpano \(index) ", count: 40)),
                actor: actor, now: now, today: try day(2026, 3, 21))
        }
    }

    /// Applies an event on `on`, recorded on the same day.
    @discardableResult
    static func apply(
        _ service: StoreWriter, _ event: String, to caseNumber: CaseNumber, on: CivilDate,
        reason: String? = nil, grounds: [String] = []
    ) throws -> Transition {
        try service.apply(
            EventID(event), to: caseNumber,
            input: EventInput(on: on, reason: reason, grounds: grounds.map(GroundCode.init(rawValue:))),
            actor: actor, now: now, today: on)
    }
}

/// A fresh folder under the system's temporary folder, for the tests that need a real file.
struct TemporaryFolder {
    /// The folder's path.
    let path: String

    /// Creates the folder.
    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("dsr-store-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// The names of the files in a folder, sorted.
    func listing(_ subfolder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: subfolder.isEmpty ? path : file(subfolder)).sorted()
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A file's bytes and their SHA-256, to prove that the store left a file untouched.
struct FileSnapshot: Equatable {
    /// The file's SHA-256.
    let checksum: String
    /// The file's size.
    let size: Int

    /// Reads the file at `path`.
    init(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        checksum = SQLiteStore.sha256ForTesting(bytes)
        size = bytes.count
    }
}

/// The POSIX permission bits of a file or folder, for example `0o600`.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int) & 0o777
}

/// Collects values from several threads.
final class Collector<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []

    /// Adds a value.
    func add(_ value: Value) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    /// Everything added so far.
    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
