import Foundation

/// The moment a use case runs at: today's date in Europe/Helsinki and the instant to record.
///
/// Front ends read the real clock (or a fixed day for scripts) and pass this value in; nothing below them reads the
/// clock.
public struct Today: Sendable, Equatable {
    /// Today's date in Europe/Helsinki.
    public var date: CivilDate
    /// The instant to record, in whole seconds.
    public var now: Date

    /// Creates the moment.
    public init(date: CivilDate, now: Date) {
        self.date = date
        self.now = now
    }
}
