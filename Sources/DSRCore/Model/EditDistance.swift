/// The edit distance between names, for suggesting the name someone meant.
enum EditDistance {
    /// The Levenshtein distance between two strings: the fewest characters to insert, delete or replace to turn one
    /// into the other, counted in Unicode scalars.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(replace, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether a distance is small enough for a suggestion: one edit in a name of up to 5 characters, two up to 11,
    /// three beyond, and never half the name or more.
    static func isClose(_ distance: Int, length: Int) -> Bool {
        let allowed = length <= 5 ? 1 : length <= 11 ? 2 : 3
        return distance <= allowed && distance * 2 < length
    }
}
