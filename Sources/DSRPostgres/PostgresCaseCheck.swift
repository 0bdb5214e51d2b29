import DSRCore
import DSRStore

/// The checks of one case of `dsr audit verify`'s case walk on a PostgreSQL register (``PostgresCaseWalk``): its
/// request row against its latest event, its list columns and import key against its record and, with a replay, its
/// record against its history. It keeps only the problems and counts, in the order the cases were checked.
struct PostgresCaseCheck: Sendable {
    /// The replay of cases through their workflows, if asked for.
    let replay: HistoryReplay?
    /// The cases whose request row names no event of their own, reported before the walk.
    let namingNoEvent: Set<CaseNumber>
    /// The request rows' problems, in case order.
    private(set) var requestProblems: [ChainProblem] = []
    /// The cases with events but no request row, in case order.
    private(set) var missingRequests: [ChainProblem] = []
    /// The replays that fail or disagree with the stored state, in case order.
    private(set) var replayProblems: [ChainProblem] = []
    /// How many request rows were checked.
    private(set) var requestsChecked = 0
    /// How many requests were compared with their replay.
    private(set) var requestsReplayed = 0
    /// How many requests follow a workflow version this dsr does not have.
    private(set) var requestsNotReplayable = 0

    /// A check with nothing checked yet.
    init(replay: HistoryReplay?, namingNoEvent: Set<CaseNumber>) {
        self.replay = replay
        self.namingNoEvent = namingNoEvent
    }

    /// Puts the problems of the request rows that name no event of their own case (found before the walk, one per
    /// row, in case order) among the request rows' problems, in case order, and counts those rows as checked.
    mutating func include(namingNoEvent problems: [ChainProblem]) {
        requestProblems = Self.merged(problems, requestProblems)
        requestsChecked += problems.count
    }

    /// Two lists of problems of cases, each in case order, merged into one in case order (the first list's first
    /// for one case).
    private static func merged(_ first: [ChainProblem], _ second: [ChainProblem]) -> [ChainProblem] {
        var merged: [ChainProblem] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (first.startIndex, second.startIndex)
        while i < first.endIndex || j < second.endIndex {
            let takeFirst: Bool
            if i == first.endIndex {
                takeFirst = false
            } else if j == second.endIndex {
                takeFirst = true
            } else if let one = first[i].caseNumber, let other = second[j].caseNumber {
                takeFirst = one <= other
            } else {
                takeFirst = true
            }
            if takeFirst {
                merged.append(first[i])
                i += 1
            } else {
                merged.append(second[j])
                j += 1
            }
        }
        return merged
    }

    /// Checks a case whose events were all read: its request row against its latest event, its list columns and
    /// import key against its record and, with a replay, its record against its history.
    mutating func check(_ walked: CaseInWalk) {
        let caseNumber = walked.caseNumber
        func problem(_ kind: ChainProblem.Kind, _ sequence: Int64?, _ detail: String) -> ChainProblem {
            ChainProblem(kind: kind, sequence: sequence, caseNumber: caseNumber, detail: detail)
        }
        guard let stored = walked.request else {
            // A row that names no event of its case was reported before the walk.
            if !namingNoEvent.contains(caseNumber) {
                missingRequests.append(
                    problem(.missingRequest, nil, "the case has events but no request row (deleted)"))
            }
            return
        }
        requestsChecked += 1
        guard stored.lastEvent == walked.latestSequence else {
            requestProblems.append(
                problem(.missingEvent, nil, Self.namesAnotherEvent(stored.lastEvent, latest: walked.latestSequence)))
            return
        }
        guard let (json, importKey, columns) = stored.row else {
            requestProblems.append(problem(.unreadableRow, nil, "the request row cannot be read"))
            return
        }
        guard walked.latestStateHash == ChainHashing.sha256Hex(json) else {
            requestProblems.append(
                problem(
                    .stateMismatch, nil,
                    "its current state is not the state its latest event recorded (changed behind dsr's back)"))
            return
        }
        // The replayed record's canonical JSON is the stored JSON exactly when the stored record is the replayed
        // one (the JSON round-trips), so the stored JSON is decoded only when the two differ or nothing was replayed.
        var rebuilt: Result<RequestRecord, ReplayError>?
        if let replay {
            do throws(ReplayError) {
                rebuilt = .success(try replay.replay(walked.history))
            } catch {
                rebuilt = .failure(error)
            }
        }
        let record: RequestRecord
        if case .success(let replayed) = rebuilt, CanonicalJSON.encode(replayed) == json {
            record = replayed
        } else if let decoded = EventEntry.decodeCanonicalJSON(RequestRecord.self, from: json) {
            record = decoded
        } else {
            requestProblems.append(problem(.unreadableRow, nil, "its stored record cannot be read"))
            return
        }
        // Lists, the overdue list and the deadline reminders read these columns, not the record.
        if columns != RequestColumns(record) {
            requestProblems.append(
                problem(
                    .columnsMismatch, nil,
                    "its list columns (state, clock, deadline, dates) disagree with its stored record"))
        }
        if let importKey, let mismatch = Self.importKeyProblem(importKey, of: record) {
            requestProblems.append(problem(.importKeyMismatch, nil, mismatch))
        }
        switch rebuilt {
        case nil:
            break
        case .success(let replayed):
            requestsReplayed += 1
            if replayed != record {
                replayProblems.append(
                    problem(
                        .replayMismatch, walked.latestSequence,
                        "its stored state is not what its events give when replayed through its workflow"))
            }
        case .failure(.workflowVersion):
            requestsNotReplayable += 1
        case .failure(let error):
            replayProblems.append(
                problem(
                    .replayMismatch, walked.latestSequence,
                    "replaying the case's events through its workflow fails: \(error.errorDescription ?? "refused")"))
        }
    }

    /// The problem of a request row whose latest event is not its case's latest (`named`, `latest`).
    static func namesAnotherEvent(_ named: Int64, latest: Int64) -> String {
        "its current state names event \(named), but the case's latest event is \(latest)"
    }

    /// What is wrong with a request's import key, which decides whether a row of a later import is taken for this
    /// request and skipped, as an SQLite register's verifier checks it: it must be the digest (``ImportKey``) of the
    /// registration data of the stored record (which the chain vouches for), and gone once the request's personal
    /// data was purged; `nil` if nothing is. A missing key is not evidence of anything (a request registered by
    /// hand, or imported with a reference, has none).
    private static func importKeyProblem(_ importKey: String, of record: RequestRecord) -> String? {
        if record.personalDataRemovedOn != nil {
            return "it keeps an import key, a digest of personal data, after the purge of its case (put back behind "
                + "dsr's back)"
        }
        if importKey != ImportKey.of(record) {
            return "its import key is not the digest of the registration data its events hold (changed behind dsr's "
                + "back): a later import would skip a row as this request, or add this request again"
        }
        return nil
    }
}
