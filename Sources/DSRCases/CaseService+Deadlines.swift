import DSRCore

extension CaseService {
    /// The open requests with the controller's internal target, for the due list and the deadline calendar; with
    /// `includingClosed`, closed requests too (the calendar keeps recently closed ones as cancelled events).
    public func openDeadlines(includingClosed: Bool = false) async throws -> OpenDeadlines {
        OpenDeadlines(
            records: try await storage.records(RequestQuery(includeClosed: includingClosed)),
            internalTargetDays: try await storage.controllerProfile()?.profile.internalTargetWorkingDays)
    }

    /// The whole requests the query selects, soonest deadline first (for reports over a period).
    public func records(_ query: RequestQuery) async throws -> [RequestRecord] {
        try await storage.records(query)
    }
}
