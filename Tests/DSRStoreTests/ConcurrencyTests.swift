import DSRCore
import DSRStore
import Foundation
import Testing

/// Several writers on one register file, each through its own `SQLiteStore` (as separate dsr processes would be):
/// nothing is lost and no case number is given twice.
struct ConcurrencyTests {
    @Test func concurrentWritersNumberCasesWithoutGapsOrDuplicates() throws {
        // Given a register file
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        _ = try SQLiteStore(path: path, create: true)
        let writers = 4
        let perWriter = 15
        let received = try Fixture.day(2026, 3, 2)

        // When several writers each register requests at the same time through their own connection
        let numbers = Collector<CaseNumber>()
        let failures = Collector<String>()
        DispatchQueue.concurrentPerform(iterations: writers) { _ in
            do {
                let service = try Fixture.service(try SQLiteStore(path: path, create: false))
                for _ in 0..<perWriter {
                    numbers.add(try Fixture.register(service, received: received).caseNumber)
                }
            } catch {
                failures.add(String(describing: error))
            }
        }

        // Then every request was stored, numbered 1...total exactly once, and the chain is intact
        #expect(failures.values.isEmpty)
        let total = writers * perWriter
        #expect(numbers.values.map(\.sequence).sorted() == Array(1...total))
        let store = try SQLiteStore(path: path, create: false)
        let stored = try store.records(RequestQuery())
        #expect(stored.map(\.caseNumber.sequence) == Array(1...total))
        let report = try store.verifyChain()
        #expect(report.isIntact)
        #expect(report.eventsChecked == total)
    }

    @Test func concurrentCreationMakesOneRegister() throws {
        // Given a path where nothing exists yet
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("new/register.sqlite")
        let writers = 4
        let received = try Fixture.day(2026, 3, 2)

        // When several dsr commands create it and register a request at the same moment
        let numbers = Collector<Int>()
        let failures = Collector<String>()
        DispatchQueue.concurrentPerform(iterations: writers) { _ in
            do {
                let service = try Fixture.service(try SQLiteStore(path: path, create: true))
                numbers.add(try Fixture.register(service, received: received).caseNumber.sequence)
            } catch {
                failures.add(String(describing: error))
            }
        }

        // Then they all used the same register
        #expect(failures.values.isEmpty)
        #expect(numbers.values.sorted() == Array(1...writers))
        #expect(try SQLiteStore(path: path, create: false).verifyChain().eventsChecked == writers)
    }
}
