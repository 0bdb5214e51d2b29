import Foundation

/// Renders lists of requests as a terminal table, CSV or JSON.
public enum RequestListing {
    /// The CSV and JSON column names, in order.
    public static let columns = ["case", "kind", "state", "clock", "received", "deadline", "days_left", "overdue",
                                 "extended", "channel", "language", "closed", "outcome"]

    /// A table that fits a 100-column terminal: case, kind, state, received, deadline and days left or overdue.
    public static func table(_ records: [RequestRecord], asOf: CivilDate) -> String {
        guard !records.isEmpty else { return "No requests.\n" }
        var rows = [["CASE", "KIND", "STATE", "RECEIVED", "DEADLINE", "STATUS"]]
        for record in records {
            rows.append([record.caseNumber.description, record.kind.rawValue, clip(record.state.rawValue, 22),
                         record.received.description, record.deadline.description, status(of: record, asOf: asOf)])
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
        if let outcome = record.outcome { return outcome.rawValue }
        switch record.clock {
        case .paused: return "paused"
        case .stopped: return "answered"
        case .running:
            let days = record.daysLeft(asOf: asOf)
            if days == 0 { return "due today" }
            if days > 0 { return days == 1 ? "1 day left" : "\(days) days left" }
            return days == -1 ? "1 day overdue" : "\(-days) days overdue"
        }
    }

    /// CSV with a header row (RFC 4180 quoting).
    public static func csv(_ records: [RequestRecord], asOf: CivilDate) -> String {
        var lines = [columns.joined(separator: ",")]
        for record in records {
            let summary = RequestSummary(record, asOf: asOf)
            let cells = [summary.case, summary.kind, summary.state, summary.clock, summary.received, summary.deadline,
                         summary.daysLeft.map(String.init) ?? "", String(summary.overdue), String(summary.extended),
                         summary.channel, summary.language, summary.closed ?? "", summary.outcome ?? ""]
            lines.append(cells.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array of ``RequestSummary`` objects.
    public static func json(_ records: [RequestRecord], asOf: CivilDate) -> String {
        prettyJSON(records.map { RequestSummary($0, asOf: asOf) })
    }

    /// Encodes a value as indented JSON with sorted keys.
    public static func prettyJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "null\n" }
        return text + "\n"
    }

    /// Quotes a CSV cell when it holds a comma, quote or line break.
    public static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
