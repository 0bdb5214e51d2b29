import DSRCore
import Foundation
import Testing

@testable import DSRStore

/// The bounded hand-over between the two halves of each walk of `dsr audit verify`.
struct WalkPipeTests {
    /// A batch of one item naming the case with sequence `number`.
    private func batch(_ number: Int) -> [CaseWalkItem] {
        [.missingRequest(CaseInProgress(caseNumber: CaseNumber(year: 2026, sequence: number), latestSequence: 1))]
    }

    /// The case numbers' sequences of a batch's items.
    private func numbers(_ batch: [CaseWalkItem]) -> [Int] {
        batch.map { item in
            switch item {
            case .missingRequest(let state): state.caseNumber.sequence
            case .request(let request, case: _): request.caseNumber?.sequence ?? -1
            }
        }
    }

    @Test func batchesPutFasterThanTakenArriveInOrderAndAllOfThem() throws {
        // Given a pipe of two batches and a thread putting two hundred, then finishing, then handing back a verifier
        let pipe = WalkPipe<[CaseWalkItem], ChainVerifier>(capacity: 2)
        let putter = Thread { [self] in
            for number in 1...200 { pipe.put(batch(number)) }
            pipe.finish()
        }
        putter.start()

        // Then the taker, slower than the putter, gets every batch once, in order, and then nil
        var taken: [Int] = []
        while let next = pipe.take() {
            taken += numbers(next)
            if taken.count % 50 == 0 { Thread.sleep(forTimeInterval: 0.01) }
        }
        #expect(taken == Array(1...200))
        #expect(pipe.take() == nil)
    }

    @Test func theResultWaitsForTheCheckingHalf() throws {
        // Given a checking half that counts what it takes and hands its verifier back
        let pipe = WalkPipe<[CaseWalkItem], ChainVerifier>(capacity: 1)
        let checking = Thread {
            var verifier = ChainVerifier()
            while let next = pipe.take() { verifier.requestsChecked += next.count }
            pipe.complete(verifier)
        }
        checking.start()
        for number in 1...20 { pipe.put(batch(number)) }
        pipe.finish()

        // Then the result is its verifier, after every batch
        #expect(pipe.result().requestsChecked == 20)
    }
}
