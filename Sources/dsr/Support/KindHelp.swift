import DSRCore

/// `dsr help KIND`: a request kind's workflow in plain words, written from its definition (`Workflows/<kind>.yaml`,
/// compiled in) and the refusal-ground catalogue, so that it cannot drift from what dsr does: the deadline rules,
/// pauses, the extension and reopening as the workflow's clock effects give them, then every state, every event with
/// the command that records it, and every refusal ground with its legal source.
struct KindHelp {
    /// The workflow explained.
    let definition: WorkflowDefinition

    /// The whole page, ending with a newline.
    var text: String {
        let kind = definition.kind
        var lines = [
            "\(kind.names.en.uppercased()) (\(kind.names.fi)): the \(kind.rightNames.en)."
        ]
        lines += HelpPage.wrap("Accepted names: \(kind.aliases.joined(separator: ", ")).", indent: 0, hangingIndent: 2)
        lines += ["", "THE DEADLINE:"]
        lines += deadlineRules.flatMap { HelpPage.wrap("- " + $0, indent: 2, hangingIndent: 4) }
        lines += ["", "STATES (a new request starts in '\(definition.initial)'):"]
        for state in definition.states {
            lines += HelpPage.labelled(state.id.rawValue, stateText(state))
        }
        lines += ["", "EVENTS (record each with its command, on the day it happened: --on DATE, default today):"]
        for event in definition.events {
            lines += HelpPage.labelled(event.id.rawValue, eventText(event))
            lines.append(String(repeating: " ", count: HelpPage.labelColumn) + command(for: event))
        }
        let grounds = definition.events.flatMap { event in event.grounds.map { (event: event.id, option: $0) } }
        if !grounds.isEmpty {
            lines += [
                "",
                "REFUSAL GROUNDS (GDPR Art. 12(4): a refusal is written, with its grounds; 'dsr grounds' explains each):",
            ]
            for ground in grounds {
                lines += HelpPage.labelled(ground.option.code.rawValue, groundText(ground.option, event: ground.event))
            }
        }
        lines += [
            "",
            "SEE ALSO:",
        ]
        lines += HelpPage.labelled(
            "dsr workflow show \(kind.rawValue)", "The definition itself (\(definition.source)).")
        lines += HelpPage.labelled("dsr workflow graph \(kind.rawValue)", "The workflow as a Mermaid state diagram.")
        lines += HelpPage.labelled(
            "dsr deadline --explain",
            "A deadline computed step by step, for example "
                + "'dsr deadline --received 2026-10-05 --explain'.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rules of the clock, from the clock effects the workflow's events and states have.
    private var deadlineRules: [String] {
        var rules = [
            "One month from receipt (GDPR Art. 12(3)). The day of receipt is not counted; the month ends on the same "
                + "date of the next month, or on its last day when it has no such date; a deadline on a Saturday, "
                + "Sunday or Finnish holiday moves to the next working day (Regulation 1182/71 Art. 3)."
        ]
        let pauses = names(of: .pause)
        let resumes = names(of: .resume)
        if !pauses.isEmpty {
            rules.append(
                "Pauses: \(pauses) pause the clock while you wait for the data subject; \(resumes.isEmpty ? "" : resumes + " resume it, and ")"
                    + "the deadline moves by the days paused (EDPB Guidelines 01/2022 § 159).")
        }
        let extensions = names(of: .extend)
        if !extensions.isEmpty {
            rules.append(
                "Extension: \(extensions) adds two further months, once, for stated reasons; the notice must reach the "
                    + "data subject within the first month (GDPR Art. 12(3)).")
        }
        let stops = names(of: .stop)
        if !stops.isEmpty {
            rules.append("The clock stops when the request is answered or closed: \(stops).")
        }
        var reopenable: [(rule: ReopenRule, states: [StateID])] = []
        for state in definition.states {
            guard let rule = state.reopen else { continue }
            if let index = reopenable.firstIndex(where: { $0.rule == rule }) {
                reopenable[index].states.append(state.id)
            } else {
                reopenable.append((rule, [state.id]))
            }
        }
        for (rule, states) in reopenable {
            let clock =
                switch rule.clock {
                case .resume: "the clock runs again toward the same deadline; no new month starts"
                case .excludeClosedDays: "the days it was closed do not count"
                }
            rules.append(
                "Reopening: a request closed as \(Self.joined(states.map { "'\($0)'" }, "or")) can be reopened "
                    + "('dsr reopen CASE --reason TEXT'); it goes back to '\(rule.to)' and \(clock) (GDPR Art. 12(3); "
                    + "EDPB Guidelines 01/2022 §§ 28-30).")
        }
        if reopenable.isEmpty {
            rules.append("Reopening: a closed request of this kind cannot be reopened; register a new request.")
        }
        return rules
    }

    /// The events with a clock effect, quoted and joined: `'request-identity' and 'request-clarification'`.
    private func names(of effect: ClockEffect) -> String {
        Self.joined(definition.events.filter { $0.clock == effect }.map { "'\($0.id)'" }, "and")
    }

    /// Words joined as a sentence lists them: `a, b and c`, `a or b`.
    private static func joined(_ words: [String], _ conjunction: String) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// A state's line: its description, the clock, what to do next and the events it allows.
    private func stateText(_ state: WorkflowDefinition.State) -> String {
        var text = state.description.en
        switch state.clock {
        case .running: text += " Clock: running."
        case .paused: text += " Clock: paused."
        case .stopped: text += state.isFinal ? " Closed; no deadline runs." : " Answered; no deadline runs."
        }
        if let next = state.nextAction?.en { text += " Next: \(next)" }
        let events = definition.events(from: state.id).map(\.id.rawValue)
        if !events.isEmpty { text += " Events: \(events.joined(separator: ", "))." }
        if let letter = state.letter { text += " Letter: \(letter.rawValue)." }
        if let reopen = state.reopen { text += " Can be reopened (to '\(reopen.to)')." }
        return text
    }

    /// An event's line: where it may happen, where it leads, what it does to the clock, its letter.
    private func eventText(_ event: WorkflowDefinition.Event) -> String {
        var text = event.description.en
        text += " Moves \(event.from.map(\.rawValue).joined(separator: ", ")) → \(event.to)"
        switch event.clock {
        case .none: text += "."
        case .pause: text += " and pauses the clock."
        case .resume: text += " and resumes the clock."
        case .extend: text += " and extends the deadline by two months."
        case .stop: text += " and stops the clock."
        }
        if let letter = event.letter { text += " Letter: \(letter.rawValue) ('dsr letter CASE \(letter.rawValue)')." }
        return text
    }

    /// The command line that records the event, with the options it requires.
    private func command(for event: WorkflowDefinition.Event) -> String {
        let base = HelpPage.isCommand(event.id.rawValue) ? "dsr \(event.id) CASE" : "dsr event CASE \(event.id)"
        return ([base] + event.requires.map(\.commandLineOption)).joined(separator: " ")
    }

    /// A ground's line: its legal source and title, and where it cannot be used.
    private func groundText(_ option: WorkflowDefinition.GroundOption, event: EventID) -> String {
        let ground = RefusalGround.named(option.code)
        var text = ground.map { "\($0.reference.en): \($0.title.en)." } ?? "\(option.code)."
        if event.rawValue != "refuse" { text += " With '\(event)'." }
        if option.unlessDirectMarketing { text += " Not against direct marketing (GDPR Art. 21(3))." }
        return text
    }
}
