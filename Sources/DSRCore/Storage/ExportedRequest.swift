/// A request as an export writes it: its record and the day it was first acknowledged, if it was.
public struct ExportedRequest: Sendable, Equatable {
    /// The request.
    public var record: RequestRecord
    /// The day of its first `acknowledge` event, or `nil`.
    public var acknowledgedOn: CivilDate?

    /// Creates the value.
    public init(record: RequestRecord, acknowledgedOn: CivilDate?) {
        self.record = record
        self.acknowledgedOn = acknowledgedOn
    }
}
