import DSRCore
import DSRStore
import Foundation
import Testing

/// A reader never blocks writers and never sees half a transaction: in WAL mode a read transaction works on a
/// snapshot, and writers go on committing beside it.
struct ReaderIsolationTests {
    @Test func longReadNeitherBlocksWritersNorSeesTheirChanges() throws {
        // Given a register with five requests, and a reader that holds one read transaction open
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let writerStore = try SQLiteStore(path: path, create: true)
        let service = try Fixture.service(writerStore)
        let received = try Fixture.day(2026, 3, 2)
        for _ in 0..<5 { try Fixture.register(service, received: received) }
        let reader = try SQLiteStore(path: path, create: false)
        let readerInside = DispatchSemaphore(value: 0)
        let writersDone = DispatchSemaphore(value: 0)
        let seen = Collector<Int>()
        let failures = Collector<String>()
        let readerThread = Thread {
            do {
                try reader.withReadTransactionForTesting { count in
                    seen.add(try count().requests)
                    readerInside.signal()
                    writersDone.wait()
                    let after = try count()
                    seen.add(after.requests)
                    seen.add(after.events)
                }
            } catch {
                failures.add(String(describing: error))
                readerInside.signal()
            }
        }
        readerThread.start()
        readerInside.wait()

        // When 20 more requests are registered while the read is open
        // (a writer the reader blocked would fail with "locked" after the 10-second busy timeout, and throw here)
        for _ in 0..<20 { try Fixture.register(service, received: received) }
        writersDone.signal()
        while seen.values.count < 3 && failures.values.isEmpty { Thread.sleep(forTimeInterval: 0.01) }

        // Then every write committed while the reader held its snapshot, and the reader saw the same five requests and
        // five events before and after: nothing of the writers' transactions
        #expect(failures.values.isEmpty, "\(failures.values)")
        #expect(seen.values == [5, 5, 5])
        #expect(try writerStore.records(RequestQuery()).count == 25)
    }
}
