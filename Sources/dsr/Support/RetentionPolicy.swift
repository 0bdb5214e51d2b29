import DSRCore

/// The retention dsr suggests for request records; the officer chooses (see docs/security.md, Retention).
enum RetentionPolicy {
    /// Full calendar years a closed request keeps its personal data.
    static let years = 5

    /// 1 January of the year `years` before this one: requests closed before it have been closed for at least five
    /// full calendar years.
    static func suggestedCutoff(today: CivilDate) -> CivilDate {
        CivilDate(year: today.year - years, month: 1, day: 1) ?? today.adding(days: -366 * years)
    }

    /// Why, in one sentence.
    static let reason =
        "requests closed more than five full calendar years ago. Their handling stays provable "
        + "without personal data (the history, grounds and dates remain), while a complaint or claim about them has "
        + "in practice been made or become unlikely by then; see docs/security.md."
}
