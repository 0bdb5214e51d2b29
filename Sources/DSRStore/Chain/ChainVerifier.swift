import DSRCore
import GRDB

/// Walks the event log in order and then the current-state rows, collecting every place that does not match the
/// hash chain (see ``EventChain``).
struct ChainVerifier {
    /// Every mismatch found so far.
    private(set) var problems: [ChainProblem] = []
    /// How many events were checked.
    private(set) var eventsChecked = 0
    /// How many requests were checked.
    private(set) var requestsChecked = 0
    /// How many controller-profile versions were checked.
    private(set) var profilesChecked = 0
    /// The sequence number of the last event seen.
    private(set) var lastSequence: Int64 = 0
    /// The hash of the last event seen.
    private(set) var lastHash = RegisterSchema.genesisHash

    /// The latest event of each case: its sequence number and the state hash it recorded.
    private var latestByCase: [CaseNumber: (sequence: Int64, stateHash: String?)] = [:]
    /// The register-wide events by sequence number, with the state hash each recorded.
    private var registerWide: [Int64: String?] = [:]
    /// The cases that have a current-state row.
    private var casesWithRequest: Set<CaseNumber> = []

    /// Checks the next event of the log, read in sequence order.
    mutating func check(event row: Row) {
        eventsChecked += 1
        guard let event = try? EventRow(row: row), let sequence = event.sequence else {
            let sequence = Int64.fromDatabaseValue(row["sequence"]) ?? lastSequence + 1
            report(.unreadableRow, sequence: sequence, case: nil, "the event row cannot be read")
            lastSequence = sequence
            lastHash = String.fromDatabaseValue(row["hash"]) ?? ""
            return
        }
        let caseNumber = event.caseNumber
        if sequence <= lastSequence {
            report(.unexpectedSequence, sequence: sequence, case: caseNumber,
                   "event numbers start at 1 and rise by one; this one does not (inserted behind dsr's back)")
        } else if sequence != lastSequence + 1 {
            let gap = sequence - 1 == lastSequence + 1 ? "event \(lastSequence + 1) is" : "events \(lastSequence + 1)–\(sequence - 1) are"
            report(.missingEvents, sequence: sequence, case: caseNumber, "\(gap) missing before it (deleted behind dsr's back)")
        }
        if event.previousHash != lastHash {
            report(.brokenLink, sequence: sequence, case: caseNumber,
                   "its previous hash is not the hash of the event before it (an earlier event was deleted, inserted or rewritten)")
        }
        if EventChain.hash(of: event) != event.hash {
            report(.hashMismatch, sequence: sequence, case: caseNumber,
                   "its contents do not give its hash (the event was changed behind dsr's back)")
        }
        lastSequence = sequence
        lastHash = event.hash
        if let caseNumber {
            latestByCase[caseNumber] = (sequence, event.stateHash)
        } else {
            registerWide[sequence] = event.stateHash
        }
    }

    /// Checks a request's current-state row against the case's latest event.
    mutating func check(request row: Row) {
        requestsChecked += 1
        guard let request = try? RequestRow(row: row) else {
            let caseNumber = Self.caseNumber(in: row)
            if let caseNumber { casesWithRequest.insert(caseNumber) }
            report(.unreadableRow, sequence: nil, case: caseNumber, "the request row cannot be read")
            return
        }
        let caseNumber = request.caseNumber
        casesWithRequest.insert(caseNumber)
        guard let latest = latestByCase[caseNumber] else {
            report(.missingEvent, sequence: nil, case: caseNumber, "no event records this request")
            return
        }
        if request.lastEventSequence != latest.sequence {
            report(.missingEvent, sequence: nil, case: caseNumber,
                   "its current state names event \(request.lastEventSequence), but the case's latest event is \(latest.sequence)")
        } else if latest.stateHash != EventChain.sha256Hex(request.record) {
            report(.stateMismatch, sequence: nil, case: caseNumber,
                   "its current state is not the state its latest event recorded (changed behind dsr's back)")
        }
        guard let record = try? StoreJSON.decode(RequestRecord.self, from: request.record) else {
            report(.unreadableRow, sequence: nil, case: caseNumber, "its stored record cannot be read")
            return
        }
        if RequestRow(record, json: request.record, lastEventSequence: request.lastEventSequence) != request {
            report(.columnsMismatch, sequence: nil, case: caseNumber,
                   "its list columns (state, clock, deadline, dates) disagree with its stored record")
        }
    }

    /// Checks a controller-profile version against the event that recorded it.
    mutating func check(profile row: Row) {
        profilesChecked += 1
        guard let profile = try? ControllerProfileRow(row: row) else {
            report(.unreadableRow, sequence: nil, case: nil, "a controller-profile row cannot be read")
            return
        }
        let version = profile.version ?? 0
        guard let stateHash = registerWide[profile.eventSequence] else {
            report(.missingEvent, sequence: profile.eventSequence, case: nil,
                   "controller-profile version \(version) names this event, which is missing or belongs to a case")
            return
        }
        if stateHash != EventChain.sha256Hex(profile.profile) {
            report(.stateMismatch, sequence: profile.eventSequence, case: nil,
                   "controller-profile version \(version) is not the profile this event recorded (changed behind dsr's back)")
        }
    }

    /// Reports the cases that have events but no current-state row.
    mutating func finish() {
        for caseNumber in latestByCase.keys.sorted() where !casesWithRequest.contains(caseNumber) {
            report(.missingRequest, sequence: nil, case: caseNumber, "the case has events but no request row (deleted)")
        }
    }

    /// Records the result of SQLite's integrity check (`ok` when the file is sound).
    mutating func check(integrity lines: [String]) {
        guard lines != ["ok"] else { return }
        for line in lines.prefix(10) {
            report(.damagedFile, sequence: nil, case: nil, "SQLite integrity check: \(line)")
        }
    }

    /// The report of everything checked.
    var report: ChainReport {
        ChainReport(eventsChecked: eventsChecked, requestsChecked: requestsChecked, profilesChecked: profilesChecked,
                    lastSequence: lastSequence, headHash: lastHash, problems: problems)
    }

    private mutating func report(_ kind: ChainProblem.Kind, sequence: Int64?, case caseNumber: CaseNumber?,
                                 _ detail: String) {
        problems.append(ChainProblem(kind: kind, sequence: sequence, caseNumber: caseNumber, detail: detail))
    }

    /// The case number in a request row's key columns, if they can be read.
    private static func caseNumber(in row: Row) -> CaseNumber? {
        guard let year = Int.fromDatabaseValue(row["caseYear"]),
              let sequence = Int.fromDatabaseValue(row["caseSequence"])
        else { return nil }
        return CaseNumber(year: year, sequence: sequence)
    }
}
