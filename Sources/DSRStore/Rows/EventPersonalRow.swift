import Crypto
import GRDB

/// A row of the `eventPersonal` table: an event's full data, with its personal texts, kept beside the hash chain.
///
/// The chain holds the event's public form and commits to this data through ``commitment``, the SHA-256 of a
/// random salt and the data. The salt is removed with the data, so once `dsr purge` deleted the row, the commitment
/// left in the chain cannot be tested against guesses of what the data said.
struct EventPersonalRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "eventPersonal"

    /// The event's sequence number.
    var sequence: Int64
    /// 32 random bytes as lowercase hexadecimal.
    var salt: String
    /// The event's full data as canonical JSON.
    var data: String

    /// A row with a fresh random salt.
    init(sequence: Int64, data: String) {
        self.init(sequence: sequence, salt: Self.newSalt(), data: data)
    }

    /// A fresh salt: 32 random bytes from the system's source, as lowercase hex. The bytes are taken eight at a time:
    /// the system's generator makes a system call for each value it gives. (A batch of many rows draws from a
    /// ``SaltSource`` instead, which reads the source in blocks.)
    static func newSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.append(contentsOf: $0) }
        }
        return EventChain.hex(bytes)
    }

    /// A row as stored.
    init(sequence: Int64, salt: String, data: String) {
        self.sequence = sequence
        self.salt = salt
        self.data = data
    }

    /// The salted hash the event's `personalHash` records: the hex SHA-256 of `dsr-personal-v1`, a line feed, the
    /// salt, a line feed and the data's UTF-8 bytes.
    var commitment: String {
        Self.commitment(salt: salt, data: data)
    }

    /// The salted hash of data under a salt (see ``commitment``).
    static func commitment(salt: String, data: String) -> String {
        var buffer = CanonicalEventBuffer()
        EventChain.encodeCommitment(into: &buffer, salt: salt, data: data)
        return buffer.hashHex
    }
}
