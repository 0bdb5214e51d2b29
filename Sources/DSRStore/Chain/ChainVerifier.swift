import DSRCore
import GRDB

/// Walks the event log in order and then the current-state rows, collecting every place that does not match the
/// hash chain (see ``EventChain``).
///
/// With a ``HistoryReplay`` it also rebuilds each case from its events through its workflow, and compares the result
/// with the stored state.
struct ChainVerifier {
    /// Every mismatch found so far, except replay mismatches.
    private(set) var problems: [ChainProblem] = []
    /// Replay mismatches, reported after everything else and only for cases nothing else found broken: a changed
    /// event or state also fails the replay, and the first problem should name the cause.
    private var replayProblems: [ChainProblem] = []
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

    /// The replay of cases through their workflows, if asked for.
    private let replay: HistoryReplay?

    /// The latest event of each case: its sequence number and the state hash it recorded.
    private var latestByCase: [CaseNumber: (sequence: Int64, stateHash: String?)] = [:]
    /// The register-wide events by sequence number, with their name and the state hash each recorded.
    private var registerWide: [Int64: (name: String, stateHash: String?)] = [:]
    /// The cases that have a current-state row.
    private var casesWithRequest: Set<CaseNumber> = []
    /// The profile versions' events.
    private var eventsWithProfile: Set<Int64> = []
    /// Per year, the case sequence numbers that have a request row.
    private var numbersByYear: [Int: [Int]] = [:]
    /// The `letter-issued` events, with their cases.
    private var letterEvents: [Int64: CaseNumber] = [:]

    /// Events whose personal data is gone, by case, waiting for a later purge of that case to explain it.
    private var personalDataAwaitingPurge: [CaseNumber: [Int64]] = [:]
    /// Register-wide events whose personal data is gone (nothing can explain that).
    private var registerWideWithoutPersonalData: [Int64] = []
    /// How many events' personal data was checked.
    private var personalDataChecked = 0
    /// How many events' personal data a purge removed.
    private var personalDataPurged = 0

    /// Each case's state so far in the replay.
    private var replayed: [CaseNumber: RequestRecord] = [:]
    /// The cases whose replay stopped at a problem.
    private var replayFailed: Set<CaseNumber> = []
    /// The cases that follow a workflow version this dsr does not have.
    private var replaySkipped: Set<CaseNumber> = []
    /// How many requests were compared with their replay.
    private var requestsReplayed = 0

    /// A verifier; with `replay`, cases are also rebuilt through their workflows.
    init(replay: HistoryReplay? = nil) {
        self.replay = replay
    }

