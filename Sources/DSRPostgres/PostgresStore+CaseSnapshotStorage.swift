import DSRCore
import PostgresNIO

extension PostgresStore: CaseSnapshotStorage {
    /// The request, its history, its letters with their dispatch state and the current controller profile
    /// (``CaseSnapshotStorage/caseSnapshot(_:)``), read on one pooled connection in one `REPEATABLE READ READ ONLY`
    /// transaction, so that all four come from one snapshot; `nil` if there is no such case.
    public func caseSnapshot(_ caseNumber: CaseNumber) async throws -> CaseSnapshot? {
        let operation = "read case \(caseNumber)"
        return try await transaction(operation, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { connection in
            guard let record = try await self.record(caseNumber, operation: operation, on: connection) else {
                return nil
            }
            let events = try await self.history(of: caseNumber, operation: operation, on: connection)
            let letters = try await self.dispatchStates(
                Self.dispatchSelection(
                    "l.case_year = $1 AND l.case_sequence = $2", binding: [caseNumber.year, caseNumber.sequence]),
                on: connection)
            let profile = try await self.controllerProfile(operation: operation, on: connection)
            return CaseSnapshot(record: record, events: events, letters: letters, profile: profile)
        }
    }
}
