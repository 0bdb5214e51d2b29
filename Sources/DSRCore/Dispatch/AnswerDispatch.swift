/// When a request counts as answered: the day its answer was *sent*, not the day it was printed or the request closed.
///
/// GDPR Art. 12(3) requires the controller to *provide* the information on action taken within the time limit
/// (legal-facts § 1, "Art. 12(3) base period"), so a closing recorded on time with the answer posted after the
/// deadline is late. The rule:
///
/// - a request not yet closed (and whose clock has not stopped) is not answered;
/// - the answer letters (``LetterType/isAnswer``) issued on or after the day it closed answer it: it counts as
///   answered on the earliest day one of them was sent (a letter issued before dispatch was recorded counts as sent on
///   the day it bears);
/// - if such letters exist and none was sent, the answer is printed but not sent, and the request is not answered;
/// - if none was issued (an answer given otherwise, or a letter issued before the closing), it counts as answered on
///   the day it closed, as before dispatch was recorded.
public enum AnswerDispatch: Sendable, Equatable {
    /// The request is not answered: it is open.
    case open
    /// The request counts as answered on the day; `letter` is the answer sent that day, if one was.
    case answered(on: CivilDate, letter: LetterNumber?)
    /// The request closed and its answer was issued, but not sent.
    case printedNotSent(LetterNumber)

    /// The state of a request's answer, given its letters with their dispatch (any order).
    public init(_ record: RequestRecord, letters: [LetterDispatchState]) {
        guard let closed = Self.closedOn(record) else {
            self = .open
            return
        }
        let answers = letters.filter { $0.type.isAnswer && $0.number.caseNumber == record.caseNumber }
            .filter { $0.issuedOn >= closed }
            .sorted { $0.number < $1.number }
        guard let last = answers.last else {
            self = .answered(on: closed, letter: nil)
            return
        }
        let sent = answers.compactMap { letter in letter.effectiveSentOn.map { ($0, letter.number) } }
        if let first = sent.min(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            self = .answered(on: first.0, letter: first.1)
        } else {
            self = .printedNotSent(last.number)
        }
    }

    /// The day the request counts as answered, if it does.
    public var answeredOn: CivilDate? {
        if case .answered(let day, _) = self { return day }
        return nil
    }

    /// The answer printed but not sent, if there is one.
    public var unsentLetter: LetterNumber? {
        if case .printedNotSent(let letter) = self { return letter }
        return nil
    }

    /// The day the request closed, or its clock stopped (a restriction in force): when dsr recorded the answer.
    public static func closedOn(_ record: RequestRecord) -> CivilDate? {
        if let closed = record.closedOn { return closed }
        return record.clock == .stopped ? record.lastEventOn : nil
    }
}
