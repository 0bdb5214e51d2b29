import DSRCases
import DSRCore
import DSRStore
import Foundation
import Testing

/// A whole register copied into a new SQLite register file (``RegisterCopyWriter``, the backup of a PostgreSQL
/// register): every table's rows arrive unchanged, the copy verifies against the source's head, and it is usable.
struct RegisterCopyTests {
    /// A register with something in every table a copy holds: a controller profile, a refused request with its
    /// issued letter and the letter's dispatch, an attachment, a user with a token, and a case view.
    private static func populate(_ storage: any CaseStorage) async throws -> CaseService {
        let today = try Fixture.today(2026, 2, 22)
        let (service, letter) = try await DispatchFixture.refusedWithLetter(
            storage, refusedOn: try Fixture.day(2026, 2, 20), issuedOn: today)
        _ = try await service.recordSent(
            RecordSent(letter: letter, on: try Fixture.day(2026, 2, 21), via: .post, tracking: "JJFI1234"),
            actor: Fixture.actor, today: today)
        _ = try await service.attach(
            AttachFile(
                caseNumber: letter.caseNumber, content: Data("kopio".utf8), fileName: "kopio.txt", label: nil,
                sensitive: false, limit: .standard),
            actor: Fixture.actor, today: today)
        let user = try #require(UserName("kasittelija"))
        _ = try await service.addUser(
            AddUser(name: user, role: .handler, credential: .setupCode), actor: Fixture.actor, today: today)
        _ = try await service.createToken(CreateToken(user: user, label: "ci"), actor: Fixture.actor, today: today)
        try await service.recordCaseView(
            RecordCaseView(caseNumber: letter.caseNumber), actor: "kasittelija", today: today)
        return service
    }

    /// Every row of every table of `source`, in copy order.
    private static func contents(_ source: any RegisterCopySource) async throws -> (
        ChainAnchor, [String: [[RegisterValue]]]
    ) {
        let collected = Collected()
        let head = try await source.copyContents(batchSize: 2) { batch in collected.add(batch) }
        return (head, collected.tables)
    }

    @Test(arguments: StoreBackend.all(for: .backupStorage, wholeRegister: true))
    func aCopyHoldsEveryRowUnchangedAndVerifies(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let source = try #require(storage as? any RegisterCopySource, "\(backend.name) is not a copy source")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-copy-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            // Given a register with rows in every table
            _ = try await Self.populate(storage)
            let (head, rows) = try await Self.contents(source)
            for table in RegisterTable.all where table.name != "purgedTag" {
                #expect(!(rows[table.name] ?? []).isEmpty, "no \(table.name) rows to copy")
            }

            // When it is copied into a new SQLite register file
            let destination = folder.appendingPathComponent("copy.sqlite").path
            let made = try await SQLiteRegisterCopyWriter().writeRegister(
                copying: source, to: destination, replacing: false, workflows: try WorkflowCatalog.builtIn(),
                identityKeyLocation: nil)

            // Then the copy verifies, with the source's head, and its anchor is kept beside it
            #expect(made.report.isIntact, "\(made.report.problems)")
            #expect(made.report.anchor == head)
            #expect(try ChainAnchor.read(from: try #require(made.anchorLocation)) == [head])

            // And it holds every row as the source does
            let copy = try SQLiteStore(path: destination, create: false)
            let (copiedHead, copied) = try await Self.contents(copy)
            #expect(copiedHead == head)
            for table in RegisterTable.all {
                #expect(copied[table.name] ?? [] == rows[table.name] ?? [], "\(table.name) differs")
            }

            // And it is a working register: its search index was rebuilt, and it takes a new request
            let service = try Fixture.service(copy)
            #expect(
                try await service.search(SearchCases(text: "Meikäläinen", asOf: try Fixture.day(2026, 3, 2))).count == 1
            )
            _ = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 3, 2))),
                actor: Fixture.actor, today: try Fixture.today())
            #expect(try await service.verifyAudit(VerifyAudit(checkIdentityKey: false)).problems.isEmpty)

            // And a copy over an existing file is refused unless asked
            await #expect(throws: BackupError.destinationExists(path: destination, isRegister: false)) {
                _ = try await SQLiteRegisterCopyWriter().writeRegister(
                    copying: source, to: destination, replacing: false, workflows: nil, identityKeyLocation: nil)
            }
        }
    }
}

