import DSRCore
import Foundation
import Testing

@testable import DSRStore

/// The access log's group commit (issue 18, the case page under load): concurrent views share transactions, every
/// view is recorded in the order its caller came, and each caller hears of its own view's failure.
struct CaseViewGroupCommitTests {
    /// A view of case 2026-`sequence` by `actor`.
    static func view(_ sequence: Int, _ actor: String = Fixture.actor) -> CaseView {
        CaseView(caseNumber: CaseNumber(year: 2026, sequence: sequence), actor: actor, viewedAt: Fixture.now)
    }

    /// Waits until `condition` holds. There is no time limit: in the whole suite, hundreds of tests share the
    /// machine's threads, and the group commit's queue was seen to wait more than 5 minutes for a thread (alone, the
    /// condition holds within milliseconds); a group commit that never wrote would hang the test, not pass it.
    static func eventually(_ condition: () -> Bool) async throws {
        while !condition() {
            try await Task.sleep(nanoseconds: 1_000_000)
        }
    }

    /// A register file with three requests, and the folder to remove.
    static func register() throws -> (SQLiteStore, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)
        let service = try Fixture.service(store)
        for _ in 0..<3 { try Fixture.register(service, received: try Fixture.day(2026, 3, 2)) }
        return (store, folder)
    }

    /// Holds a batch writer inside its transaction until the test lets it go.
    final class Gate: @unchecked Sendable {
        private let lock = NSLock()
        private var entries = 0
        private let release = DispatchSemaphore(value: 0)

        /// Called by the writer: waits until ``open()``.
        func hold() {
            lock.lock()
            entries += 1
            lock.unlock()
            release.wait()
        }

        /// How many times a writer came to the gate.
        var held: Int {
            lock.lock()
            defer { lock.unlock() }
            return entries
        }

        /// Lets one writer on.
        func open() { release.signal() }
    }

    @Test func viewsThatComeWhileABatchIsWrittenShareTheNextTransactionInTheirOrder() async throws {
        // Given a group commit whose first transaction is held until the test lets it go
        let commit = CaseViewGroupCommit()
        let batches = Collector<[String]>()
        let gate = Gate()
        let writer: CaseViewGroupCommit.BatchWriter = { views in
            if views.first?.actor == "v0" { gate.hold() }
            batches.add(views.map(\.actor))
            return views.map { _ in .success(()) }
        }
        let first = Task { try await commit.append(Self.view(1, "v0"), writingWith: writer) }
        try await Self.eventually { gate.held == 1 }

        // When nine more views come one after another while it is being written
        var others: [Task<Void, any Error>] = []
        for index in 1...9 {
            others.append(Task { try await commit.append(Self.view(1, "v\(index)"), writingWith: writer) })
            try await Self.eventually { commit.waiting == index }
        }
        gate.open()
        try await first.value
        for task in others { try await task.value }

        // Then they were written together in a second transaction, in the order they came
        #expect(batches.values == [["v0"], (1...9).map { "v\($0)" }])
        #expect(commit.waiting == 0)
    }

    @Test func aFailedViewFailsOnlyItsCallerAndAFailedTransactionEveryCallerOfItsBatch() async throws {
        // Given a group commit whose writer refuses a view of case 7 alone and a whole batch holding case 9, and
        // holds every batch that starts with a view of case 1 until the test lets it go
        struct Refused: Error, Equatable { var sequence: Int }
        let commit = CaseViewGroupCommit()
        let gate = Gate()
        let writer: CaseViewGroupCommit.BatchWriter = { views in
            if views.first?.caseNumber.sequence == 1 { gate.hold() }
            if views.contains(where: { $0.caseNumber.sequence == 9 }) { throw Refused(sequence: 9) }
            return views.map { view in
                view.caseNumber.sequence == 7 ? .failure(Refused(sequence: 7)) : .success(())
            }
        }

        // When views of cases 7 and 2 share a batch, and then views of cases 3 and 9 share one
        var outcomes: [Int: String] = [:]
        for pair in [[7, 2], [3, 9]] {
            let holder = Task { try await commit.append(Self.view(1), writingWith: writer) }
            try await Self.eventually { gate.held == outcomes.count / 2 + 1 }
            var tasks: [(Int, Task<Void, any Error>)] = []
            for sequence in pair {
                tasks.append((sequence, Task { try await commit.append(Self.view(sequence), writingWith: writer) }))
                try await Self.eventually { commit.waiting == tasks.count }
            }
            gate.open()
            try await holder.value
            for (sequence, task) in tasks {
                do {
                    try await task.value
                    outcomes[sequence] = "recorded"
                } catch let error as Refused {
                    outcomes[sequence] = "refused for case \(error.sequence)"
                }
            }
        }

        // Then case 7's caller alone got its error in the first, and both callers of the second got the batch's
        #expect(
            outcomes == [
                7: "refused for case 7", 2: "recorded", 3: "refused for case 9", 9: "refused for case 9",
            ])
    }

    @Test func everyConcurrentViewIsInTheRegistersLogAndEachCallersOwnViewsKeepTheirOrder() async throws {
        // Given a register file with three requests
        let (store, folder) = try Self.register()
        defer { folder.remove() }

        // When eight viewers each view the cases 25 times, one view after another, all at the same time
        let viewers = 8
        let perViewer = 25
        try await withThrowingTaskGroup(of: Void.self) { group in
            for viewer in 0..<viewers {
                group.addTask {
                    for index in 0..<perViewer {
                        try await store.recordCaseView(Self.view(1 + index % 3, "viewer\(viewer)-\(index)"))
                    }
                }
            }
            try await group.waitForAll()
        }

        // Then every view is in the log once, and each viewer's views are in the order they were made
        let log = try await store.caseViews(of: nil, after: 0, limit: 1_000)
        #expect(log.count == viewers * perViewer)
        #expect(log.map(\.position) == Array(1...Int64(viewers * perViewer)))
        for viewer in 0..<viewers {
            let own = log.filter { $0.actor.hasPrefix("viewer\(viewer)-") }.map(\.actor)
            #expect(own == (0..<perViewer).map { "viewer\(viewer)-\($0)" })
        }
        #expect(log.allSatisfy { $0.caseNumber.sequence == 1 + (Int($0.actor.split(separator: "-")[1]) ?? -1) % 3 })
    }

    @Test func aViewOfAnUnknownCaseFailsAloneAmongConcurrentViews() async throws {
        // Given a register file with three requests
        let (store, folder) = try Self.register()
        defer { folder.remove() }

        // When views of the three cases and of a case that does not exist are recorded at the same time
        let outcomes = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            for sequence in [1, 2, 99, 3] {
                group.addTask {
                    do {
                        try await store.recordCaseView(Self.view(sequence))
                        return (sequence, true)
                    } catch let error as StoreError {
                        #expect(error == .unknownCase(CaseNumber(year: 2026, sequence: sequence)))
                        return (sequence, false)
                    }
                }
            }
            var outcomes: [Int: Bool] = [:]
            for try await (sequence, recorded) in group { outcomes[sequence] = recorded }
            return outcomes
        }

        // Then the unknown case's caller got the error and the three others' views are in the log
        #expect(outcomes == [1: true, 2: true, 3: true, 99: false])
        let logged = try await store.caseViews(of: nil, after: 0, limit: 10).map(\.caseNumber.sequence)
        #expect(logged.sorted() == [1, 2, 3])
    }
}
