import DSRCore

/// One cell a workbook is written with.
public enum SheetValue: Sendable, Equatable {
    /// No value: the cell is left out.
    case empty
    /// A text, stored as text (never run as a formula, whatever it starts with).
    case text(String)
    /// A day, stored as a serial number with the date format `yyyy-mm-dd`.
    case date(CivilDate)
    /// A whole number.
    case number(Int)
}
