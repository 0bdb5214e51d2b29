import DSRCore
import Testing

/// `dsr report`'s figures, each checked against a case set built by hand (issue 15: reports that add up).
///
/// The set, for the year 2025 reported on 15 June 2025:
/// - A access by e-mail, received 10 Jan, deadline 10 Feb, completed 5 Feb (on time, 26 days);
/// - B erasure by post, received 1 Feb, deadline 3 Mar, completed 10 Mar (late, 37 days);
/// - C access by web form, received 1 Mar, extended 20 Mar, deadline 1 Jun, still open (past the deadline);
/// - D rectification by e-mail, received 20 May, deadline 20 Jun, still open (not yet due on 15 June);
/// - E objection by phone, received 1 Apr, deadline 1 May, partly refused on two grounds 20 Apr (on time, 19 days);
/// - F access by e-mail, received 10 Apr, withdrawn 15 Apr;
/// - G access by post, received 20 Dec 2024, paused 2-5 Jan, completed 15 Jan, deadline 23 Jan (on time, 26 days).
struct PeriodReportTests {
    static let from = date(2025, 1, 1)
    static let to = date(2025, 12, 31)
    static let today = date(2025, 6, 15)

    static func record(
        _ sequence: Int, _ kind: RequestKind, _ channel: Channel, received: CivilDate,
        deadline: CivilDate, state: String = "received", clock: ClockState = .running,
        closedOn: CivilDate? = nil, outcome: Outcome? = nil, extendedOn: CivilDate? = nil,
        pauses: [ClockPause] = [], refusal: Refusal? = nil
    ) -> RequestRecord {
        RequestRecord(
            caseNumber: CaseNumber(year: received.year, sequence: sequence), kind: kind, state: StateID(state),
            workflowVersion: 1, received: received, subject: DataSubject(name: "Testi Henkilö"), channel: channel,
            language: .fi, isDirectMarketing: false, note: nil, clock: clock, extendedOn: extendedOn,
            extensionReason: extendedOn.map { _ in "Many requests." }, pauses: pauses, deadline: deadline,
            closedOn: closedOn, outcome: outcome, refusal: refusal, lastEventOn: closedOn ?? extendedOn ?? received)
    }

    static let cases: [RequestRecord] = [
        record(
            1, .access, .email, received: date(2025, 1, 10), deadline: date(2025, 2, 10), state: "completed",
            clock: .stopped, closedOn: date(2025, 2, 5), outcome: .completed),
        record(
            2, .erasure, .post, received: date(2025, 2, 1), deadline: date(2025, 3, 3), state: "completed",
            clock: .stopped, closedOn: date(2025, 3, 10), outcome: .completed),
        record(
            3, .access, .webForm, received: date(2025, 3, 1), deadline: date(2025, 6, 1), state: "extended",
            extendedOn: date(2025, 3, 20)),
        record(4, .rectification, .email, received: date(2025, 5, 20), deadline: date(2025, 6, 20)),
        record(
            5, .objection, .phone, received: date(2025, 4, 1), deadline: date(2025, 5, 1), state: "refused",
            clock: .stopped, closedOn: date(2025, 4, 20), outcome: .refused,
            refusal: Refusal(
                grounds: [GroundCode(rawValue: "art21-1"), GroundCode(rawValue: "art12-5")],
                reason: "Compelling legitimate grounds.", granted: "Part of it.")),
        record(
            6, .access, .email, received: date(2025, 4, 10), deadline: date(2025, 5, 12), state: "withdrawn",
            clock: .stopped, closedOn: date(2025, 4, 15), outcome: .withdrawn),
        record(
            7, .access, .post, received: date(2024, 12, 20), deadline: date(2025, 1, 23), state: "completed",
            clock: .stopped, closedOn: date(2025, 1, 15), outcome: .completed,
            pauses: [ClockPause(start: date(2025, 1, 2), end: date(2025, 1, 5))]),
    ]

    static var report: PeriodReport { PeriodReport(records: cases, from: from, to: to, today: today) }

