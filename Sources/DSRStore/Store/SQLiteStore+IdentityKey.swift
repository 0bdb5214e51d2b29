import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// The fingerprint of the identity-code key the register recorded last, or `nil` if it recorded none.
    ///
    /// Register-wide events are few and sit at the front of the index `event_case`, so this reads a few rows.
    public func recordedKeyFingerprint() throws(StoreError) -> String? {
        let operation = "read the fingerprint of the identity-code key"
        let data = try read(operation) { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT data FROM event WHERE caseYear IS NULL AND caseSequence IS NULL AND name = ?
                    ORDER BY sequence DESC LIMIT 1
                    """, arguments: [SystemEvent.identityKey.rawValue])
        }
        guard let data else { return nil }
        guard let fields = EventEntry.decodeCanonicalJSON([String: String].self, from: data),
            let fingerprint = fields["fingerprint"]
        else {
            throw StoreError.unreadable(operation: operation, what: "the recorded fingerprint")
        }
        return fingerprint
    }

    /// Appends the register-wide event that records the key's fingerprint, with why.
    /// - Throws: ``StoreError`` for a storage failure or a read-only register.
    public func recordKeyFingerprint(
        of key: IdentityCodeKey, reason: IdentityKeyReason, actor: String, now: Date,
        today: CivilDate
    ) throws(StoreError) {
        let operation = "record the fingerprint of the identity-code key"
        do {
            try write(operation) { db in
                _ = try EventRow.append(
                    try Self.identityKeyEntry(key, reason: reason, actor: actor, now: now, today: today),
                    stateJSON: nil, operation: operation, in: db)
            }
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// The entry that records a key's fingerprint.
    static func identityKeyEntry(
        _ key: IdentityCodeKey, reason: IdentityKeyReason, actor: String, now: Date,
        today: CivilDate
    ) throws(EventDataError) -> EventEntry {
        EventEntry(
            caseNumber: nil, name: SystemEvent.identityKey.rawValue, on: today, recordedAt: now, actor: actor,
            workflowVersion: 0,
            stateAfter: nil,
            data: EventEntry.canonicalJSON(["fingerprint": key.fingerprint, "reason": reason.rawValue]))
    }

    /// Whether `dsr purge` left keyed tags of purged references or import keys (an import then needs the key).
    public func hasPurgedTags() throws(StoreError) -> Bool {
        try read("look for purged tags") { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM purgedTag)") ?? false
        }
    }

    /// One identity code a request of the register carries, to test a key against, or `nil` if none carries one.
    public func anySealedIdentityCode() throws(StoreError) -> SealedIdentityCode? {
        let operation = "look for stored identity codes"
        let json = try read(operation) { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT json_extract(record, '$.subject.identityCode') FROM request
                    WHERE json_extract(record, '$.subject.identityCode') IS NOT NULL LIMIT 1
                    """)
        }
        guard let json else { return nil }
        guard let code = EventEntry.decodeCanonicalJSON(SealedIdentityCode.self, from: json) else {
            throw StoreError.unreadable(operation: operation, what: "a stored identity code")
        }
        return code
    }

    /// The register's identity-code key as its file and its hash chain agree on it.
    ///
    /// - Returns: ``RegisterKey/recorded(_:)`` when the key file's fingerprint is the one the register recorded;
    ///   ``RegisterKey/unrecorded(_:)`` when the register recorded none (it was made by an earlier dsr) and the key
    ///   file opens the codes it holds, so it can be adopted; ``RegisterKey/none`` when there is neither a recorded
    ///   key, nor a key file, nor a stored code. An in-memory register has no key.
    /// - Throws: ``IdentityCodeError/keyMissing(path:)`` if the register recorded a key, or holds codes, but the file
    ///   is not there; ``IdentityCodeError/keyMismatch(path:)`` if the file is another key;
    ///   ``IdentityCodeError/rotationUnfinished(path:pending:)`` if a key rotation stopped before putting the new key in place;
    ///   ``IdentityCodeError/keyUnreadable(path:reason:)`` if it cannot be read; ``StoreError`` if the register
    ///   cannot be read.
    public func registerKey() throws -> RegisterKey {
        guard let path else { return .none }
        let keyPath = IdentityCodeKey.path(forRegister: path)
        let key = try IdentityCodeKey.load(forRegister: path, create: false)
        if let recorded = try recordedKeyFingerprint() {
            // A rotation that stopped after its transaction left the recorded key beside the key file.
            if key?.fingerprint != recorded,
                let pending = try? IdentityCodeKey.read(IdentityCodeKey.pendingPath(of: keyPath)),
                pending.fingerprint == recorded
            {
                throw IdentityCodeError.rotationUnfinished(
                    path: keyPath, pending: IdentityCodeKey.pendingPath(of: keyPath))
            }
            guard let key else { throw IdentityCodeError.keyMissing(path: keyPath) }
            guard key.fingerprint == recorded else { throw IdentityCodeError.keyMismatch(path: keyPath) }
            return .recorded(key)
        }
        if let sample = try anySealedIdentityCode() {
            guard let key else { throw IdentityCodeError.keyMissing(path: keyPath) }
            guard (try? key.open(sample)) != nil else { throw IdentityCodeError.keyMismatch(path: keyPath) }
        }
        return key.map(RegisterKey.unrecorded) ?? .none
    }

    /// What `dsr audit verify` reports about the register's identity-code key: `nil` if the key file is the key the
    /// register recorded (or the register has, and needs, none), else the problem, naming the key file.
    ///
    /// A key file that exists but that this user may not read (an auditor's account) cannot be compared, and is not
    /// reported: the commands that need the key check it when they run.
    public func identityKeyProblem() -> ChainProblem? {
        let keyPath = path.map(IdentityCodeKey.path(forRegister:)) ?? ""
        if FileManager.default.fileExists(atPath: keyPath) && !FileManager.default.isReadableFile(atPath: keyPath) {
            return nil
        }
        let detail: String
        do {
            _ = try registerKey()
            return nil
        } catch IdentityCodeError.keyMissing {
            detail =
                "the identity-code key file \(keyPath) is missing, although the register has a key; restore it "
                + "from your backup of the key (docs/security.md, Key handling)"
        } catch IdentityCodeError.keyMismatch {
            detail =
                "the identity-code key file \(keyPath) is not the key whose fingerprint the register recorded; put "
                + "the register's own key back from your backup of it (docs/security.md, Key handling)"
        } catch let error as IdentityCodeError {
            detail = error.errorDescription ?? "the identity-code key cannot be checked"
        } catch let error as StoreError {
            detail = "the identity-code key cannot be checked: \(error.errorDescription ?? "")"
        } catch {
            detail = "the identity-code key cannot be checked"
        }
        return ChainProblem(kind: .identityKey, sequence: nil, caseNumber: nil, detail: detail)
    }

    /// Re-seals every identity code the register's requests carry, from the key `old` to the key `new`, in one
    /// transaction: each request gets an ``SystemEvent/identityCodeResealed`` event with its code sealed under `new`
    /// (and its lookup tag under `new`), and the register records `new`'s fingerprint (reason `rotated`). Nothing
    /// is changed if any code does not open under `old`.
    ///
    /// The personal data kept beside the chain for earlier events (a registration's draft) keeps the code as it was
    /// sealed then: it is committed to by the chain's salted hash and cannot change; `dsr purge` removes it.
    /// - Returns: How many codes were re-sealed.
    /// - Throws: ``IdentityCodeError/cannotOpen`` if a code does not open under `old`; ``StoreError`` for a storage
    ///   failure.
    public func rotateKey(
        from old: IdentityCodeKey, to new: IdentityCodeKey, actor: String, now: Date,
        today: CivilDate
    ) throws -> Int {
        let operation = "re-seal the identity codes under the new key"
        return try write(operation) { db in
            let rows = try RequestRow.fetchAll(
                db,
                sql: """
                    SELECT * FROM request WHERE json_extract(record, '$.subject.identityCode') IS NOT NULL
                    ORDER BY caseYear, caseSequence
                    """)
            var count = 0
            for row in rows {
                let record = try Self.decodeRecord(row, operation: operation)
                guard let sealed = record.subject.identityCode else { continue }
                let resealedCode = try callerStep { try new.seal(try old.open(sealed)) }
                let (resealed, entry) = SealedIdentityCode.reseal(
                    record, as: resealedCode, actor: actor, now: now,
                    today: today)
                let json = CanonicalJSON.encode(resealed)
                let sequence = try EventRow.append(entry, stateJSON: json, operation: operation, in: db)
                try RequestRow(resealed, json: json, lastEventSequence: sequence).update(db)
                count += 1
            }
            _ = try EventRow.append(
                try Self.identityKeyEntry(new, reason: .rotated, actor: actor, now: now, today: today),
                stateJSON: nil, operation: operation, in: db)
            // Sensitive attachments are sealed under a key derived from the same secret: sealed anew, after the event.
            try callerStep { try Self.resealAttachments(from: old, to: new, in: db) }
            return count
        }
    }
}
