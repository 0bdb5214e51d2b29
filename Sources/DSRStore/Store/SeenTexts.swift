/// The texts an import has written to a column that held none of them before it (references, import keys), as a
/// Bloom filter: ``mayContain(_:)`` is `false` only for a text that was never added, so a lookup it rules out need not
/// ask SQLite, and one it does not rule out asks SQLite as before.
///
/// A fixed 2 MiB whatever the import's size: with a million texts, about one lookup in 200 of a text not added still
/// goes to SQLite.
struct SeenTexts {
    /// The filter's bits.
    private var words: [UInt64]
    /// `words.count * 64 - 1`, the mask of a bit's index.
    private let mask: UInt64

    /// An empty filter of `2^bitsLog2` bits.
    init(bitsLog2: Int = 24) {
        words = Array(repeating: 0, count: 1 << (bitsLog2 - 6))
        mask = (UInt64(1) << UInt64(bitsLog2)) - 1
    }

    /// Notes `text` as written.
    mutating func add(_ text: String) {
        let (first, step) = Self.hashes(text)
        for index in 0..<Self.probes {
            let bit = (first &+ UInt64(index) &* step) & mask
            words[Int(bit >> 6)] |= 1 << (bit & 63)
        }
    }

    /// Whether `text` may have been added: `false` means it certainly was not.
    func mayContain(_ text: String) -> Bool {
        let (first, step) = Self.hashes(text)
        for index in 0..<Self.probes {
            let bit = (first &+ UInt64(index) &* step) & mask
            if words[Int(bit >> 6)] & (1 << (bit & 63)) == 0 { return false }
        }
        return true
    }

    /// How many bits each text sets.
    private static let probes = 3

    /// Two hashes of the text's UTF-8 bytes (the same bytes give the same hashes; the step is odd, so the probes
    /// differ), from which the probes are made.
    private static func hashes(_ text: String) -> (UInt64, UInt64) {
        var text = text
        var hasher = Hasher()
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        let hash = UInt64(bitPattern: Int64(hasher.finalize()))
        let step = (hash >> 32 | hash << 32) | 1
        return (hash, step)
    }
}
