import DSRCore
import GRDB

extension ChainVerifier {
    /// Checks a controller-profile version against the event that recorded it.
    mutating func check(profile row: Row) {
        profilesChecked += 1
        guard let profile = try? ControllerProfileRow(row: row) else {
            report(.unreadableRow, sequence: nil, case: nil, "a controller-profile row cannot be read")
            return
        }
        let version = profile.version ?? 0
        eventsWithProfile.insert(profile.eventSequence)
        // Versions are numbered 1, 2, 3… in the order of their events: a version renumbered, or two versions'
        // events swapped, breaks that order (letters name the version they were written with).
        let expected = (lastProfile?.version ?? 0) + 1
        if version != expected || profile.eventSequence <= lastProfile?.eventSequence ?? 0 {
            report(
                .stateMismatch, sequence: profile.eventSequence, case: nil,
                "controller-profile version \(version) is out of order: versions are numbered from 1 in the order "
                    + "of their events, and version \(expected) was expected here (renumbered behind dsr's back)")
        }
        lastProfile = (version, profile.eventSequence)
        guard let event = registerWide[profile.eventSequence] else {
            report(
                .missingEvent, sequence: profile.eventSequence, case: nil,
                "controller-profile version \(version) names this event, which is missing or belongs to a case")
            return
        }
        if event.stateHash != EventChain.sha256Hex(profile.profile) {
            report(
                .stateMismatch, sequence: profile.eventSequence, case: nil,
                "controller-profile version \(version) is not the profile this event recorded (changed behind dsr's back)"
            )
        }
        // The time a version was made is the time its event recorded (both written in one transaction).
        if profile.createdAt != event.recordedAt {
            report(
                .stateMismatch, sequence: profile.eventSequence, case: nil,
                "controller-profile version \(version)'s createdAt is not the time this event was recorded "
                    + "(changed behind dsr's back)")
        }
    }

    /// Checks a year's case counter against the request rows numbered in that year.
    mutating func check(counterYear year: Int, last: Int) {
        let numbers = numbersByYear.removeValue(forKey: year) ?? CaseNumbersOfYear()
        // Case numbers are a primary key, so distinct: they run 1…last exactly when these three hold.
        if numbers.count != last || numbers.min != 1 || numbers.max != last {
            report(
                .counterMismatch, sequence: nil, case: nil,
                "the case counter of \(year) stands at \(last), but that year has \(numbers.count) request(s) "
                    + "numbered \(numbers.description) (a counter or a request was changed behind dsr's back)")
        }
    }

    /// Reports the `letter-issued` events whose letter is no longer stored (`stored`: the events the `letter` rows
    /// name). A letter that is stored but disagrees with its event is found by `issuedLetterProblems()`.
    mutating func check(storedLetterEvents stored: Set<Int64>) {
        for (sequence, caseNumber) in letterEvents.sorted(by: { $0.key < $1.key }) where !stored.contains(sequence) {
            report(
                .letterMismatch, sequence: sequence, case: caseNumber,
                "the letter this event recorded is no longer stored (deleted behind dsr's back)")
        }
    }

    /// A stored letter file that belongs to no issued letter.
    mutating func check(orphanLetterFileOf caseNumber: CaseNumber, number: Int) {
        report(
            .letterMismatch, sequence: nil, case: caseNumber,
            "a file of letter \(caseNumber)/L\(number) is stored, but no such letter was issued (inserted behind dsr's back)"
        )
    }

