import DSRCore

/// The columns of `dsr export --format xlsx`: the import's columns (``ImportColumn/exportOrder``, so that the
/// workbook can be imported again) followed by the request's deadline and the days left to it, with headers in
/// English or Finnish, dates as dates and the days left as a number.
public enum SheetColumns {
    /// The language of the header row.
    public enum HeaderLanguage: String, Sendable, CaseIterable {
        /// Finnish headers (`laji`, `saapunut`, …, `määräaika`, `päiviä_jäljellä`).
        case fi
        /// English headers (`kind`, `received`, …, `deadline`, `days_left`).
        case en
    }

    /// The headers of the two columns the export adds, in both languages, in lower case: the import leaves these
    /// columns out, since the register computes them.
    public static let computedHeaders: Set<String> = ["deadline", "days_left", "määräaika", "päiviä_jäljellä"]

    /// The header row.
    public static func headers(_ language: HeaderLanguage) -> [String] {
        switch language {
        case .en: ImportColumn.exportOrder.map(\.rawValue) + ["deadline", "days_left"]
        case .fi: ImportColumn.exportOrder.map(\.finnishName) + ["määräaika", "päiviä_jäljellä"]
        }
    }

    /// The import columns that hold dates.
    private static let dateColumns: Set<ImportColumn> = [.received, .acknowledged, .extended, .paused, .closed]

    /// A request's row: the export's values, dates as dates, then the deadline and, while the request is open,
    /// the days from `today` to the deadline (negative when overdue).
    public static func row(_ record: RequestRecord, acknowledgedOn: CivilDate?, today: CivilDate) -> [SheetValue] {
        var cells = zip(ImportColumn.exportOrder, RequestExport.values(of: record, acknowledgedOn: acknowledgedOn))
            .map { column, text -> SheetValue in
                if text.isEmpty { return .empty }
                if dateColumns.contains(column), let date = CivilDate(parsing: text) { return .date(date) }
                return .text(text)
            }
        cells.append(.date(record.deadline))
        cells.append(record.closedOn == nil ? .number(record.daysLeft(asOf: today)) : .empty)
        return cells
    }
}
