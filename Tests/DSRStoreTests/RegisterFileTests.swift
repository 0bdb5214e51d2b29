import DSRCore
import DSRStore
import Foundation
import Testing

/// Creating, opening and refusing register files: permissions, missing files, foreign or damaged files and newer
/// schemas, which must all be left byte for byte as they were.
struct RegisterFileTests {
    /// Kinds of file that are not a usable dsr register.
    enum Foreign: String, CaseIterable, CustomTestStringConvertible {
        case randomBytes, emptyFile, textFile, otherProgramsDatabase, registerWithoutApplicationID
        case truncatedAtPageBoundary, truncatedMidPage, headerOnly

        var testDescription: String { rawValue }
    }

    @Test func newRegisterIsPrivateToItsOwner() throws {
        // Given a path under folders that do not exist yet
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("a/b/register.sqlite")

        // When the register is created and written
        do {
            let store = try SQLiteStore(path: path, create: true)
            #expect(store.path == path)
            try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2))

            // Then the file, its WAL and the new folders are readable by the owner only
            #expect(try permissions(path) == 0o600)
            #expect(try permissions(path + "-wal") == 0o600)
            #expect(try permissions(folder.file("a")) == 0o700)
            #expect(try permissions(folder.file("a/b")) == 0o700)
        }

        // And once closed, only the register and its integrity stamp remain, both private: no temporary file, no WAL
        #expect(try folder.listing("a/b") == ["register.sqlite", "register.sqlite.checked"])
        #expect(try permissions(path + ".checked") == 0o600)
    }

    @Test func reopenedRegisterKeepsItsRequests() throws {
        // Given a register written and closed
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let record = try makeRegister(at: path, requests: 1)[0]

        // When it is opened again without create
        let store = try SQLiteStore(path: path, create: false)

        // Then its request and history are there, and the chain verifies
        #expect(try store.record(record.caseNumber) == record)
        #expect(try store.events(of: record.caseNumber).count == 1)
        #expect(try store.verifyChain().isIntact)
        // And creating it again opens the same register
        #expect(try SQLiteStore(path: path, create: true).record(record.caseNumber) == record)
    }

    @Test func missingFileWithoutCreateIsReportedAndNotCreated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("elsewhere/register.sqlite")

        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path, create: false) }

        #expect(error == .missing(path: path))
        #expect(error.category == .notFound)
        #expect(try folder.listing().isEmpty)
    }

    @Test func folderIsNotOpenedAsARegister() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: folder.path, create: true) }

        guard case .cannotOpen(let path, _) = error else {
            Issue.record("expected cannotOpen, got \(error)")
            return
        }
        #expect(path == folder.path)
        #expect(error.category == .storage)
    }

    @Test(arguments: Foreign.allCases)
    func fileThatIsNotARegisterIsRefusedUntouched(_ kind: Foreign) throws {
        // Given a file that is not a usable dsr register
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try make(kind, at: path)
        let before = try FileSnapshot(path)
        let listing = try folder.listing()

        for create in [false, true] {
            // When dsr opens it, with or without create
            let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path, create: create) }

            // Then it is refused as not a register, and neither it nor its folder changed
            #expect(error == .notARegister(path: path))
            #expect(error.category == .storage)
            #expect(try FileSnapshot(path) == before)
            #expect(try folder.listing() == listing)
        }
    }

    @Test func registerOfANewerSchemaIsRefusedUntouched() throws {
        // Given a register that a newer dsr has moved to the schema version after this one
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try makeRegister(at: path, requests: 2)
        let newer = SQLiteStore.schemaVersion + 1
        try tamper(path, "PRAGMA user_version = \(newer)")
        let before = try FileSnapshot(path)
        let listing = try folder.listing()

        for create in [false, true] {
            // When this dsr opens it
            let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path, create: create) }

            // Then it is refused and left as it was
            #expect(error == .newerSchema(path: path, found: "version \(newer)"))
            #expect(try FileSnapshot(path) == before)
            #expect(try folder.listing() == listing)
        }
    }

    @Test func registerWithAnUnknownMigrationIsRefusedUntouched() throws {
        // Given a register with a migration this dsr does not know
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try makeRegister(at: path, requests: 2)
        try tamper(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v2-future')")
        let before = try FileSnapshot(path)

        // When this dsr opens it
        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path, create: false) }

        // Then it is refused and the database file is unchanged
        #expect(error == .newerSchema(path: path, found: "migrations v2-future"))
        #expect(try FileSnapshot(path) == before)
    }

    // MARK: - Helpers

    /// Creates a register at `path` with `requests` requests and closes it.
    @discardableResult
    private func makeRegister(at path: String, requests: Int) throws -> [RequestRecord] {
        let store = try SQLiteStore(path: path, create: true)
        let service = try Fixture.service(store)
        var records: [RequestRecord] = []
        for index in 0..<requests {
            records.append(
                try Fixture.register(
                    service, received: try Fixture.day(2026, 1, 1 + index % 28),
                    today: try Fixture.day(2026, 3, 2)))
        }
        return records
    }

    /// Changes a closed register behind dsr's back and closes it again.
    private func tamper(_ path: String, _ sql: String) throws {
        let store = try SQLiteStore(path: path, create: false)
        try store.tamperForTesting(sql)
    }

    /// Writes a file of the given kind at `path`.
    private func make(_ kind: Foreign, at path: String) throws {
        let url = URL(fileURLWithPath: path)
        switch kind {
        case .randomBytes:
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try Data(bytes).write(to: url)
        case .emptyFile:
            try Data().write(to: url)
        case .textFile:
            try Data("case;name\n2026-0001;Maija Meikäläinen\n".utf8).write(to: url)
        case .otherProgramsDatabase:
            try Data(Self.emptySQLiteDatabase()).write(to: url)
        case .registerWithoutApplicationID:
            try makeRegister(at: path, requests: 1)
            try tamper(path, "PRAGMA application_id = 0")
        case .truncatedAtPageBoundary:
            try truncateRegister(at: path) { size in size / 2 / 4096 * 4096 }
        case .truncatedMidPage:
            try truncateRegister(at: path) { size in size - 1000 }
        case .headerOnly:
            try truncateRegister(at: path) { _ in 100 }
        }
    }

    /// Writes a register of 30 requests at `path`, then cuts it to the length `length` gives for its size.
    private func truncateRegister(at path: String, to length: (Int) -> Int) throws {
        try makeRegister(at: path, requests: 30)
        let url = URL(fileURLWithPath: path)
        let bytes = try Data(contentsOf: url)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let kept = length(bytes.count)
        #expect(kept >= 100 && kept < bytes.count)
        try Data(bytes.prefix(kept)).write(to: url)
    }

    /// A valid, empty SQLite database as another program would create it: one 4096-byte page, application id 0.
    ///
    /// See <https://www.sqlite.org/fileformat.html#the_database_header>.
    private static func emptySQLiteDatabase() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 4096)
        func put(_ value: UInt32, at offset: Int, width: Int) {
            for index in 0..<width {
                bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(width - 1 - index)))
            }
        }
        bytes.replaceSubrange(0..<16, with: Array("SQLite format 3\0".utf8))
        put(4096, at: 16, width: 2)  // page size
        put(1, at: 18, width: 1)  // write version: legacy
        put(1, at: 19, width: 1)  // read version: legacy
        put(64, at: 21, width: 1)  // maximum embedded payload fraction
        put(32, at: 22, width: 1)  // minimum embedded payload fraction
        put(32, at: 23, width: 1)  // leaf payload fraction
        put(1, at: 24, width: 4)  // change counter
        put(1, at: 28, width: 4)  // size in pages
        put(4, at: 44, width: 4)  // schema format
        put(1, at: 56, width: 4)  // UTF-8
        put(1, at: 92, width: 4)  // version-valid-for
        put(3_040_001, at: 96, width: 4)  // SQLite version
        put(0x0D, at: 100, width: 1)  // page 1: an empty leaf table b-tree
        put(4096, at: 105, width: 2)  // start of the cell content area
        return bytes
    }
}
