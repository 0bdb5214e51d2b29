import DSRCore
import Foundation
import Testing

@testable import DSRStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The stamp that spares a process the full integrity check when only dsr has touched the register since the last
/// process that changed it, and that any other write invalidates.
struct IntegrityStampTests {
    /// Registers a request in a register at `path` and lets the store go, as a dsr command does when it ends.
    private func registerOnce(at path: String) throws {
        let store = try SQLiteStore(path: path, create: true)
        try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2))
    }

    /// Sets a file's access and modification times, as a tool covering its tracks would.
    private func putBack(_ time: IntegrityStamp.Timestamp, on path: String) throws {
        let value = timespec(tv_sec: Int(time.seconds), tv_nsec: Int(time.nanoseconds))
        var times = [value, value]
        try #require(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    @Test func aChangeLeavesAPrivateStampOfTheClosedFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")

        try registerOnce(at: path)

        #expect(try folder.listing() == ["register.sqlite", "register.sqlite.checked"])
        #expect(try permissions(folder.file("register.sqlite.checked")) == 0o600)
        #expect(IntegrityStamp.trusted(forRegister: path, now: IntegrityGuard.systemClock()) != nil)
        let line = try String(contentsOfFile: folder.file("register.sqlite.checked"), encoding: .utf8)
        #expect(line.hasPrefix("dsr-integrity-stamp-v1 "))
    }

    @Test func readingOrAFailedChangeLeavesNoStamp() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        do {
            let store = try SQLiteStore(path: path, create: true)
            let service = try Fixture.service(store)
            _ = try store.records(RequestQuery())
            #expect(throws: (any Error).self) {
                try Fixture.apply(
                    service, "acknowledge", to: CaseNumber(year: 2026, sequence: 1),
                    on: try Fixture.day(2026, 3, 2))
            }
        }
        #expect(try folder.listing() == ["register.sqlite"])
    }

    @Test func theNextChangeTrustsACurrentStampAndChecksAStaleOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try registerOnce(at: path)
        var checks = 0

        // A current stamp: the check is not run
        try IntegrityGuard(registerPath: path, connection: nil).ensure { checks += 1 }
        #expect(checks == 0)

        // The file written by something else, its modification time put back: the status-change time differs
        let before = try #require(IntegrityStamp.fileState(ofRegister: path))
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 8192)
        try handle.write(contentsOf: Data(repeating: 0, count: 16))
        try handle.close()
        try putBack(before.modified, on: path)
        #expect(IntegrityStamp.fileState(ofRegister: path)?.modified == before.modified)
        try IntegrityGuard(registerPath: path, connection: nil).ensure { checks += 1 }
        #expect(checks == 1)
    }

    @Test func aFullCheckIsTrustedForADayAndTheStampCarriesItsTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try registerOnce(at: path)
        let stamp = try #require(IntegrityStamp.recorded(forRegister: path))
        var checks = 0

        // Within the day: trusted, and a change made now passes the same check time on
        for offset: Int64 in [0, 3_600, IntegrityStamp.maximumAge - 1] {
            try IntegrityGuard(registerPath: path, connection: nil, clock: { stamp.checkedAt + offset }).ensure {
                checks += 1
            }
        }
        #expect(checks == 0)
        do {
            let store = try SQLiteStore(path: path, create: false)
            try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 3))
        }
        let next = try #require(IntegrityStamp.recorded(forRegister: path))
        #expect(next.checkedAt == stamp.checkedAt)
        #expect(next.file != stamp.file)

        // A day after the full check, or a check time in the future (the clock was set back): the full check again
        for offset: Int64 in [IntegrityStamp.maximumAge, -1] {
            try IntegrityGuard(registerPath: path, connection: nil, clock: { stamp.checkedAt + offset }).ensure {
                checks += 1
            }
        }
        #expect(checks == 2)
    }

    @Test func aLogWithContentOrAMissingStampMeansTheFullCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try registerOnce(at: path)
        var checks = 0

        try Data([1]).write(to: URL(fileURLWithPath: path + "-wal"))
        try IntegrityGuard(registerPath: path, connection: nil).ensure { checks += 1 }
        #expect(checks == 1)

        try FileManager.default.removeItem(atPath: path + "-wal")
        try FileManager.default.removeItem(atPath: IntegrityStamp.path(forRegister: path))
        try IntegrityGuard(registerPath: path, connection: nil).ensure { checks += 1 }
        #expect(checks == 2)
    }

    @Test func aDamagedFileWhoseTimesWerePutBackIsStillRefused() throws {
        // Given a register changed by dsr (so stamped), then damaged on disk with its modification time put back
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try Fixture.registerManyPages(at: path)
        let stamp = try #require(IntegrityStamp.recorded(forRegister: path)).file
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for index in (bytes.count - 4096)..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try putBack(stamp.modified, on: path)
        let before = try FileSnapshot(path)

        // When dsr opens it and tries to register a request
        #expect {
            let store = try SQLiteStore(path: path, create: false)
            try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 21))
        } throws: { error in
            let message = (error as? StoreError)?.errorDescription ?? ""
            return message.contains("damaged") || message.contains("not a dsr register")
        }

        // Then the file is byte for byte as it was
        #expect(try FileSnapshot(path) == before)
    }

    @Test func stampLinesRoundTripAndAnythingElseIsRefused() throws {
        let stamp = IntegrityStamp(
            file: .init(
                device: 65024, inode: 42, size: 98304,
                modified: .init(seconds: 1_795_303_032, nanoseconds: 513_648_265),
                changed: .init(seconds: 1_795_303_033, nanoseconds: 1)),
            checkedAt: 1_795_303_030)
        #expect(IntegrityStamp(line: stamp.line) == stamp)
        #expect(IntegrityStamp(line: stamp.line + "\n") == stamp)
        for line in [
            "", "dsr-integrity-stamp-v1", "dsr-integrity-stamp-v2 1 2 3 4 5 6 7 8",
            "dsr-integrity-stamp-v1 1 2 3 4 5 6 7",
            "dsr-integrity-stamp-v1 1 2 3 4 5 6 7 x", "dsr-integrity-stamp-v1 1 2 3 4 5 6 7 8 9",
        ] {
            #expect(IntegrityStamp(line: line) == nil, "\(line)")
        }
    }
}
