/// What the counter check needs to know of a year's request rows, gathered as they stream by in case-number order:
/// how many, the lowest and highest number, and the first few runs of consecutive numbers for the message.
struct CaseNumbersOfYear {
    /// How many request rows the year has.
    private(set) var count = 0
    /// The lowest case sequence number.
    private(set) var min: Int?
    /// The highest case sequence number.
    private(set) var max: Int?
    /// The first runs of consecutive numbers, in the order the numbers came.
    private var runs: [(first: Int, last: Int)] = []
    /// Whether more runs came than ``runs`` keeps.
    private var hasMoreRuns = false

    /// How many runs the message names before `…`.
    private static let runsShown = 6

    /// Adds the next number (numbers come in ascending order).
    mutating func add(_ number: Int) {
        count += 1
        min = Swift.min(min ?? number, number)
        max = Swift.max(max ?? number, number)
        if let last = runs.last, !hasMoreRuns, last.last != Int.max, number == last.last + 1 {
            runs[runs.count - 1].last = number
        } else if runs.count < Self.runsShown + 1 {
            runs.append((number, number))
        } else {
            hasMoreRuns = true
        }
    }

    /// The numbers as short ranges, for example `1–4, 6`; `none` for no numbers.
    var description: String {
        var ranges = runs.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)–\($0.last)" }
        if ranges.count > Self.runsShown { ranges = ranges.prefix(Self.runsShown) + ["…"] }
        return ranges.isEmpty ? "none" : ranges.joined(separator: ", ")
    }
}
