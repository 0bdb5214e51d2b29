/// The data of a `reopen` event: why a closed request was reopened (free text, kept beside the chain like other
/// personal text).
public struct ReopenData: Sendable, Codable, Equatable {
    /// Why the request was reopened.
    public var reason: String

    /// Creates the data.
    public init(reason: String) {
        self.reason = reason
    }

    /// The data with the reason replaced by `marker`.
    public func replacingPersonalData(with marker: String) -> ReopenData {
        ReopenData(reason: PersonalData.replacing(reason, with: marker) ?? "")
    }

    /// The request reopened on `day` by its state's ``ReopenRule``: back in the rule's open state with that state's
    /// clock, no longer closed, without the outcome (and refusal) of its closing; with ``ReopenRule/Clock/resume`` the
    /// deadline stays what it was, with ``ReopenRule/Clock/excludeClosedDays`` the closed days are added as a pause.
    /// - Throws: ``CaseWorkError/notClosed(_:)`` for an open request, ``CaseWorkError/cannotReopen(_:state:)`` if the
    ///   workflow does not let its state be reopened.
    public func reopened(
        _ record: RequestRecord, on day: CivilDate, workflow: WorkflowDefinition,
        calculator: DeadlineCalculator
    ) throws(CaseWorkError) -> RequestRecord {
        guard let closedOn = record.closedOn else { throw .notClosed(record.caseNumber) }
        guard let rule = workflow.state(record.state)?.reopen, let target = workflow.state(rule.to), !target.isFinal
        else { throw .cannotReopen(record.caseNumber, state: record.state) }
        var next = record
        switch rule.clock {
        case .resume:
            break
        case .excludeClosedDays:
            if closedOn < day { next.pauses.append(ClockPause(start: closedOn, end: day)) }
        }
        next.state = target.id
        next.clock = target.clock
        next.closedOn = nil
        next.outcome = nil
        next.refusal = nil
        next.lastEventOn = max(record.lastEventOn, day)
        next.deadline = next.deadlineDetail(calculator: calculator).date
        return next
    }
}

extension ReopenData: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted, `nil` members left out).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("reason", reason)
        writer.endObject()
    }
}
