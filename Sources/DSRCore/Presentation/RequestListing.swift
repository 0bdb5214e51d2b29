import Foundation

/// Renders lists of requests as a terminal table, CSV or JSON.
public enum RequestListing {
    /// The CSV and JSON column names, in order.
    public static let columns = [
        "case", "kind", "state", "clock", "received", "deadline", "days_left", "overdue",
        "extended", "channel", "language", "closed", "outcome",
    ]

    /// The CSV column of the person's name, after ``columns`` when names are shown.
    public static let nameColumn = "name"

    /// The widest the NAME column of ``table(_:nameWidth:)`` may be by default; longer names end in an ellipsis.
    public static let defaultNameWidth = 24

    /// A table that fits a 100-column terminal: case, kind, state, received, deadline and days left or overdue.
    public static func table(_ records: [RequestRecord], asOf: CivilDate) -> String {
        table(records.map { RequestSummary($0, asOf: asOf) })
    }

    /// A table of summaries (see ``table(_:asOf:)``), with a NAME column after the case when `nameWidth` is given:
    /// each summary's name cut to that many characters with an ellipsis (a summary without one shows blank).
    /// The caller makes the names safe for a terminal first.
    public static func table(_ summaries: [RequestSummary], nameWidth: Int? = nil) -> String {
        guard !summaries.isEmpty else { return "No requests.\n" }
        var rows = [["CASE", "KIND", "STATE", "RECEIVED", "DEADLINE", "STATUS"]]
        if nameWidth != nil { rows[0].insert("NAME", at: 1) }
        for summary in summaries {
            var row = [
                summary.case, summary.kind, clip(summary.state, 22), summary.received, summary.deadline,
                status(of: summary),
            ]
            if let nameWidth { row.insert(clip(summary.name ?? "", max(2, nameWidth)), at: 1) }
            rows.append(row)
        }
        var widths = Array(repeating: 0, count: rows[0].count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// "3 days left", "due today", "2 days overdue", "paused", or the outcome of a closed request.
    public static func status(of record: RequestRecord, asOf: CivilDate) -> String {
        status(of: RequestSummary(record, asOf: asOf))
    }

    /// The status of a summary (see ``status(of:asOf:)``).
    public static func status(of summary: RequestSummary) -> String {
        if let letter = summary.unsentAnswer {
            let days = summary.daysLeft ?? 0
            let when =
                days < 0
                ? (days == -1 ? "1 day overdue" : "\(-days) days overdue")
                : (days == 0 ? "due today" : "\(days) d left")
            return "printed, not sent: \(letter); \(when)"
        }
        if let outcome = summary.outcome { return outcome }
        switch ClockState(rawValue: summary.clock) {
        case .paused?: return "paused"
        case .stopped?, nil: return "answered"
        case .running?:
            let days = summary.daysLeft ?? 0
            if days == 0 { return "due today" }
            if days > 0 { return days == 1 ? "1 day left" : "\(days) days left" }
            return days == -1 ? "1 day overdue" : "\(-days) days overdue"
        }
    }

    /// CSV with a header row (RFC 4180 quoting; cells neutralised as ``quoted(_:)`` says).
    public static func csv(_ records: [RequestRecord], asOf: CivilDate) -> String {
        csv(records.map { RequestSummary($0, asOf: asOf) })
    }

    /// CSV of summaries (see ``csv(_:asOf:)``), with a last column ``nameColumn`` when `names` is true.
    public static func csv(_ summaries: [RequestSummary], names: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(summaries.count * 110 + 120)
        bytes.append(contentsOf: (names ? columns + [nameColumn] : columns).joined(separator: ",").utf8)
        bytes.append(0x0A)
        func cell(_ text: String, first: Bool = false) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: quoted(text).utf8)
        }
        for summary in summaries {
            cell(summary.case, first: true)
            cell(summary.kind)
            cell(summary.state)
            cell(summary.clock)
            cell(summary.received)
            cell(summary.deadline)
            cell(summary.daysLeft.map(String.init) ?? "")
            cell(summary.overdue ? "true" : "false")
            cell(summary.extended ? "true" : "false")
            cell(summary.channel)
            cell(summary.language)
            cell(summary.closed ?? "")
            cell(summary.outcome ?? "")
            if names { cell(summary.name ?? "") }
            bytes.append(0x0A)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON array of ``RequestSummary`` objects.
    public static func json(_ records: [RequestRecord], asOf: CivilDate) -> String {
        json(records.map { RequestSummary($0, asOf: asOf) })
    }

    /// A JSON array of summaries.
    public static func json(_ summaries: [RequestSummary]) -> String {
        prettyJSON(summaries)
    }

    /// Encodes a value as indented JSON with sorted keys.
    public static func prettyJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            return "null\n"
        }
        return text + "\n"
    }

    /// A CSV cell as dsr writes it: neutralised against formula injection (``SpreadsheetCell``), then quoted when it
    /// holds a comma, semicolon, quote or line break.
    public static func quoted(_ cell: String) -> String {
        let cell = SpreadsheetCell.neutralised(cell)
        // Byte by byte: faster than by characters, and a CR LF pair (one character) is found too.
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }) else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
