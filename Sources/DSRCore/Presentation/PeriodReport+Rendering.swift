import Foundation

extension PeriodReport {
    /// A plain-text report.
    public func text() -> String {
        var lines = [
            "Data-subject requests \(from) – \(to)", "As of \(asOf) (open and overdue requests counted on this day)",
            "",
        ]
        lines.append("Received: \(receivedByKind.values.reduce(0, +))")
        for kind in RequestKind.allCases {
            lines.append(
                "  \(kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0))\(receivedByKind[kind.rawValue] ?? 0)"
            )
        }
        lines.append("By channel:")
        for channel in Channel.allCases {
            lines.append(
                "  \(channel.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0))\(receivedByChannel[channel.rawValue] ?? 0)"
            )
        }
        lines.append("Closed: \(closedByKind.values.reduce(0, +))")
        lines.append("Answered on time: \(answeredOnTime)   late: \(answeredLate)")
        lines.append("Still open: \(stillOpen)   of which past the deadline: \(openPastDeadline)")
        lines.append(
            "Days to answer: median \(medianDaysToClose.map { String(format: "%.1f", $0) } ?? "–"), 90th percentile \(p90DaysToClose.map(String.init) ?? "–")"
        )
        lines.append("Extensions used: \(extensionsUsed)   paused requests: \(pausedRequests) (\(pausedDays) days)")
        lines.append(
            "Refusals: \(refusals) (partial \(partialRefusals), late \(lateRefusals))   withdrawals: \(withdrawals)")
        for (ground, count) in refusalsByGround.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(ground): \(count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV rows `metric,key,value`, each cell neutralised against formula injection.
    public func csv() -> String {
        var rows = ["metric,key,value", "period_from,,\(from)", "period_to,,\(to)", "as_of,,\(asOf)"]
        for kind in RequestKind.allCases {
            rows.append("received_by_kind,\(kind.rawValue),\(receivedByKind[kind.rawValue] ?? 0)")
        }
        for channel in Channel.allCases {
            rows.append("received_by_channel,\(channel.rawValue),\(receivedByChannel[channel.rawValue] ?? 0)")
        }
        for kind in RequestKind.allCases {
            rows.append("closed_by_kind,\(kind.rawValue),\(closedByKind[kind.rawValue] ?? 0)")
        }
        rows += [
            "answered_on_time,,\(answeredOnTime)", "answered_late,,\(answeredLate)", "still_open,,\(stillOpen)",
            "open_past_deadline,,\(openPastDeadline)",
            "median_days_to_close,,\(medianDaysToClose.map { String(format: "%.1f", $0) } ?? "")",
            "p90_days_to_close,,\(p90DaysToClose.map(String.init) ?? "")", "extensions_used,,\(extensionsUsed)",
            "paused_requests,,\(pausedRequests)", "paused_days,,\(pausedDays)", "refusals,,\(refusals)",
            "partial_refusals,,\(partialRefusals)", "late_refusals,,\(lateRefusals)", "withdrawals,,\(withdrawals)",
        ]
        for (ground, count) in refusalsByGround.sorted(by: { $0.key < $1.key }) {
            rows.append("refusals_by_ground,\(ground),\(count)")
        }
        // Every cell goes through the same neutralisation as the other CSV files (``RequestListing/quoted(_:)``).
        return rows.map { row in
            row.split(separator: ",", omittingEmptySubsequences: false).map { RequestListing.quoted(String($0)) }
                .joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// One self-contained HTML page with inline SVG bar charts and no network access.
    public func html() -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func chart(_ title: String, _ bars: [(String, Int)], colour: String) -> String {
            let maximum = max(1, bars.map(\.1).max() ?? 1)
            let height = 28 * bars.count + 10
            let labelWidth = max(150, (bars.map(\.0.count).max() ?? 0) * 8 + 10)
            var svg = "<figure><figcaption>\(escape(title))</figcaption>"
            svg +=
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + 370)\" height=\"\(height)\" role=\"img\" aria-label=\"\(escape(title))\">"
            for (index, bar) in bars.enumerated() {
                let y = 5 + index * 28
                let width = Int(Double(bar.1) / Double(maximum) * 300)
                svg += "<text x=\"0\" y=\"\(y + 17)\" font-size=\"13\">\(escape(bar.0))</text>"
                svg +=
                    "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(max(width, 1))\" height=\"22\" fill=\"\(colour)\"/>"
                svg += "<text x=\"\(labelWidth + 6 + width)\" y=\"\(y + 17)\" font-size=\"13\">\(bar.1)</text>"
            }
            return svg + "</svg></figure>"
        }
        let kinds = RequestKind.allCases.map { ($0.rawValue, receivedByKind[$0.rawValue] ?? 0) }
        let channels = Channel.allCases.map { ($0.rawValue, receivedByChannel[$0.rawValue] ?? 0) }
        let timeliness = [
            ("on time", answeredOnTime), ("late", answeredLate), ("open past deadline", openPastDeadline),
        ]
        let grounds = refusalsByGround.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        var body = "<h1>Data-subject requests \(escape(from)) – \(escape(to))</h1>"
        body += "<p>As of \(escape(asOf)) (open and overdue requests counted on this day)</p>"
        body += "<table><tr><th>Received</th><td>\(receivedByKind.values.reduce(0, +))</td></tr>"
        body += "<tr><th>Closed</th><td>\(closedByKind.values.reduce(0, +))</td></tr>"
        body += "<tr><th>Answered on time</th><td>\(answeredOnTime)</td></tr>"
        body += "<tr><th>Answered late</th><td>\(answeredLate)</td></tr>"
        body += "<tr><th>Still open</th><td>\(stillOpen)</td></tr>"
        body += "<tr><th>Open past the deadline</th><td>\(openPastDeadline)</td></tr>"
        body +=
            "<tr><th>Median days to answer</th><td>\(medianDaysToClose.map { String(format: "%.1f", $0) } ?? "–")</td></tr>"
        body += "<tr><th>90th percentile</th><td>\(p90DaysToClose.map(String.init) ?? "–")</td></tr>"
        body += "<tr><th>Extensions used</th><td>\(extensionsUsed)</td></tr>"
        body += "<tr><th>Paused requests (days)</th><td>\(pausedRequests) (\(pausedDays))</td></tr>"
        body += "<tr><th>Refusals (partial)</th><td>\(refusals) (\(partialRefusals))</td></tr>"
        body += "<tr><th>Refusals after the deadline</th><td>\(lateRefusals)</td></tr>"
        body += "<tr><th>Withdrawals</th><td>\(withdrawals)</td></tr></table>"
        body += chart("Received by kind", kinds, colour: "#2b6cb0")
        body += chart("Received by channel", channels, colour: "#4a5568")
        body += chart("Answered on time and late", timeliness, colour: "#c05621")
        if !grounds.isEmpty { body += chart("Refusals by ground", grounds, colour: "#9b2c2c") }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>dsr report \(escape(from)) – \(escape(to))</title>
            <style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;color:#1a202c}
            table{border-collapse:collapse;margin-bottom:1.5rem}th,td{text-align:left;padding:.2rem 1rem .2rem 0}
            figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}
            @media print{body{margin:0}}</style></head>
            <body>\(body)</body></html>

            """
    }
}