extension RegisterCopyTests {
    @Test func aRegisterMigratesIntoAnEmptyPostgreSQLRegisterAndBackUnchanged() async throws {
        guard let postgreSQL = StoreBackend.postgreSQL else { return }  // StoreBackend printed that it is skipped
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflows = try WorkflowCatalog.builtIn()
        try await StoreBackend.sqliteFile.withStorage { sqlite in
            try await postgreSQL.withStorage { target in
                // Given an SQLite register with rows in every table, and an empty PostgreSQL register
                _ = try await Self.populate(sqlite)
                let source = try #require(sqlite as? any CaseStorage & RegisterCopySource)
                let (head, rows) = try await Self.contents(source)
                let into = try #require(target as? any CaseStorage & RegisterCopyTarget & RegisterCopySource)

                // When the SQLite register is migrated into it
                let progress = Collected()
                let made = try await RegisterMigration.copy(
                    from: source, into: into, workflows: workflows,
                    progress: {
                        progress.add(RegisterRows(table: .caseCounter, rows: [[.integer(Int64($0.totalRows))]]))
                    })

                // Then both verify with the source's head, every row arrived unchanged, and progress was reported
                #expect(made.isIntact, "\(made.source.problems) \(made.target.problems)")
                #expect(made.head == head)
                let (copiedHead, copied) = try await Self.contents(into)
                #expect(copiedHead == head)
                for table in RegisterTable.all {
                    #expect(copied[table.name] ?? [] == rows[table.name] ?? [], "\(table.name) differs")
                }
                #expect(made.rows == rows.values.map(\.count).reduce(0, +))
                #expect(!(progress.tables[RegisterTable.caseCounter.name] ?? []).isEmpty)

                // And the PostgreSQL register works: it searches the copied requests and numbers the next one on
                let service = try Fixture.service(target)
                #expect(
                    try await service.search(SearchCases(text: "Meikäläinen", asOf: try Fixture.day(2026, 3, 2))).count
                        == 1)
                let next = try await service.register(
                    RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 3, 2))),
                    actor: Fixture.actor, today: try Fixture.today())
                #expect(next.record.caseNumber == CaseNumber(year: 2026, sequence: 2))

                // And a second migration into it is refused, leaving it as it was
                let before = try await target.chainAnchor()
                await #expect(throws: RegisterNotEmpty.self) {
                    _ = try await RegisterMigration.copy(
                        from: source, into: into, workflows: workflows, progress: { _ in })
                }
                #expect(try await target.chainAnchor() == before)

                // And it migrates back into a new SQLite file, which verifies with its head
                let back = folder.appendingPathComponent("back.sqlite").path
                let returned = try await RegisterMigration.copy(
                    from: into, toFile: back, writer: SQLiteRegisterCopyWriter(), workflows: workflows,
                    progress: { _ in })
                #expect(returned.isIntact, "\(returned.source.problems) \(returned.target.problems)")
                #expect(returned.head == before)
            }
        }
    }
}

/// Rows collected from a copy source, table by table.
private final class Collected: @unchecked Sendable {
    /// Guards ``tables``.
    private let lock = NSLock()
    /// The rows so far, by table name.
    private var rows: [String: [[RegisterValue]]] = [:]

    /// Adds a batch.
    func add(_ batch: RegisterRows) {
        lock.withLock { rows[batch.table.name, default: []].append(contentsOf: batch.rows) }
    }

    /// The rows collected.
    var tables: [String: [[RegisterValue]]] { lock.withLock { rows } }
}
