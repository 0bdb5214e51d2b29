import DSRCore

extension Array where Element == LintFinding {
    /// Whether any finding is an error (then `dsr notice lint` exits with status 1).
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The findings as plain text for a terminal, one block per finding and a summary line.
    ///
    /// - Parameter language: The language of the messages and labels.
    /// - Returns: The report, ending with a newline.
    public func textReport(language: Language) -> String {
        let labels = ReportLabels(language)
        guard !isEmpty else { return labels.noFindings + "\n" }
        var report = ""
        for finding in self {
            let line = finding.line.map { " \(labels.line) \($0)" } ?? ""
            report += "\(labels.severity(finding.severity)) [\(finding.rule)]\(line)\n"
            report += "  \(finding.message[language])\n"
            if !finding.quote.isEmpty { report += "  \"\(finding.quote)\"\n" }
            report += "  \(labels.fix): \(finding.fix[language])\n"
        }
        let counts = Severity.allCases.map { severity in (severity, filter { $0.severity == severity }.count) }
        report += counts.map { "\($0.1) \(labels.plural($0.0, $0.1))" }.joined(separator: ", ") + "\n"
        return report
    }
}

/// The fixed words of the text reports in each language.
struct ReportLabels {
    let language: Language

    init(_ language: Language) { self.language = language }

    var noFindings: String {
        switch language {
        case .fi: "Ei huomautettavaa."
        case .sv: "Inga anmärkningar."
        case .en: "No findings."
        }
    }

    var line: String {
        switch language {
        case .fi: "rivi"
        case .sv: "rad"
        case .en: "line"
        }
    }

    var fix: String {
        switch language {
        case .fi: "Korjaus"
        case .sv: "Åtgärd"
        case .en: "Fix"
        }
    }

    var missing: String {
        switch language {
        case .fi: "Puuttuu"
        case .sv: "Saknas"
        case .en: "Missing"
        }
    }

    var format: String {
        switch language {
        case .fi: "Muoto"
        case .sv: "Format"
        case .en: "Format"
        }
    }

    func controller(_ number: Int) -> String {
        switch language {
        case .fi: "Rekisterinpitäjä \(number)"
        case .sv: "Personuppgiftsansvarig \(number)"
        case .en: "Controller \(number)"
        }
    }

    func severity(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.error, .fi): "VIRHE"
        case (.error, .sv): "FEL"
        case (.error, .en): "ERROR"
        case (.warning, .fi): "VAROITUS"
        case (.warning, .sv): "VARNING"
        case (.warning, .en): "WARNING"
        case (.info, .fi): "HUOMIO"
        case (.info, .sv): "INFO"
        case (.info, .en): "INFO"
        }
    }

    func plural(_ severity: Severity, _ count: Int) -> String {
        let one = count == 1
        switch (severity, language) {
        case (.error, .fi): return one ? "virhe" : "virhettä"
        case (.error, .sv): return one ? "fel" : "fel"
        case (.error, .en): return one ? "error" : "errors"
        case (.warning, .fi): return one ? "varoitus" : "varoitusta"
        case (.warning, .sv): return one ? "varning" : "varningar"
        case (.warning, .en): return one ? "warning" : "warnings"
        case (.info, .fi): return one ? "huomio" : "huomiota"
        case (.info, .sv): return one ? "info" : "info"
        case (.info, .en): return one ? "note" : "notes"
        }
    }
}
