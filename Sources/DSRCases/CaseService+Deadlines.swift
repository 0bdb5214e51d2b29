import DSRCore

extension CaseService {
    /// The open requests with the controller's internal target, for the due list and the deadline calendar.
    public func openDeadlines() async throws -> OpenDeadlines {
        OpenDeadlines(records: try await storage.records(RequestQuery()),
                      internalTargetDays: try await storage.controllerProfile()?.profile.internalTargetWorkingDays)
    }

    /// The whole requests the query selects, soonest deadline first (for reports over a period).
    public func records(_ query: RequestQuery) async throws -> [RequestRecord] {
        try await storage.records(query)
    }
}
