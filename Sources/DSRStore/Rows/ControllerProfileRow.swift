import GRDB

/// A row of the `controllerProfile` table: one version of the controller profile, as JSON.
struct ControllerProfileRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "controllerProfile"

    /// The version number, from 1.
    var version: Int64?
    /// The profile as canonical JSON.
    var profile: String
    /// When the version was recorded, `YYYY-MM-DDTHH:MM:SSZ`.
    var createdAt: String
    /// The sequence number of the event that recorded it.
    var eventSequence: Int64

    /// Takes the version number SQLite stored.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        version = inserted.rowID
    }
}
