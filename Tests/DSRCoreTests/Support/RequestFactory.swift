import DSRCore
import Testing

/// Builds requests for state-machine tests, and brings them to any state through the workflow's own events.
struct RequestFactory {
    /// The built-in workflows.
    let catalog: WorkflowCatalog
    /// The day every test request is received: Monday 3 March 2025.
    let received = date(2025, 3, 3)
    /// The case number of every test request.
    let caseNumber = CaseNumber(year: 2025, sequence: 1)

    /// The built-in catalogue, parsed once for all tests.
    static let builtIn = Result { () throws(WorkflowCatalogError) in try WorkflowCatalog.builtIn() }

    /// Uses the built-in catalogue, failing the test if it does not load.
    init(sourceLocation: SourceLocation = #_sourceLocation) throws {
        do {
            catalog = try Self.builtIn.get()
        } catch {
            Issue.record(
                "the built-in workflows do not load: \(error.errorDescription ?? "")", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The state machine of a kind.
    func machine(_ kind: RequestKind) -> RequestStateMachine {
        RequestStateMachine(workflow: catalog[kind])
    }

    /// A newly registered request in the initial state of its kind's workflow.
    func newRequest(_ kind: RequestKind, directMarketing: Bool = false, received: CivilDate? = nil) throws
        -> RequestRecord
    {
        let workflow = catalog[kind]
        let initial = try #require(workflow.state(workflow.initial))
        let day = received ?? self.received
        return RequestRecord(
            caseNumber: caseNumber, kind: kind, state: initial.id, workflowVersion: workflow.version, received: day,
            subject: DataSubject(name: "Testi Henkilö", email: "testi@example.fi"), channel: .email, language: .fi,
            isDirectMarketing: directMarketing, note: nil, clock: initial.clock,
            deadline: DeadlineCalculator().deadline(received: day).date)
    }

    /// The input that satisfies everything an event requires, with a ground the event accepts for the request.
    func completeInput(for event: WorkflowDefinition.Event, on day: CivilDate, record: RequestRecord) -> EventInput {
        var input = EventInput(on: day)
        for requirement in event.requires {
            switch requirement {
            case .reason: input.reason = "Reason given by the officer."
            case .grounds:
                let usable = event.grounds.first { !(record.isDirectMarketing && $0.unlessDirectMarketing) }
                input.grounds = usable.map { [$0.code] } ?? []
            case .recipients: input.recipients = ["Processor Oy"]
            case .endCondition: input.endCondition = "Until the accuracy of the data has been verified."
            case .details: input.details = "Done as asked."
            case .liftDate: input.liftsOn = day.adding(days: 14)
            }
        }
        return input
    }

    /// A shortest sequence of events from the initial state to `target`, trying events in file order.
    func path(to target: StateID, in workflow: WorkflowDefinition) -> [WorkflowDefinition.Event]? {
        var paths: [StateID: [WorkflowDefinition.Event]] = [workflow.initial: []]
        var queue = [workflow.initial]
        while !queue.isEmpty {
            let state = queue.removeFirst()
            if state == target { return paths[state] }
            for event in workflow.events(from: state) where paths[event.to] == nil {
                paths[event.to] = (paths[state] ?? []) + [event]
                queue.append(event.to)
            }
        }
        return nil
    }

    /// A request of a kind brought to a state by applying, on the day of receipt, the events of a shortest path.
    func request(_ kind: RequestKind, in state: StateID, directMarketing: Bool = false) throws -> RequestRecord {
        let workflow = catalog[kind]
        let events = try #require(path(to: state, in: workflow), "\(kind) state \(state) cannot be reached")
        var record = try newRequest(kind, directMarketing: directMarketing)
        for event in events {
            record = try machine(kind).apply(
                event.id, completeInput(for: event, on: received, record: record),
                to: record, today: received
            ).record
        }
        try #require(record.state == state)
        return record
    }
}
