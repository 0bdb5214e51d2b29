import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: IdentityCodeStorage {
    /// Seals a code under the register's key (adopting a key left there and not yet recorded).
    /// - Throws: ``IdentityCodeError/noKey(path:)`` if it has no key; ``IdentityCodeError`` if the key file is
    ///   missing, another key, or cannot be read. No key is ever made here.
    public func sealIdentityCode(_ code: Henkilotunnus, actor: String, today: Today) async throws
        -> IdentityKeyAnswer<SealedIdentityCode>
    {
        let (key, adopted) = try await usableKey(actor: actor, today: today)
        guard let key else { throw IdentityCodeError.noKey(path: keyFile) }
        return IdentityKeyAnswer(try key.seal(code), adoptedKeyPath: adopted)
    }

    /// The lookup tag of a code under the register's key, or `nil` if the register has no key and holds no codes.
    public func identityLookupTag(_ code: Henkilotunnus, actor: String, today: Today) async throws
        -> IdentityKeyAnswer<String?>
    {
        let (key, adopted) = try await usableKey(actor: actor, today: today)
        return IdentityKeyAnswer(key?.lookup(code), adoptedKeyPath: adopted)
    }

    /// The requests whose identity code has the lookup tag, in case-number order.
    public func records(withIdentityLookup tag: String) async throws -> [RequestRecord] {
        let operation = "look up an identity code"
        return try await read(operation) { connection in
            let rows = try await connection.guardedQuery(
                """
                SELECT case_year, case_sequence, record FROM request
                WHERE record::jsonb #>> '{subject,identityCode,lookup}' = \(tag)
                ORDER BY case_year, case_sequence
                """, logger: logger)
            var records: [RequestRecord] = []
            for try await (year, sequence, json) in rows.decode((Int, Int, String).self) {
                records.append(
                    try Self.decodeRecord(json, CaseNumber(year: year, sequence: sequence), operation: operation))
            }
            return records
        }
    }

    /// Whether the register has a usable key (adopting a key left there and not yet recorded).
    /// - Throws: ``IdentityCodeError/noKey(path:)`` if `required` and there is none; ``IdentityCodeError`` if the key
    ///   file is missing, another key, or cannot be read.
    public func checkIdentityKey(required: Bool, actor: String, today: Today) async throws -> IdentityKeyAnswer<Bool> {
        let (key, adopted) = try await usableKey(actor: actor, today: today)
        if key == nil, required { throw IdentityCodeError.noKey(path: keyFile) }
        return IdentityKeyAnswer(key != nil, adoptedKeyPath: adopted)
    }
}

extension PostgresStore {
    /// The register's key for a use case that needs it: the key the register recorded, or a key file that opens
    /// its codes but was never recorded, adopted now (its fingerprint recorded in the chain), with its path.
    /// - Returns: `nil` for the key if the register has no key, no key file and no stored code.
    func usableKey(actor: String, today: Today) async throws -> (key: IdentityCodeKey?, adoptedPath: String?) {
        switch try await registerKey() {
        case .recorded(let key):
            return (key, nil)
        case .unrecorded(let key):
            try await recordKeyFingerprint(of: key, reason: .adopted, actor: actor, today: today)
            return (key, key.path)
        case .none:
            return (nil, nil)
        }
    }

