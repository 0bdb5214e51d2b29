/// Checks a workflow definition against the statutory invariants every request workflow must keep.
///
/// Rules (docs/workflows.md explains each):
/// - `unique-names`: state and event names are unique, and made of lower-case letters, digits and hyphens (they are
///   command names, database values and diagram node names).
/// - `one-initial-state`: exactly one initial state, declared and not final.
/// - `known-state`: events name declared states.
/// - `final-outcome`: final states, and only they, have an outcome and a stopped clock; no event leaves them.
/// - `reachable`: every state can be reached from the initial state.
/// - `can-finish`: a final state can be reached from every state (no request can get stuck).
/// - `clock`: pauses lead to paused states, resumes lead out of them, closing events stop the clock, and an
///   extension requires a reason (GDPR Art. 12(3): the notice must give the reasons for the delay).
/// - `refusal-grounds`: every event that refuses requires grounds and a reason, and lists at least one ground that
///   exists and is valid for the kind (GDPR Art. 12(4)); only refusal events list grounds.
/// - `refusal-letter`: every refusal outcome produces the refusal certificate (Art. 12(4)).
/// - `direct-marketing`: a balancing ground (Art. 21(1) compelling grounds, legal claims) is marked
///   `unless: direct-marketing`, because an objection to direct marketing is absolute (Art. 21(2)–(3)).
public enum WorkflowValidator {
    /// Returns every problem found, in file order; an empty list means the definition is sound.
    public static func problems(in definition: WorkflowDefinition) -> [WorkflowError] {
        var problems: [WorkflowError] = []
        func report(_ line: Int?, _ rule: String, _ message: String) {
            problems.append(WorkflowError(file: definition.source, line: line, rule: rule, message: message))
        }
        func isWellFormed(_ name: String) -> Bool {
            guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.count <= 40 else {
                return false
            }
            return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
        for state in definition.states where !isWellFormed(state.id.rawValue) {
            report(
                state.line, "unique-names", "state name '\(state.id)' must be lower-case letters, digits and hyphens")
        }
        for event in definition.events where !isWellFormed(event.id.rawValue) {
            report(
                event.line, "unique-names", "event name '\(event.id)' must be lower-case letters, digits and hyphens")
        }
        var stateIDs = Set<StateID>()
        for state in definition.states where !stateIDs.insert(state.id).inserted {
            report(state.line, "unique-names", "state '\(state.id)' is declared twice")
        }
        var eventIDs = Set<EventID>()
        for event in definition.events where !eventIDs.insert(event.id).inserted {
            report(event.line, "unique-names", "event '\(event.id)' is declared twice")
        }
        guard let initial = definition.state(definition.initial) else {
            report(nil, "one-initial-state", "the initial state '\(definition.initial)' is not declared under states")
            return problems
        }
        if initial.isFinal {
            report(initial.line, "one-initial-state", "the initial state '\(initial.id)' must not be final")
        }
        for state in definition.states {
            if state.isFinal {
                if state.outcome == nil {
                    report(
                        state.line, "final-outcome",
                        "final state '\(state.id)' must say its outcome (completed, refused or withdrawn)")
                }
                if state.clock != .stopped {
                    report(state.line, "final-outcome", "final state '\(state.id)' must have clock: stopped")
                }
            } else if state.outcome != nil {
                report(state.line, "final-outcome", "state '\(state.id)' has an outcome but is not final")
            }
            if let reopen = state.reopen {
                // Rule reopen-rule: only a closed request is reopened, and it goes back to an open state.
                if !state.isFinal {
                    report(
                        state.line, "reopen-rule",
                        "state '\(state.id)' is not final, so it cannot say how it is reopened")
                }
                if let target = definition.state(reopen.to) {
                    if target.isFinal {
                        report(
                            state.line, "reopen-rule", "state '\(state.id)' reopens to '\(reopen.to)', which is final")
                    }
                } else {
                    report(
                        state.line, "reopen-rule",
                        "state '\(state.id)' reopens to '\(reopen.to)', which is not declared")
                }
            }
            if state.outcome == .refused && state.letter != .refusal {
                report(
                    state.line, "refusal-letter",
                    "refusal outcome '\(state.id)' must produce the refusal letter (letter: refusal)")
            }
        }
        for event in definition.events {
            problems += eventProblems(event, in: definition)
        }
        problems += graphProblems(in: definition)
        return problems
    }

    private static func eventProblems(_ event: WorkflowDefinition.Event, in definition: WorkflowDefinition)
        -> [WorkflowError]
    {
        var problems: [WorkflowError] = []
        func report(_ rule: String, _ message: String) {
            problems.append(WorkflowError(file: definition.source, line: event.line, rule: rule, message: message))
        }
        let sources = event.from.compactMap { definition.state($0) }
        for name in event.from where definition.state(name) == nil {
            report("known-state", "event '\(event.id)' starts from undeclared state '\(name)'")
        }
        guard let target = definition.state(event.to) else {
            report("known-state", "event '\(event.id)' leads to undeclared state '\(event.to)'")
            return problems
        }
        for source in sources where source.isFinal {
            report(
                "final-outcome", "event '\(event.id)' leaves final state '\(source.id)'; a closed request cannot change"
            )
        }
        switch event.clock {
        case .pause:
            if target.clock != .paused {
                report(
                    "clock",
                    "event '\(event.id)' pauses the clock but leads to '\(target.id)', whose clock is not paused")
            }
        case .resume:
            if target.clock != .running {
                report(
                    "clock",
                    "event '\(event.id)' resumes the clock but leads to '\(target.id)', whose clock is not running")
            }
            for source in sources where source.clock != .paused {
                report(
                    "clock",
                    "event '\(event.id)' resumes the clock but may start from '\(source.id)', which is not paused")
            }
        case .extend:
            if !event.requires.contains(.reason) {
                report("clock", "event '\(event.id)' extends the deadline and must require a reason (GDPR Art. 12(3))")
            }
            if target.clock != .running {
                report(
                    "clock",
                    "event '\(event.id)' extends the deadline but leads to '\(target.id)', whose clock is not running")
            }
        case .stop:
            if target.clock != .stopped {
                report(
                    "clock",
                    "event '\(event.id)' stops the clock but leads to '\(target.id)', whose clock is not stopped")
            }
        case .none:
            if sources.contains(where: { $0.clock != target.clock }) {
                report(
                    "clock",
                    "event '\(event.id)' changes the clock between states ('\(target.id)') but declares no clock effect"
                )
            }
        }
        if target.outcome == .refused {
            if !event.requires.contains(.grounds) || !event.requires.contains(.reason) {
                report(
                    "refusal-grounds", "refusal event '\(event.id)' must require grounds and a reason (GDPR Art. 12(4))"
                )
            }
            if event.grounds.isEmpty {
                report(
                    "refusal-grounds",
                    "refusal event '\(event.id)' must list at least one refusal ground valid for \(definition.kind.rawValue)"
                )
            }
        } else if !event.grounds.isEmpty || event.requires.contains(.grounds) {
            report(
                "refusal-grounds", "event '\(event.id)' lists refusal grounds but does not lead to a refusal outcome")
        }
        for option in event.grounds {
            guard let ground = RefusalGround.named(option.code) else {
                report(
                    "refusal-grounds",
                    "event '\(event.id)' names unknown ground '\(option.code)', which is not in the refusal-ground catalogue"
                )
                continue
            }
            if !ground.applies(to: definition.kind) {
                report(
                    "refusal-grounds", "ground '\(option.code)' is not valid for \(definition.kind.rawValue) requests")
            }
            if ground.isBalancingGround && !option.unlessDirectMarketing {
                report(
                    "direct-marketing",
                    "ground '\(option.code)' must be marked 'unless: direct-marketing': an objection to direct marketing is absolute (GDPR Art. 21(3))"
                )
            }
        }
        return problems
    }

    private static func graphProblems(in definition: WorkflowDefinition) -> [WorkflowError] {
        var problems: [WorkflowError] = []
        var successors: [StateID: Set<StateID>] = [:]
        for event in definition.events {
            for source in event.from { successors[source, default: []].insert(event.to) }
        }
        var reached: Set<StateID> = [definition.initial]
        var frontier = [definition.initial]
        while let state = frontier.popLast() {
            for next in successors[state, default: []] where reached.insert(next).inserted {
                frontier.append(next)
            }
        }
        for state in definition.states where !reached.contains(state.id) {
            problems.append(
                WorkflowError(
                    file: definition.source, line: state.line, rule: "reachable",
                    message: "state '\(state.id)' cannot be reached from '\(definition.initial)'"))
        }
        var finishing = Set(definition.states.filter(\.isFinal).map(\.id))
        var changed = true
        while changed {
            changed = false
            for state in definition.states where !finishing.contains(state.id) {
                if successors[state.id, default: []].contains(where: { finishing.contains($0) }) {
                    finishing.insert(state.id)
                    changed = true
                }
            }
        }
        for state in definition.states where !finishing.contains(state.id) {
            problems.append(
                WorkflowError(
                    file: definition.source, line: state.line, rule: "can-finish",
                    message: "no final state can be reached from '\(state.id)'; a request there would never close"))
        }
        return problems
    }
}
