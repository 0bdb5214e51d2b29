import Foundation

/// The hash chain's encoding for another register backend (DSRPostgres): the same hashes, commitments, salts and
/// text forms of time that an SQLite register stores, computed by the one encoder (``EventChain``), so that every
/// backend's log verifies the same way and can be copied between them.
public enum ChainHashing {
    /// The hash that stands before the first event of the log: 64 zeros.
    public static let genesisHash = RegisterSchema.genesisHash

    /// The hash of an event in its format (2 unless told; 1 for an event written before personal data was kept
    /// apart, which has no `personalHash`) (``EventChain``): the hex SHA-256 of its canonical encoding, from its
    /// fields exactly as the register stores them.
    public static func eventHash(
        sequence: Int64, caseYear: Int?, caseSequence: Int?, name: String, on: String, recordedAt: String,
        actor: String, workflowVersion: Int, stateAfter: String?, data: String, stateHash: String?,
        previousHash: String, personalHash: String?, format: Int = 2
    ) -> String {
        var buffer = CanonicalEventBuffer()
        EventChain.encode(
            into: &buffer, format: Int64(format), sequence: sequence, caseYear: caseYear.map(Int64.init),
            caseSequence: caseSequence.map(Int64.init), name: name, on: on, recordedAt: recordedAt, actor: actor,
            workflowVersion: Int64(workflowVersion), stateAfter: stateAfter, data: data, stateHash: stateHash,
            previousHash: previousHash, personalHash: personalHash)
        return buffer.hashHex
    }

    /// The salted commitment to an event's full data that its `personalHash` records (``EventPersonalRow``).
    public static func personalCommitment(salt: String, data: String) -> String {
        EventPersonalRow.commitment(salt: salt, data: data)
    }

    /// A fresh salt for personal data: 32 random bytes from the system's source, as lowercase hex
    /// (``EventPersonalRow``'s).
    public static func newSalt() -> String {
        EventPersonalRow.newSalt()
    }

    /// The lowercase hex SHA-256 of a text's UTF-8 bytes (an event's `stateHash` of the state's JSON).
    public static func sha256Hex(_ text: String) -> String {
        EventChain.sha256Hex(text)
    }

    /// The lowercase hex SHA-256 of bytes (a letter file's hash).
    public static func sha256Hex(bytes: [UInt8]) -> String {
        EventChain.sha256Hex(bytes)
    }

    /// The register's text of an instant, `YYYY-MM-DDTHH:MM:SSZ` in UTC, or `nil` if its year has not four digits.
    public static func timestamp(_ date: Date) -> String? {
        UTCTimestamp.string(from: date)
    }

    /// The instant a register's text `YYYY-MM-DDTHH:MM:SSZ` names, or `nil`.
    public static func date(fromTimestamp text: String) -> Date? {
        UTCTimestamp.date(from: text)
    }
}
