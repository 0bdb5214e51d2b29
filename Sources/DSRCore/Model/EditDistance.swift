/// The edit distance between names, for suggesting the name someone meant.
enum EditDistance {
    /// The edit distance between two strings: the fewest characters to insert, delete or replace, or neighbours to
    /// swap, to turn one into the other (optimal string alignment), counted in Unicode scalars.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(replace, previous[j] + 1, current[j - 1] + 1)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
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