    /// Checks the next event of the log, read in sequence order, with its personal data (`salt` and `data` of
    /// `eventPersonal`, null once purged) as the columns `personalSalt` and `personalData`.
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
        if event.format == 1 && event.personalHash != nil {
            report(.hashMismatch, sequence: sequence, case: caseNumber,
                   "it is in the chain's first format but names a personal-data hash (changed behind dsr's back)")
        } else if EventChain.hash(of: event) != event.hash {
            report(.hashMismatch, sequence: sequence, case: caseNumber,
                   "its contents do not give its hash (the event was changed behind dsr's back)")
        }
        let personalData = checkPersonalData(of: event, sequence: sequence, row: row)
        if event.name == IssuedLetter.eventName, let caseNumber { letterEvents[sequence] = caseNumber }
        if event.name == PersonalData.purgeEvent, let caseNumber {
            personalDataPurged += personalDataAwaitingPurge.removeValue(forKey: caseNumber)?.count ?? 0
        }
        lastSequence = sequence
        lastHash = event.hash
        if let caseNumber {
            latestByCase[caseNumber] = (sequence, event.stateHash)
            replay(event, personalData: personalData, of: caseNumber, sequence: sequence)
        } else {
            registerWide[sequence] = (event.name, event.stateHash)
        }
    }

    /// Checks an event's personal data against the salted hash the chain recorded, and returns the full data if it
    /// is there and matches.
    private mutating func checkPersonalData(of event: EventRow, sequence: Int64, row: Row) -> String? {
        let salt = String.fromDatabaseValue(row["personalSalt"])
        let data = String.fromDatabaseValue(row["personalData"])
        let caseNumber = event.caseNumber
        guard let personalHash = event.personalHash else {
            if data != nil || salt != nil {
                report(.unexpectedPersonalData, sequence: sequence, case: caseNumber,
                       "personal data is stored for it, but the event recorded none (inserted behind dsr's back)")
            }
            return nil
        }
        guard let salt, let data else {
            if let caseNumber {
                personalDataAwaitingPurge[caseNumber, default: []].append(sequence)
            } else {
                registerWideWithoutPersonalData.append(sequence)
            }
            return nil
        }
        personalDataChecked += 1
        guard EventPersonalRow.commitment(salt: salt, data: data) == personalHash else {
            report(.personalDataMismatch, sequence: sequence, case: caseNumber,
                   "its personal data does not match the hash the chain recorded (changed behind dsr's back)")
            return nil
        }
        return data
    }

    /// Takes a case's event into its replay.
    private mutating func replay(_ event: EventRow, personalData: String?, of caseNumber: CaseNumber,
                                 sequence: Int64) {
        guard let replay, !replayFailed.contains(caseNumber), !replaySkipped.contains(caseNumber) else { return }
        guard let entry = event.entry(personalData: personalData) else {
            replayFailed.insert(caseNumber)
            report(.replayMismatch, sequence: sequence, case: caseNumber, "its day or time cannot be read")
            return
        }
        do {
            if let record = replayed[caseNumber] {
                replayed[caseNumber] = try replay.apply(entry, to: record)
            } else {
                replayed[caseNumber] = try replay.start(with: entry)
            }
        } catch .workflowVersion {
            replaySkipped.insert(caseNumber)
        } catch {
            replayFailed.insert(caseNumber)
            report(.replayMismatch, sequence: sequence, case: caseNumber,
                   "replaying the case's events through its workflow fails here: \(error.errorDescription ?? "refused")")
        }
    }

    /// Checks a request's current-state row against the case's latest event and, with a replay, against its history.
    mutating func check(request row: Row) {
        requestsChecked += 1
        guard let request = try? RequestRow(row: row) else {
            let caseNumber = Self.caseNumber(in: row)
            if let caseNumber {
                casesWithRequest.insert(caseNumber)
                numbersByYear[caseNumber.year, default: []].append(caseNumber.sequence)
            }
            report(.unreadableRow, sequence: nil, case: caseNumber, "the request row cannot be read")
            return
        }
        let caseNumber = request.caseNumber
        casesWithRequest.insert(caseNumber)
        numbersByYear[caseNumber.year, default: []].append(caseNumber.sequence)
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
        if replay != nil, let rebuilt = replayed[caseNumber] {
            requestsReplayed += 1
            if rebuilt != record {
                report(.replayMismatch, sequence: latest.sequence, case: caseNumber,
                       "its stored state is not what its events give when replayed through its workflow")
            }
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
        eventsWithProfile.insert(profile.eventSequence)
        guard let event = registerWide[profile.eventSequence] else {
            report(.missingEvent, sequence: profile.eventSequence, case: nil,
                   "controller-profile version \(version) names this event, which is missing or belongs to a case")
            return
        }
        if event.stateHash != EventChain.sha256Hex(profile.profile) {
            report(.stateMismatch, sequence: profile.eventSequence, case: nil,
                   "controller-profile version \(version) is not the profile this event recorded (changed behind dsr's back)")
        }
    }

    /// Checks a year's case counter against the request rows numbered in that year.
    mutating func check(counterYear year: Int, last: Int) {
        let numbers = numbersByYear.removeValue(forKey: year) ?? []
        // Case numbers are a primary key, so distinct: they run 1…last exactly when these three hold.
        if numbers.count != last || numbers.min() != 1 || numbers.max() != last {
            report(.counterMismatch, sequence: nil, case: nil,
                   "the case counter of \(year) stands at \(last), but that year has \(numbers.count) request(s) "
                       + "numbered \(Self.describe(numbers)) (a counter or a request was changed behind dsr's back)")
        }
    }

    /// Reports the `letter-issued` events whose letter is no longer stored (`stored`: the events the `letter` rows
    /// name). A letter that is stored but disagrees with its event is found by `issuedLetterProblems()`.
    mutating func check(storedLetterEvents stored: Set<Int64>) {
        for (sequence, caseNumber) in letterEvents.sorted(by: { $0.key < $1.key }) where !stored.contains(sequence) {
            report(.letterMismatch, sequence: sequence, case: caseNumber,
                   "the letter this event recorded is no longer stored (deleted behind dsr's back)")
        }
    }

    /// A stored letter file that belongs to no issued letter.
    mutating func check(orphanLetterFileOf caseNumber: CaseNumber, number: Int) {
        report(.letterMismatch, sequence: nil, case: caseNumber,
               "a file of letter \(caseNumber)/L\(number) is stored, but no such letter was issued (inserted behind dsr's back)")
    }

    /// Stored personal data of events that do not exist.
    mutating func check(orphanPersonalData sequence: Int64) {
        report(.unexpectedPersonalData, sequence: sequence, case: nil,
               "personal data is stored for this event, which does not exist (inserted behind dsr's back)")
    }

    /// Reports the cases that have events but no request row; call it after the last request row.
    mutating func finishRequests() {
        for caseNumber in latestByCase.keys.sorted() where !casesWithRequest.contains(caseNumber) {
            report(.missingRequest, sequence: nil, case: caseNumber, "the case has events but no request row (deleted)")
        }
    }

    /// Reports what only the whole walk can show: years without a counter, personal data gone without a purge,
    /// controller-profile events without their version.
    mutating func finish() {
        for year in numbersByYear.keys.sorted() {
            report(.counterMismatch, sequence: nil, case: nil,
                   "\(year) has request(s) but no case counter (deleted behind dsr's back)")
        }
        numbersByYear = [:]
        let missing = personalDataAwaitingPurge.flatMap { caseNumber, sequences in sequences.map { ($0, caseNumber) } }
            .map { (sequence: $0.0, caseNumber: Optional($0.1)) }
            + registerWideWithoutPersonalData.map { (sequence: $0, caseNumber: CaseNumber?.none) }
        for item in missing.sorted(by: { $0.sequence < $1.sequence }) {
            report(.personalDataMissing, sequence: item.sequence, case: item.caseNumber,
                   "its personal data is gone, but no purge of its case was recorded (deleted behind dsr's back)")
        }
        for (sequence, event) in registerWide.sorted(by: { $0.key < $1.key })
        where event.name == "controller-set" && event.stateHash != nil && !eventsWithProfile.contains(sequence) {
            report(.missingProfile, sequence: sequence, case: nil,
                   "this event recorded a controller profile that is no longer there (deleted behind dsr's back)")
        }
    }

    /// Records the result of SQLite's integrity check (`ok` when the file is sound).
    mutating func check(integrity lines: [String]) {
        guard lines != ["ok"] else { return }
        for line in lines.prefix(10) {
            report(.damagedFile, sequence: nil, case: nil, "SQLite integrity check: \(line)")
        }
    }

    /// Records differences between the register's schema and the one dsr made.
    mutating func check(schemaDifferences: [String]) {
        for difference in schemaDifferences {
            report(.schemaChanged, sequence: nil, case: nil, difference)
        }
    }

    /// The report of everything checked.
    var report: ChainReport {
        let brokenCases = Set(problems.compactMap(\.caseNumber))
        let replay = replayProblems.filter { problem in problem.caseNumber.map { !brokenCases.contains($0) } ?? true }
        var report = ChainReport(eventsChecked: eventsChecked, requestsChecked: requestsChecked,
                                 profilesChecked: profilesChecked, lastSequence: lastSequence, headHash: lastHash,
                                 problems: problems + replay)
        report.requestsReplayed = requestsReplayed
        report.requestsNotReplayable = replaySkipped.count
        report.personalDataChecked = personalDataChecked
        report.personalDataPurged = personalDataPurged
        return report
    }

    private mutating func report(_ kind: ChainProblem.Kind, sequence: Int64?, case caseNumber: CaseNumber?,
                                 _ detail: String) {
        let problem = ChainProblem(kind: kind, sequence: sequence, caseNumber: caseNumber, detail: detail)
        if kind == .replayMismatch {
            replayProblems.append(problem)
        } else {
            problems.append(problem)
        }
    }

    /// The case number in a request row's key columns, if they can be read.
    private static func caseNumber(in row: Row) -> CaseNumber? {
        guard let year = Int.fromDatabaseValue(row["caseYear"]),
              let sequence = Int.fromDatabaseValue(row["caseSequence"])
        else { return nil }
        return CaseNumber(year: year, sequence: sequence)
    }

    /// Case sequence numbers as short ranges, for example `1–4, 6`.
    private static func describe(_ numbers: [Int]) -> String {
        var ranges: [String] = []
        var start: Int?
        var previous: Int?
        for number in numbers.sorted() + [Int.max] {
            if let current = previous, number == current &+ 1 {
                previous = number
                continue
            }
            if let first = start, let last = previous {
                ranges.append(first == last ? "\(first)" : "\(first)–\(last)")
            }
            start = number
            previous = number
        }
        if ranges.count > 6 { ranges = ranges.prefix(6) + ["…"] }
        return ranges.isEmpty ? "none" : ranges.joined(separator: ", ")
    }
}
