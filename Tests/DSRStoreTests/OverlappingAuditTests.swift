import DSRCore
import DSRStore
import Foundation
import Testing

/// `dsr audit verify` runs SQLite's `quick_check` of a register file as a second job on the store's executor, on a
/// second connection, while the walk runs on the first: the report must be the one the walk alone gives with the
/// check on its own connection, for a sound file and for a damaged one.
struct OverlappingAuditTests {
    @Test func aSoundFileGivesTheSameReportEitherWay() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try Fixture.registerManyPages(at: path)
        let store = try SQLiteStore(path: path, create: false)
        let workflows = try WorkflowCatalog.builtIn()

        let alone = try store.verifyChain(replaying: workflows)
        let overlapping = try await store.verifyChain(replaying: workflows, anchors: [], checkingIdentityKey: false)

        #expect(alone.isIntact, "\(alone.problems)")
        #expect(overlapping == alone)
    }

    @Test(arguments: [9, 12])
    func aDamagedPageOnlyTheFileCheckSeesIsReportedEitherWay(page: Int) async throws {
        // Given a register with one of its pages zeroed on disk, which the walk does not read
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        try Fixture.registerManyPages(at: path)
        try Self.zero(page: page, of: path)

        // When it is verified with the check on the walk's connection and with the check overlapping
        let store = try SQLiteStore(path: path, create: false)
        let alone = try store.verifyChain()
        let overlapping = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)

        // Then both report the damage, as the same problems
        #expect(alone.problems.map(\.kind) == [.damagedFile])
        #expect(overlapping.problems == alone.problems)
    }

    /// Overwrites a page (counted from 1; 0 for the last) with zeros.
    private static func zero(page: Int, of path: String) throws {
        let url = URL(fileURLWithPath: path)
        var bytes = try [UInt8](Data(contentsOf: url))
        let pageSize = 4096
        let last = bytes.count / pageSize
        let chosen = page == 0 ? last : page
        for index in ((chosen - 1) * pageSize)..<(chosen * pageSize) { bytes[index] = 0 }
        try Data(bytes).write(to: url)
    }
}
