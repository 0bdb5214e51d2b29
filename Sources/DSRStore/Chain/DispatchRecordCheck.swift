import DSRCore

/// The check of letters' dispatch records against the chain, shared by both backends' verifiers: each dispatch row
/// (`letterDispatch`, `letter_dispatch`) must be what its `letter-sent` or `letter-delivered` event recorded (case,
/// letter, kind, day, channel), each such event must have its row, and the start of dispatch records
/// (`dispatchTracking`, `dispatch_tracking`: one row, the first event from which dispatch is recorded) must lie
/// within the log and before every dispatch event (`dsr sent` came with the dispatch records, so no dispatch event
/// can come before their start).
///
/// The verifier feeds it the dispatch events during its one walk of the log (``event(sequence:caseNumber:name:on:data:)``)
/// and then the rows of the small dispatch table (``row(eventSequence:caseNumber:letter:kind:on:via:)``); it keeps
/// only the dispatch events and rows, never personal data (a tracking code stays in the event's personal data).
public struct DispatchRecordCheck: Sendable {
    /// What a dispatch event or row says: its case, letter, kind (`sent`, `delivered`), day and channel.
    struct Record: Equatable, Sendable {
        var caseNumber: CaseNumber?
        var letter: Int?
        var kind: String
        var on: String
        var via: String?
    }

    /// The dispatch events by sequence number.
    private var events: [Int64: Record] = [:]
    /// The dispatch rows by the event they name.
    private var rows: [Int64: Record] = [:]
    /// Rows that name the same event as an earlier row (the table's key forbids it; with the key dropped).
    private var duplicateRows: [Int64] = []

    /// An empty check.
    public init() {}

    /// The kind of dispatch an event of this name records (`sent`, `delivered`), or `nil` for any other event.
    public static func kind(ofEventNamed name: String) -> String? {
        switch name {
        case SystemEvent.letterSent.rawValue: "sent"
        case SystemEvent.letterDelivered.rawValue: "delivered"
        default: nil
        }
    }

    /// Notes an event of the log; only `letter-sent` and `letter-delivered` are kept. `data` is the event's data as
    /// the chain holds it (its public form: the letter and the channel are not personal data).
    public mutating func event(sequence: Int64, caseNumber: CaseNumber?, name: String, on: String, data: String) {
        guard let kind = Self.kind(ofEventNamed: name) else { return }
        let recorded = EventEntry.decodeCanonicalJSON(LetterDispatchData.self, from: data)
        events[sequence] = Record(
            caseNumber: caseNumber, letter: recorded?.letter, kind: kind, on: on, via: recorded?.via?.rawValue)
    }

    /// Notes a dispatch row.
    public mutating func row(
        eventSequence: Int64, caseNumber: CaseNumber, letter: Int, kind: String, on: String, via: String?
    ) {
        let record = Record(caseNumber: caseNumber, letter: letter, kind: kind, on: on, via: via)
        if rows.updateValue(record, forKey: eventSequence) != nil { duplicateRows.append(eventSequence) }
    }

    /// Every mismatch, by event: rows without their event or disagreeing with it, dispatch events without their row
    /// or before the start of dispatch records, and a start (`firstTrackedEvents`, every row of the tracking table)
    /// that is not one event within the log of `lastSequence` events.
    public func problems(firstTrackedEvents: [Int64], lastSequence: Int64) -> [ChainProblem] {
        var problems: [ChainProblem] = []
        func report(_ sequence: Int64?, _ caseNumber: CaseNumber?, _ detail: String) {
            problems.append(
                ChainProblem(kind: .dispatchMismatch, sequence: sequence, caseNumber: caseNumber, detail: detail))
        }
        let firstTracked: Int64?
        if firstTrackedEvents.count != 1 {
            report(
                nil, nil,
                "the start of dispatch records has \(firstTrackedEvents.count) rows instead of one (deleted or "
                    + "inserted behind dsr's back): which letters count as sent on the day they bear is unknown")
            firstTracked = nil
        } else if firstTrackedEvents[0] < 1 || firstTrackedEvents[0] > lastSequence + 1 {
            report(
                nil, nil,
                "the start of dispatch records names event \(firstTrackedEvents[0]), outside the log of "
                    + "\(lastSequence) event(s) (changed behind dsr's back): letters issued before it count as sent")
            firstTracked = nil
        } else {
            firstTracked = firstTrackedEvents[0]
        }
        for sequence in Set(events.keys).union(rows.keys).sorted() {
            let event = events[sequence]
            let row = rows[sequence]
            let caseNumber = event?.caseNumber ?? row?.caseNumber
            let letter = (row?.letter ?? event?.letter).map { number in
                caseNumber.map { "letter \($0)/L\(number)" } ?? "letter L\(number)"
            }
            let what = "the \(row?.kind ?? event?.kind ?? "dispatch") record of \(letter ?? "a letter")"
            guard let event else {
                report(
                    sequence, caseNumber,
                    "\(what) names this event, which is not a letter-sent or letter-delivered event (inserted "
                        + "behind dsr's back)")
                continue
            }
            if let firstTracked, sequence < firstTracked {
                report(
                    sequence, caseNumber,
                    "this letter-\(event.kind) event comes before the start of dispatch records (event "
                        + "\(firstTracked)), which no dispatch event can (the start was moved behind dsr's back)")
            }
            guard let row else {
                report(
                    sequence, caseNumber,
                    "this letter-\(event.kind) event has no dispatch record (deleted behind dsr's back)")
                continue
            }
            if row != event {
                report(
                    sequence, caseNumber,
                    "\(what) is not what this event recorded (its case, letter, kind, day or channel was changed "
                        + "behind dsr's back)")
            }
        }
        for sequence in duplicateRows {
            report(
                sequence, events[sequence]?.caseNumber,
                "two dispatch records name this event (inserted behind dsr's back)")
        }
        return problems
    }
}