    @Test func asOfIsTheReportsDayWithinThePeriod() {
        #expect(Self.report.asOf == "2025-06-15")
        #expect(
            PeriodReport(records: Self.cases, from: Self.from, to: Self.to, today: date(2026, 2, 1)).asOf
                == "2025-12-31")
        #expect(PeriodReport(records: Self.cases, from: Self.from, to: Self.to).asOf == "2025-12-31")
    }

    @Test func receivedByKindCountsOnlyRequestsReceivedInThePeriod() {
        #expect(Self.report.receivedByKind == ["access": 3, "erasure": 1, "rectification": 1, "objection": 1])
    }

    @Test func receivedByChannel() {
        #expect(Self.report.receivedByChannel == ["email": 3, "post": 1, "web-form": 1, "phone": 1])
    }

    @Test func closedByKindCountsRequestsClosedInThePeriodWhenEverReceived() {
        #expect(Self.report.closedByKind == ["access": 3, "erasure": 1, "objection": 1])
    }

    @Test func answeredOnTimeAndLate() {
        #expect(Self.report.answeredOnTime == 3)
        #expect(Self.report.answeredLate == 1)
    }

    @Test func stillOpenIsCountedOnTheAsOfDay() {
        #expect(Self.report.stillOpen == 2)
    }

    /// The regression of issue 15: D (deadline 20 June) was counted as past its deadline on 31 December.
    @Test func openPastDeadlineIsCountedOnTheAsOfDayNotTheYearsEnd() {
        #expect(Self.report.openPastDeadline == 1)
        #expect(
            PeriodReport(records: Self.cases, from: Self.from, to: Self.to, today: date(2025, 6, 25)).openPastDeadline
                == 2)
    }

    @Test func medianAndNinetiethPercentileOfDaysToAnswer() {
        // 19 (E), 26 (A), 26 (G), 37 (B); the withdrawal is left out.
        #expect(Self.report.medianDaysToClose == 26)
        #expect(Self.report.p90DaysToClose == 37)
    }

    /// The regression of issue 15: an extension of a request still open counted for nothing.
    @Test func extensionsUsedCountsExtensionsTakenInThePeriod() {
        #expect(Self.report.extensionsUsed == 1)
        #expect(
            PeriodReport(records: Self.cases, from: date(2025, 4, 1), to: date(2025, 6, 30), today: Self.today)
                .extensionsUsed == 0)
    }

    @Test func pausedRequestsAndDays() {
        #expect(Self.report.pausedRequests == 1)
        #expect(Self.report.pausedDays == 3)
    }

    @Test func refusalsPartialAndByGround() {
        #expect(Self.report.refusals == 1)
        #expect(Self.report.partialRefusals == 1)
        #expect(Self.report.refusalsByGround == ["art21-1": 1, "art12-5": 1])
    }

    @Test func withdrawals() {
        #expect(Self.report.withdrawals == 1)
    }

    @Test func everyFormatPrintsTheAsOfDay() {
        let report = Self.report
        #expect(report.text().contains("As of 2025-06-15"))
        #expect(report.text().contains("Still open: 2   of which past the deadline: 1"))
        #expect(report.text().contains("Extensions used: 1"))
        #expect(report.csv().contains("as_of,,2025-06-15\n"))
        #expect(report.html().contains("As of 2025-06-15"))
        #expect(RequestListing.prettyJSON(report).contains("\"asOf\" : \"2025-06-15\""))
    }

    // MARK: - An answer counts from the day it was sent (issue 15)

    /// A letter of case `sequence` (received in 2025) of a type, issued on `issued`, sent on `sent`.
    static func letter(
        _ sequence: Int, _ type: LetterType = .accessResponse, issued: CivilDate, sent: CivilDate?,
        tracked: Bool = true
    ) -> LetterDispatchState {
        LetterDispatchState(
            number: LetterNumber(caseNumber: CaseNumber(year: 2025, sequence: sequence), sequence: 1), type: type,
            date: issued, issuedOn: issued, tracked: tracked, sentOn: sent, via: sent.map { _ in .post })
    }

    /// A (completed 5 Feb, deadline 10 Feb) with its answer sent on 12 Feb: late, 33 days.
    static var sentLate: PeriodReport {
        PeriodReport(
            records: cases,
            letters: [cases[0].caseNumber: [letter(1, issued: date(2025, 2, 5), sent: date(2025, 2, 12))]],
            from: from, to: to, today: today)
    }

    @Test func anAnswerSentAfterTheDeadlineIsLateThoughClosedOnTime() {
        #expect(Self.sentLate.answeredOnTime == 2)
        #expect(Self.sentLate.answeredLate == 2)
        // 19 (E), 26 (G), 33 (A), 37 (B)
        #expect(Self.sentLate.medianDaysToClose == 29.5)
        #expect(Self.sentLate.closedByKind == Self.report.closedByKind)
    }

    @Test func anAnswerSentOnTheDeadlineIsOnTime() {
        let report = PeriodReport(
            records: Self.cases,
            letters: [Self.cases[0].caseNumber: [Self.letter(1, issued: date(2025, 2, 5), sent: date(2025, 2, 10))]],
            from: Self.from, to: Self.to, today: Self.today)
        #expect(report.answeredOnTime == 3 && report.answeredLate == 1)
    }

    @Test func anAnswerPrintedButNotSentIsStillOpenAndPastItsDeadline() {
        let report = PeriodReport(
            records: Self.cases,
            letters: [Self.cases[0].caseNumber: [Self.letter(1, issued: date(2025, 2, 5), sent: nil)]],
            from: Self.from, to: Self.to, today: Self.today)
        #expect(report.answeredOnTime == 2 && report.answeredLate == 1)
        #expect(report.stillOpen == 3)
        #expect(report.openPastDeadline == 2)
        #expect(report.closedByKind == Self.report.closedByKind)
    }

    @Test func lettersThatDoNotAnswerOrPredateDispatchRecordsChangeNothing() {
        let letters = [
            // An acknowledgement not sent, and an answer issued before dispatch was recorded (counts as sent on its
            // date), and an answer issued before the closing (the closing day counts).
            Self.cases[0].caseNumber: [Self.letter(1, .acknowledgement, issued: date(2025, 2, 5), sent: nil)],
            Self.cases[1].caseNumber: [
                Self.letter(2, .erasureNotice, issued: date(2025, 3, 10), sent: nil, tracked: false)
            ],
            Self.cases[4].caseNumber: [Self.letter(5, .refusal, issued: date(2025, 4, 19), sent: nil)],
        ]
        let report = PeriodReport(
            records: Self.cases, letters: letters, from: Self.from, to: Self.to, today: Self.today)
        #expect(report == Self.report)
    }

    @Test func theAnswerOfAReopenedRequestIsTheOneIssuedAfterItsLastClosing() {
        // A closed on 5 Feb; its first answer (1 Feb, before the closing) is sent 2 Feb, a second issued 5 Feb and
        // sent 6 Feb: the answer is the one of the closing.
        let letters = [
            Self.cases[0].caseNumber: [
                Self.letter(1, issued: date(2025, 2, 1), sent: date(2025, 2, 2)),
                LetterDispatchState(
                    number: LetterNumber(caseNumber: Self.cases[0].caseNumber, sequence: 2), type: .accessResponse,
                    date: date(2025, 2, 5), issuedOn: date(2025, 2, 5), tracked: true, sentOn: date(2025, 2, 6),
                    via: .email),
            ]
        ]
        #expect(
            AnswerDispatch(Self.cases[0], letters: letters[Self.cases[0].caseNumber] ?? [])
                == .answered(
                    on: date(2025, 2, 6), letter: LetterNumber(caseNumber: Self.cases[0].caseNumber, sequence: 2)))
        #expect(AnswerDispatch(Self.cases[2], letters: []) == .open)
    }
}