    /// The register's identity-code key as its file and its hash chain agree on it (as an SQLite register's).
    /// - Throws: ``IdentityCodeError/keyMissing(path:)`` if the register recorded a key, or holds codes, but the file
    ///   is not there; ``IdentityCodeError/keyMismatch(path:)`` if the file is another key;
    ///   ``IdentityCodeError/rotationUnfinished(path:pending:)`` if a rotation stopped before putting the new key in
    ///   place; ``IdentityCodeError/keyUnreadable(path:reason:)`` if it cannot be read.
    func registerKey() async throws -> RegisterKey {
        let key = try IdentityCodeKey.load(atPath: keyFile)
        // A register that recorded its key is judged by the fingerprint alone: the sample, which must look through
        // the requests' records, is read only for a register that never recorded one (as on SQLite).
        let (recorded, sample) = try await read("read the identity-code key's fingerprint") { connection in
            let recorded = try await self.recordedKeyFingerprint(on: connection)
            return (recorded, recorded == nil ? try await self.anySealedIdentityCode(on: connection) : nil)
        }
        if let recorded {
            let pendingPath = IdentityCodeKey.pendingPath(of: keyFile)
            if key?.fingerprint != recorded, let pending = try? IdentityCodeKey.load(atPath: pendingPath),
                pending.fingerprint == recorded
            {
                throw IdentityCodeError.rotationUnfinished(path: keyFile, pending: pendingPath)
            }
            guard let key else { throw IdentityCodeError.keyMissing(path: keyFile) }
            guard key.fingerprint == recorded else { throw IdentityCodeError.keyMismatch(path: keyFile) }
            return .recorded(key)
        }
        if let sample {
            guard let key else { throw IdentityCodeError.keyMissing(path: keyFile) }
            guard (try? key.open(sample)) != nil else { throw IdentityCodeError.keyMismatch(path: keyFile) }
        }
        return key.map(RegisterKey.unrecorded) ?? .none
    }

    /// The fingerprint of the key the register recorded last, or `nil`.
    func recordedKeyFingerprint(on connection: PostgresConnection) async throws -> String? {
        let rows = try await connection.guardedQuery(
            """
            SELECT data FROM event WHERE case_year IS NULL AND name = \(SystemEvent.identityKey.rawValue)
            ORDER BY sequence DESC LIMIT 1
            """, logger: logger)
        for try await data in rows.decode(String.self) {
            guard let fields = EventEntry.decodeCanonicalJSON([String: String].self, from: data),
                let fingerprint = fields["fingerprint"]
            else {
                throw StoreError.unreadable(
                    operation: "read the identity-code key's fingerprint", what: "the recorded fingerprint")
            }
            return fingerprint
        }
        return nil
    }

    /// One identity code a request carries, to test a key against, or `nil`.
    ///
    /// Only records whose text names the member are parsed as JSON (`strpos` first): a register without identity
    /// codes is then read, not parsed, from end to end.
    func anySealedIdentityCode(on connection: PostgresConnection) async throws -> SealedIdentityCode? {
        let rows = try await connection.guardedQuery(
            """
            SELECT (record::jsonb #> '{subject,identityCode}')::text FROM request
            WHERE strpos(record, '"identityCode"') > 0 AND record::jsonb #> '{subject,identityCode}' IS NOT NULL
            LIMIT 1
            """, logger: logger)
        for try await json in rows.decode(String.self) {
            guard let code = try? Self.decodeJSON(SealedIdentityCode.self, from: json) else {
                throw StoreError.unreadable(operation: "look for stored identity codes", what: "a stored identity code")
            }
            return code
        }
        return nil
    }

    /// The entry that records a key's fingerprint, with why.
    static func identityKeyEntry(_ key: IdentityCodeKey, reason: IdentityKeyReason, actor: String, today: Today)
        -> EventEntry
    {
        EventEntry(
            caseNumber: nil, name: SystemEvent.identityKey.rawValue, on: today.date, recordedAt: today.now,
            actor: actor, workflowVersion: 0, stateAfter: nil,
            data: EventEntry.canonicalJSON(["fingerprint": key.fingerprint, "reason": reason.rawValue]))
    }

    /// Appends the register-wide event that records the key's fingerprint.
    func recordKeyFingerprint(of key: IdentityCodeKey, reason: IdentityKeyReason, actor: String, today: Today)
        async throws
    {
        let operation = "record the fingerprint of the identity-code key"
        let entry = Self.identityKeyEntry(key, reason: reason, actor: actor, today: today)
        try await write(operation) { connection, chain in
            _ = try await chain.append(entry, stateJSON: nil, operation: operation, on: connection, logger: logger)
        }
    }
}
