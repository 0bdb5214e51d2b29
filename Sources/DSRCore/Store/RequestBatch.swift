/// Requests being added together inside one transaction of ``RequestStore/insertBatch(_:)``.
///
/// Valid only inside the body it is given to; it is not safe to keep or share.
public protocol RequestBatch {
    /// The case that has this reference, counting the requests added earlier in the batch, or `nil`.
    func caseNumber(forReference reference: String) throws -> CaseNumber?

    /// Adds a request with its history: gives it the next case number of `year`, builds its states and their log
    /// entries with `make` (oldest first; the first entry registers it), and appends them all.
    ///
    /// If `make` throws, nothing is stored and the case number stays free; its error comes out unchanged.
    /// - Returns: The request as it stands after its last entry.
    func insert(year: Int, _ make: (CaseNumber) throws -> [(RequestRecord, EventEntry)]) throws -> RequestRecord
}
