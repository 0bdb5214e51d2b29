import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// The current controller profile and its version number, or `nil` if none was set.
    public func controllerProfile() throws(StoreError) -> (profile: ControllerProfile, version: Int)? {
        let operation = "read the controller profile"
        let row = try readStatement(operation) { db in
            try ControllerProfileRow.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM controllerProfile ORDER BY version DESC LIMIT 1"))
        }
        guard let row else { return nil }
        return (try Self.decodeProfile(row, operation: operation), Int(row.version ?? 0))
    }

    /// Stores a new version of the controller profile with its log entry, in one transaction, and returns the
    /// version number (1 for the first).
    /// - Throws: ``StoreError`` for a storage failure or an entry that names a case.
    public func saveControllerProfile(_ profile: ControllerProfile, entry: EventEntry) throws(StoreError) -> Int {
        let operation = "save the controller profile"
        do {
            return try write(operation) { db in
                guard entry.caseNumber == nil else {
                    throw StoreError.failed(operation: operation, reason: "the entry names a case")
                }
                guard let createdAt = UTCTimestamp.string(from: entry.recordedAt) else {
                    throw StoreError.failed(operation: operation, reason: "the time to record is out of range")
                }
                let json = CanonicalJSON.encode(profile)
                let sequence = try EventRow.append(entry, stateJSON: json, operation: operation, in: db)
                var row = ControllerProfileRow(
                    version: nil, profile: json, createdAt: createdAt, eventSequence: sequence)
                try row.insert(db)
                return Int(row.version ?? 0)
            }
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Every version of the controller profile, oldest first, with the time each was recorded.
    public func controllerProfileHistory() throws(StoreError) -> [(
        version: Int, profile: ControllerProfile, createdAt: Date
    )] {
        let operation = "read the controller profile's history"
        let rows = try read(operation) { db in
            try ControllerProfileRow.fetchAll(db, sql: "SELECT * FROM controllerProfile ORDER BY version")
        }
        var history: [(version: Int, profile: ControllerProfile, createdAt: Date)] = []
        for row in rows {
            let profile = try Self.decodeProfile(row, operation: operation)
            guard let createdAt = UTCTimestamp.date(from: row.createdAt) else {
                throw .failed(operation: operation, reason: "the time of version \(row.version ?? 0) cannot be read")
            }
            history.append((Int(row.version ?? 0), profile, createdAt))
        }
        return history
    }

    /// Decodes the profile a row keeps.
    static func decodeProfile(_ row: ControllerProfileRow, operation: String) throws(StoreError)
        -> ControllerProfile
    {
        do {
            return try StoreJSON.decode(ControllerProfile.self, from: row.profile)
        } catch {
            throw StoreError.unreadable(
                operation: operation, what: "version \(row.version ?? 0) of the controller profile")
        }
    }
}
