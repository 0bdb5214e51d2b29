import DSRCore
import Foundation
import Testing

/// The hand-over between an import's halves and to its reader: the producer is never more than `capacity` elements
/// ahead, the elements arrive in order, and a consumer that stops ends the producer's sends.
struct BoundedStreamTests {
    /// Counts the elements sent, from the producing task.
    actor Counter {
        private(set) var sent = 0
        private(set) var refused = false

        func add() { sent += 1 }
        func refuse() { refused = true }
    }

    @Test func theProducerWaitsWhenCapacityElementsAreUnreadAndTheyArriveInOrder() async throws {
        let counter = Counter()
        let stream = BoundedStream<Int>.run(capacity: 4) { sender in
            for value in 0..<100 {
                guard await sender.send(value) else { return }
                await counter.add()
            }
        }
        // Until the consumer asks, the producer sends at most 4 (it reaches 4, and stays there)
        var waited = 0
        while await counter.sent < 4, waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(await counter.sent == 4)

        // Then every element arrives, in order
        var received: [Int] = []
        for try await value in stream { received.append(value) }
        #expect(received == Array(0..<100))
    }

    @Test func aConsumerThatStopsEndsTheProducersSends() async throws {
        let counter = Counter()
        // The stream is made and dropped inside: the consumer reads three elements and lets go
        func firstThree() async throws -> [Int] {
            let stream = BoundedStream<Int>.run(capacity: 2) { sender in
                for value in 0..<1_000_000 {
                    guard await sender.send(value) else {
                        await counter.refuse()
                        return
                    }
                }
            }
            var first: [Int] = []
            for try await value in stream {
                first.append(value)
                if first.count == 3 { break }
            }
            return first
        }
        let first = try await firstThree()
        #expect(first == [0, 1, 2])
        var waited = 0
        while await !counter.refused, waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(await counter.refused)
    }

    @Test func theProducersErrorComesAfterTheElementsSentBeforeIt() async throws {
        struct Broken: Error, Equatable {}
        let stream = BoundedStream<Int>.run(capacity: 8) { sender in
            _ = await sender.send(1)
            _ = await sender.send(2)
            throw Broken()
        }
        var received: [Int] = []
        await #expect(throws: Broken()) {
            for try await value in stream { received.append(value) }
        }
        #expect(received == [1, 2])
    }
}
