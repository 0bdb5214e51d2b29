import Foundation

/// The morning view of `dsr due`: open requests grouped by urgency, each with the next action its workflow expects.
public struct DueList: Sendable {
    /// How urgent a request is on the as-of day.
    public enum Group: String, Sendable, Codable, CaseIterable {
        /// The request is closed and its answer printed, but not sent: it is not answered until it is
        /// (``AnswerDispatch``).
        case notSent = "printed-not-sent"
        /// The deadline has passed.
        case overdue
        /// The deadline is today.
        case dueToday = "due-today"
        /// The deadline is within the window.
        case dueSoon = "due-soon"
        /// The clock is paused while waiting on the data subject.
        case waiting
    }

    /// One request in the list.
    public struct Item: Sendable, Codable, Equatable {
        /// The group it belongs to.
        public var group: Group
        /// The case number.
        public var `case`: String
        /// The data subject's name; `nil` when names are hidden.
        public var name: String?
        /// The request kind.
        public var kind: String
        /// The workflow state.
        public var state: String
        /// The legal deadline.
        public var deadline: String
        /// The controller's internal target date, if it set one.
        public var internalTarget: String?
        /// Days to the deadline (negative when overdue); `nil` while paused.
        public var daysLeft: Int?
        /// The last day an extension notice can be sent, while one still can.
        public var extensionNoticeBy: String?
        /// What to do next.
        public var nextAction: String
        /// The answer printed but not sent (`2026-0042/L3`), for a request in ``Group/notSent``.
        public var unsentAnswer: String?
    }

    /// The items, overdue first, then due today, due soon, and waiting; soonest deadline first within each group.
    public var items: [Item]

    /// Builds the list.
    /// - Parameters:
    ///   - records: Open requests.
    ///   - workflows: The workflows, for the next action of each state.
    ///   - asOf: The day to count from.
    ///   - window: How many days ahead "due soon" reaches.
    ///   - internalTargetDays: Working days before the deadline that the controller aims for, if set.
    ///   - names: Whether the items carry the data subject's name.
    ///   - unsent: Closed requests whose answer was printed but not sent, listed first whatever their deadline.
    public init(
        records: [RequestRecord], workflows: WorkflowCatalog, asOf: CivilDate, window: Int,
        internalTargetDays: Int?, names: Bool = false, calendar: FinnishCalendar = FinnishCalendar(),
        unsent: [UnsentAnswer] = []
    ) {
        var items: [Item] = []
        for answer in unsent {
            let record = answer.record
            items.append(
                Item(
                    group: .notSent, case: record.caseNumber.description, name: names ? record.subject.name : nil,
                    kind: record.kind.rawValue, state: record.state.rawValue, deadline: record.deadline.description,
                    internalTarget: nil, daysLeft: asOf.days(until: record.deadline), extensionNoticeBy: nil,
                    nextAction:
                        "Send the answer \(answer.letter) and record its sending (sent); until then the request "
                        + "is not answered.",
                    unsentAnswer: answer.letter.description))
        }
        for record in records where record.isOpen {
            let group: Group
            switch record.clock {
            case .paused:
                group = .waiting
            case .running:
                let days = record.daysLeft(asOf: asOf)
                if days < 0 {
                    group = .overdue
                } else if days == 0 {
                    group = .dueToday
                } else if days <= window {
                    group = .dueSoon
                } else {
                    continue
                }
            case .stopped:
                continue
            }
            let workflow = workflows[record.kind]
            let noticeBy = record.deadlineDetail().extensionNoticeBy
            let canStillExtend =
                !record.isExtended && record.clock == .running && noticeBy >= asOf
                && workflow.events(from: record.state).contains { $0.clock == .extend }
            items.append(
                Item(
                    group: group, case: record.caseNumber.description, name: names ? record.subject.name : nil,
                    kind: record.kind.rawValue,
                    state: record.state.rawValue, deadline: record.deadline.description,
                    internalTarget: internalTargetDays.map {
                        calendar.workingDays($0, before: record.deadline).description
                    },
                    daysLeft: record.clock == .running ? record.daysLeft(asOf: asOf) : nil,
                    extensionNoticeBy: canStillExtend ? noticeBy.description : nil,
                    nextAction: DueList.nextAction(
                        for: record, workflow: workflow, canStillExtend: canStillExtend,
                        noticeBy: noticeBy)))
        }
        let order = Dictionary(uniqueKeysWithValues: Group.allCases.enumerated().map { ($1, $0) })
        self.items = items.sorted {
            (order[$0.group] ?? 0, $0.deadline, $0.case) < (order[$1.group] ?? 0, $1.deadline, $1.case)
        }
    }

    /// The next action a request's workflow expects, in English.
    static func nextAction(
        for record: RequestRecord, workflow: WorkflowDefinition, canStillExtend: Bool,
        noticeBy: CivilDate
    ) -> String {
        let state = workflow.state(record.state)
        switch record.clock {
        case .paused:
            let since = record.pauses.last(where: \.isOpen)?.start.description ?? record.lastEventOn.description
            return (state?.nextAction?[.en] ?? "Wait for the data subject.") + " Waiting since \(since)."
        case .stopped:
            return state?.nextAction?[.en] ?? "Nothing: the request has been answered."
        case .running:
            var action = state?.nextAction?[.en] ?? "Issue the decision."
            if canStillExtend {
                action += " If more time is needed, send the extension notice by \(noticeBy)."
            }
            return action
        }
    }

    /// A plain table grouped under headings; `colour` adds ANSI colours to the headings. Items with a name show it
    /// after the case, cut to `nameWidth` characters with an ellipsis; the caller makes names safe for a terminal.
    public func text(asOf: CivilDate, colour: Bool, nameWidth: Int = RequestListing.defaultNameWidth) -> String {
        guard !items.isEmpty else { return "Nothing due on \(asOf).\n" }
        var lines: [String] = []
        for group in Group.allCases {
            let members = items.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            let title: String
            let code: String
            switch group {
            case .overdue: (title, code) = ("Overdue", "31;1")
            case .notSent: (title, code) = ("Answers printed but not sent", "35;1")
            case .dueToday: (title, code) = ("Due today", "33;1")
            case .dueSoon: (title, code) = ("Due soon", "1")
            case .waiting: (title, code) = ("Waiting on the data subject", "36")
            }
            if !lines.isEmpty { lines.append("") }
            lines.append(colour ? "\u{1B}[\(code)m\(title) (\(members.count))\u{1B}[0m" : "\(title) (\(members.count))")
            for item in members {
                var head = "  \(item.case)  "
                if let name = item.name {
                    let width = max(2, nameWidth)
                    let shown = name.count <= width ? name : String(name.prefix(width - 1)) + "…"
                    head += shown.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                }
                head +=
                    "\(item.kind.padding(toLength: 13, withPad: " ", startingAt: 0))"
                    + " deadline \(item.deadline)"
                if let target = item.internalTarget { head += " (target \(target))" }
                if let letter = item.unsentAnswer { head += "  [printed, not sent: \(letter)]" }
                if let days = item.daysLeft {
                    head += days < 0 ? "  \(-days) d overdue" : (days == 0 ? "  today" : "  \(days) d left")
                }
                lines.append(head)
                lines.append("      \(item.nextAction)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
