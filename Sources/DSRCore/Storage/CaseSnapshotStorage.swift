/// Where a case is read whole, for a page that shows it (`dsr show`, the server's case page): one call and one
/// snapshot of the register instead of four reads, each of which would be a hop to the store and could see a
/// different state of the case.
public protocol CaseSnapshotStorage: Sendable {
    /// The request with the case number, its history, its letters with their dispatch state and the current
    /// controller profile, all read from one consistent snapshot of the register (one read transaction); `nil` if
    /// there is no such case.
    func caseSnapshot(_ caseNumber: CaseNumber) async throws -> CaseSnapshot?
}