    /// Reports what only the whole walk can show: years without a counter, personal data gone without a purge,
    /// controller-profile events without their version.
    mutating func finish() {
        for year in numbersByYear.keys.sorted() {
            report(
                .counterMismatch, sequence: nil, case: nil,
                "\(year) has request(s) but no case counter (deleted behind dsr's back)")
        }
        numbersByYear = [:]
        let missing =
            personalDataAwaitingPurge.flatMap { caseNumber, sequences in sequences.map { ($0, caseNumber) } }
            .map { (sequence: $0.0, caseNumber: Optional($0.1)) }
            + registerWideWithoutPersonalData.map { (sequence: $0, caseNumber: CaseNumber?.none) }
        for item in missing.sorted(by: { $0.sequence < $1.sequence }) {
            report(
                .personalDataMissing, sequence: item.sequence, case: item.caseNumber,
                "its personal data is gone, but no purge of its case was recorded (deleted behind dsr's back)")
        }
        for (sequence, event) in registerWide.sorted(by: { $0.key < $1.key })
        where event.name == SystemEvent.controllerSet.rawValue && event.stateHash != nil
            && !eventsWithProfile.contains(sequence)
        {
            report(
                .missingProfile, sequence: sequence, case: nil,
                "this event recorded a controller profile that is no longer there (deleted behind dsr's back)")
        }
    }

    /// Checks the dispatch records and purged tags against the events noted during the chain walk
    /// (``DispatchRecordCheck``, ``PurgedTagCheck``): `dispatchRows` are `eventSequence, caseYear, caseSequence,
    /// number, kind, on, via` of every `letterDispatch` row, `firstTracked` every `dispatchTracking` row's event, and
    /// `tagRows` `tag, caseYear, caseSequence` of every `purgedTag` row.
    mutating func check(dispatchRows: RowCursor, firstTracked: [Int64], tagRows: RowCursor) throws {
        while let row = try dispatchRows.next() {
            dispatch.row(
                eventSequence: Int64.fromDatabaseValue(row[0]) ?? 0,
                caseNumber: CaseNumber(
                    year: Int.fromDatabaseValue(row[1]) ?? 0, sequence: Int.fromDatabaseValue(row[2]) ?? 0),
                letter: Int.fromDatabaseValue(row[3]) ?? 0, kind: String.fromDatabaseValue(row[4]) ?? "?",
                on: String.fromDatabaseValue(row[5]) ?? "?", via: String.fromDatabaseValue(row[6]))
        }
        problems += dispatch.problems(firstTrackedEvents: firstTracked, lastSequence: lastSequence)
        while let row = try tagRows.next() {
            purgedTags.tag(
                String.fromDatabaseValue(row[0]) ?? "",
                of: CaseNumber(year: Int.fromDatabaseValue(row[1]) ?? 0, sequence: Int.fromDatabaseValue(row[2]) ?? 0))
        }
        problems += purgedTags.problems()
    }

    /// Records the result of SQLite's integrity check (`ok` when the file is sound).
    mutating func check(integrity lines: [String]) {
        guard lines != ["ok"] else { return }
        for line in lines.prefix(10) {
            report(.damagedFile, sequence: nil, case: nil, "SQLite integrity check: \(line)")
        }
    }

    /// Reports the issued letter files whose bytes are gone although no purge of their case after the letter was
    /// recorded: erasing the bytes is allowed (by the letters' triggers) for the removal of personal data only.
    mutating func check(erasedLetterFileOf caseNumber: CaseNumber, number: Int, format: String, eventSequence: Int64) {
        report(
            .letterMismatch, sequence: eventSequence, case: caseNumber,
            "the \(format) bytes of letter \(caseNumber)/L\(number) are gone, but no purge of its case was recorded "
                + "after the letter was issued (erased behind dsr's back)")
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
        let replayProblems = replayFailures.sorted { ($0.sequence ?? 0) < ($1.sequence ?? 0) } + replayMismatches
        let replay = replayProblems.filter { problem in problem.caseNumber.map { !brokenCases.contains($0) } ?? true }
        var report = ChainReport(
            eventsChecked: eventsChecked, requestsChecked: requestsChecked,
            profilesChecked: profilesChecked, lastSequence: lastSequence,
            headHash: String(decoding: lastHash, as: UTF8.self), problems: problems + replay)
        report.requestsReplayed = requestsReplayed
        report.requestsNotReplayable = replaySkipped
        report.personalDataChecked = personalDataChecked
        report.personalDataPurged = personalDataPurged
        report.anchorsChecked = anchors.count
        report.purgedTagsNotCovered = purgedTags.notCovered
        return report
    }
}
