/// Requests being added together inside the one transaction of an import (``ImportTransaction/withBatch(_:)``).
///
/// Valid only inside the body it is given to; it is not safe to keep or share. Lookups see the requests added
/// earlier in the batch.
public protocol RequestBatch {
    /// The case that has this reference, or `nil`, with its data subject's name and whether `dsr purge` removed its
    /// personal data (the name is then a placeholder), so that an import can tell the same person from another.
    func owner(ofReference reference: String) throws -> (caseNumber: CaseNumber, name: String, isPurged: Bool)?

    /// The cases added by an import under this ``ImportKey`` (rows without a reference), with their references.
    func cases(withImportKey key: String) throws -> [(caseNumber: CaseNumber, reference: String?)]

    /// Whether `dsr purge` removed a request that had this reference, or this import key (it keeps only keyed tags of
    /// them, so that importing the row again does not bring the person back).
    func wasPurged(reference: String?, importKey: String) throws -> Bool

    /// The request with the case number, or `nil`.
    func record(_ caseNumber: CaseNumber) throws -> RequestRecord?

    /// The last case number given in each year so far.
    func caseCounters() throws -> [Int: Int]

    /// Adds a request with its history: gives it the next case number of `year`, builds its states and their log
    /// entries with `make` (oldest first; the first entry registers it), and appends them all, keeping `importKey`
    /// beside the request for later lookups.
    ///
    /// If `make` throws, nothing is stored and the case number stays free; its error comes out unchanged.
    /// - Returns: The request as it stands after its last entry.
    func insert(year: Int, importKey: String?, _ make: (CaseNumber) throws -> [HistoryStep]) throws -> RequestRecord
}
