import DSRCore
import DSRStore
import Foundation
import PostgresNIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension PostgresStore: IdentityKeyStorage {
    /// Gives the register its key file (``keyFile``, mode 0600, in a folder only its owner can open): adopts one
    /// already there that opens the register's codes, else makes one, and records its fingerprint.
    /// - Throws: ``IdentityCodeError/keyExists(path:)`` if the register has its key; ``IdentityCodeError`` if its key
    ///   is gone or the file cannot be made.
    public func initialiseIdentityKey(actor: String, today: Today) async throws -> IdentityKeyInstalled {
        let key: IdentityCodeKey
        let reason: IdentityKeyReason
        switch try await registerKey() {
        case .recorded(let existing):
            throw IdentityCodeError.keyExists(path: existing.path)
        case .unrecorded(let existing):
            key = existing
            reason = .adopted
        case .none:
            let folder = URL(fileURLWithPath: keyFile).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw IdentityCodeError.keyUnreadable(path: keyFile, reason: "its folder cannot be made")
            }
            key = try IdentityCodeKey.create(atPath: keyFile)
            reason = .created
        }
        try await recordKeyFingerprint(of: key, reason: reason, actor: actor, today: today)
        return IdentityKeyInstalled(location: key.path, fingerprint: key.fingerprint, adopted: reason == .adopted)
    }

    /// Replaces the key file with a new key, re-sealing every stored code in one transaction (each request gets an
    /// `identity-code-resealed` event, and the register records the new fingerprint); the old file is kept as
    /// KEYFILE.retired-FINGERPRINT for the backups made before.
    /// - Throws: ``IdentityCodeError/noKey(path:)`` if it has no key; ``IdentityCodeError`` if the key cannot be used
    ///   or the old key cannot be kept. Nothing changes then.
    public func rotateIdentityKey(actor: String, today: Today) async throws -> IdentityKeyRotated {
        let (found, adopted) = try await usableKey(actor: actor, today: today)
        guard let old = found else { throw IdentityCodeError.noKey(path: keyFile) }
        let retired = old.path + ".retired-" + old.fingerprint.prefix(16)
        let (new, pending) = try old.makeReplacement()
        guard link(old.path, retired) == 0 else {
            unlink(pending)
            throw IdentityCodeError.keyUnreadable(
                path: retired,
                reason: "the old key could not be kept under this name (\(String(cString: strerror(errno))))")
        }
        let count: Int
        do {
            count = try await reseal(from: old, to: new, actor: actor, today: today)
        } catch {
            unlink(pending)
            unlink(retired)
            throw error
        }
        try IdentityCodeKey.installReplacement(pending, at: old.path)
        return IdentityKeyRotated(
            resealed: count, location: new.path, fingerprint: new.fingerprint, retiredLocation: retired,
            adoptedKeyPath: adopted)
    }

    /// Re-seals every request's code from `old` to `new` and records `new`, in one transaction.
    /// - Throws: ``IdentityCodeError/cannotOpen`` if a code does not open under `old` (nothing is changed).
    private func reseal(from old: IdentityCodeKey, to new: IdentityCodeKey, actor: String, today: Today) async throws
        -> Int
    {
        let operation = "re-seal the identity codes under the new key"
        return try await write(operation) { connection, chain in
            let rows = try await connection.guardedQuery(
                """
                SELECT case_year, case_sequence, record FROM request
                WHERE record::jsonb #> '{subject,identityCode}' IS NOT NULL ORDER BY case_year, case_sequence
                """, logger: logger)
            var records: [RequestRecord] = []
            for try await (year, sequence, json) in rows.decode((Int, Int, String).self) {
                records.append(
                    try Self.decodeRecord(json, CaseNumber(year: year, sequence: sequence), operation: operation))
            }
            var count = 0
            for record in records {
                guard let sealed = record.subject.identityCode else { continue }
                let code = try new.seal(try old.open(sealed))
                let (resealed, entry) = SealedIdentityCode.reseal(
                    record, as: code, actor: actor, now: today.now, today: today.date)
                let json = CanonicalJSON.encode(resealed)
                let event = try await chain.append(
                    entry, stateJSON: json, operation: operation, on: connection, logger: logger)
                try await updateRow(resealed, json: json, lastEvent: event, on: connection)
                count += 1
            }
            _ = try await chain.append(
                Self.identityKeyEntry(new, reason: .rotated, actor: actor, today: today), stateJSON: nil,
                operation: operation, on: connection, logger: logger)
            // Sensitive attachments are sealed under a key derived from the same secret: sealed anew, after the event.
            try await resealAttachments(from: old, to: new, on: connection)
            return count
        }
    }
}
