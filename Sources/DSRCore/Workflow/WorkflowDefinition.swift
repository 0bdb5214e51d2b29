/// One request kind's workflow: its states, the events that move between them, and the letters they produce.
///
/// Definitions are written in `Workflows/<kind>.yaml` and compiled into the binary; see docs/workflows.md.
public struct WorkflowDefinition: Sendable, Equatable {
    /// The request kind the workflow handles.
    public var kind: RequestKind
    /// The definition's version, recorded with every event so history stays interpretable after edits.
    public var version: Int
    /// The state every new request starts in.
    public var initial: StateID
    /// The states, in the order the file lists them.
    public var states: [State]
    /// The events, in the order the file lists them.
    public var events: [Event]
    /// The file the definition was read from, for messages.
    public var source: String

    /// Creates a definition.
    public init(kind: RequestKind, version: Int, initial: StateID, states: [State], events: [Event], source: String) {
        self.kind = kind
        self.version = version
        self.initial = initial
        self.states = states
        self.events = events
        self.source = source
    }

    /// A state of the workflow.
    public struct State: Sendable, Equatable {
        /// The state's name.
        public var id: StateID
        /// What the clock does while a request is in the state.
        public var clock: ClockState
        /// Whether the request is closed in this state.
        public var isFinal: Bool
        /// How a request that ends here ended; set exactly for final states.
        public var outcome: Outcome?
        /// The letter that tells the data subject of this outcome, if any.
        public var letter: LetterType?
        /// A one-line description in each language.
        public var description: LocalizedText
        /// What the officer should do next while a request is in this state.
        public var nextAction: LocalizedText?
        /// The line of the state in its file, for messages.
        public var line: Int?
        /// For a final state: whether and how a request closed in it may be reopened (`reopen:` in the file).
        public var reopen: ReopenRule?

        /// Creates a state.
        public init(
            id: StateID, clock: ClockState, isFinal: Bool, outcome: Outcome?, letter: LetterType?,
            description: LocalizedText, nextAction: LocalizedText?, line: Int?, reopen: ReopenRule? = nil
        ) {
            self.reopen = reopen
            self.id = id
            self.clock = clock
            self.isFinal = isFinal
            self.outcome = outcome
            self.letter = letter
            self.description = description
            self.nextAction = nextAction
            self.line = line
        }
    }

    /// An event: a transition from one of several states to one state.
    public struct Event: Sendable, Equatable {
        /// The event's name, also the `dsr` subcommand that records it.
        public var id: EventID
        /// The states the event may happen in.
        public var from: [StateID]
        /// The state the event leads to.
        public var to: StateID
        /// What the event does to the clock.
        public var clock: ClockEffect
        /// What must be given to record the event.
        public var requires: [EventRequirement]
        /// The refusal grounds the event accepts (for refusal events).
        public var grounds: [GroundOption]
        /// The letter the event calls for, if any.
        public var letter: LetterType?
        /// A one-line description in each language.
        public var description: LocalizedText
        /// The line of the event in its file, for messages.
        public var line: Int?

        /// Creates an event.
        public init(
            id: EventID, from: [StateID], to: StateID, clock: ClockEffect, requires: [EventRequirement],
            grounds: [GroundOption], letter: LetterType?, description: LocalizedText, line: Int?
        ) {
            self.id = id
            self.from = from
            self.to = to
            self.clock = clock
            self.requires = requires
            self.grounds = grounds
            self.letter = letter
            self.description = description
            self.line = line
        }
    }

    /// A refusal ground an event accepts, possibly only when the request is not a direct-marketing objection.
    public struct GroundOption: Sendable, Equatable {
        /// The ground's code.
        public var code: GroundCode
        /// Whether the ground is unavailable for a direct-marketing objection (Art. 21(3)).
        public var unlessDirectMarketing: Bool

        /// Creates a ground option.
        public init(code: GroundCode, unlessDirectMarketing: Bool) {
            self.code = code
            self.unlessDirectMarketing = unlessDirectMarketing
        }
    }
}

extension WorkflowDefinition {
    /// The state with the given name, if the workflow has it.
    public func state(_ id: StateID) -> State? {
        states.first { $0.id == id }
    }

    /// The event with the given name, if the workflow has it.
    public func event(_ id: EventID) -> Event? {
        events.first { $0.id == id }
    }

    /// The events that may happen in a state, in file order.
    public func events(from state: StateID) -> [Event] {
        events.filter { $0.from.contains(state) }
    }
}
