/// What the store hands to the code that writes a letter being issued, read inside the transaction that records it.
public struct LetterIssueContext: Sendable {
    /// The request as it stands.
    public var record: RequestRecord
    /// The controller profile in force, if one was set.
    public var profile: ControllerProfile?
    /// The version of that profile.
    public var profileVersion: Int?
    /// The number the letter will get.
    public var number: LetterNumber
    /// The letters already issued for the case, oldest first, without their files' contents.
    public var issued: [IssuedLetter]
    /// The file names of the case's Art. 15(3) copies of the data still kept (``AttachmentSummary/dataCopyNames(in:)``),
    /// read in the same transaction, which an access answer encloses.
    public var dataCopies: [String]

    /// Creates a context.
    public init(
        record: RequestRecord, profile: ControllerProfile?, profileVersion: Int?, number: LetterNumber,
        issued: [IssuedLetter], dataCopies: [String] = []
    ) {
        self.record = record
        self.profile = profile
        self.profileVersion = profileVersion
        self.number = number
        self.issued = issued
        self.dataCopies = dataCopies
    }
}
