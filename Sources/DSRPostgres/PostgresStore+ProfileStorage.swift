import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: ProfileStorage {
    /// The current controller profile and its version number, or `nil` if none was set.
    public func controllerProfile() async throws -> ControllerProfileVersion? {
        let operation = "read the controller profile"
        return try await read(operation) { connection in
            try await self.controllerProfile(operation: operation, on: connection)
        }
    }

    /// The current controller profile read on the caller's connection, or `nil` if none was set.
    func controllerProfile(operation: String, on connection: PostgresConnection) async throws
        -> ControllerProfileVersion?
    {
        let rows = try await connection.guardedQuery(
            "SELECT version, profile FROM controller_profile ORDER BY version DESC LIMIT 1", logger: logger)
        for try await (version, json) in rows.decode((Int, String).self) {
            return ControllerProfileVersion(
                version: version, profile: try Self.decodeProfile(json, version: version, operation: operation))
        }
        return nil
    }

    /// Stores a new version of the controller profile with its register-wide entry, in one transaction, and returns
    /// the version number (1 for the first).
    public func saveControllerProfile(_ profile: ControllerProfile, entry: EventEntry) async throws -> Int {
        let operation = "save the controller profile"
        guard entry.caseNumber == nil else {
            throw StoreError.failed(operation: operation, reason: "the entry names a case")
        }
        guard let createdAt = ChainHashing.timestamp(entry.recordedAt) else {
            throw StoreError.failed(operation: operation, reason: "the time to record is out of range")
        }
        return try await write(operation) { connection, chain in
            let json = CanonicalJSON.encode(profile)
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            let rows = try await connection.guardedQuery(
                """
                INSERT INTO controller_profile (version, profile, created_at, event_sequence)
                SELECT coalesce(max(version), 0) + 1, \(json), \(createdAt), \(event) FROM controller_profile
                RETURNING version
                """, logger: logger)
            var version = 0
            for try await inserted in rows.decode(Int.self) { version = inserted }
            return version
        }
    }

    /// Every version of the controller profile, oldest first, with the time each was recorded.
    public func controllerProfileHistory() async throws -> [ControllerProfileVersion] {
        let operation = "read the controller profile's history"
        return try await read(operation) { connection in
            let rows = try await connection.guardedQuery(
                "SELECT version, profile, created_at FROM controller_profile ORDER BY version", logger: logger)
            var history: [ControllerProfileVersion] = []
            for try await (version, json, createdText) in rows.decode((Int, String, String).self) {
                let profile = try Self.decodeProfile(json, version: version, operation: operation)
                guard let createdAt = ChainHashing.date(fromTimestamp: createdText) else {
                    throw StoreError.failed(
                        operation: operation, reason: "the time of version \(version) cannot be read")
                }
                history.append(ControllerProfileVersion(version: version, profile: profile, createdAt: createdAt))
            }
            return history
        }
    }

    /// Decodes a stored profile version.
    private static func decodeProfile(_ json: String, version: Int, operation: String) throws -> ControllerProfile {
        do {
            return try decodeJSON(ControllerProfile.self, from: json)
        } catch {
            throw StoreError.unreadable(operation: operation, what: "version \(version) of the controller profile")
        }
    }
}
