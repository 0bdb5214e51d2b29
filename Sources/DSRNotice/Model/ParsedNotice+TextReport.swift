import DSRCore

extension ParsedNotice {
    /// The extracted profile as plain text: each field with its source line, then the missing fields.
    ///
    /// With several controllers, the second and later ones follow with their own name and contact fields.
    ///
    /// - Parameter language: The language of the labels.
    /// - Returns: The report, ending with a newline.
    public func textReport(language: Language) -> String {
        let labels = ReportLabels(language)
        var report = "\(labels.format): \(format.rawValue) (\(encoding.rawValue))\n"
        for (index, controller) in controllers.enumerated() {
            if controllers.count > 1 { report += "\n\(labels.controller(index + 1))\n" }
            let fieldsHere = fields.filter { $0.controller == index && $0.isValid }
            for field in ProfileField.allCases {
                guard let value = field.value(in: controller) else { continue }
                let own = fieldsHere.first { $0.field == field }
                // Later controllers show only their own fields; the shared ones are listed under the first.
                if index > 0 && own == nil { continue }
                let source = own ?? fields.first { $0.field == field && $0.controller == 0 }
                let lineText = source.map { " (\(labels.line) \($0.line))" } ?? ""
                let indented = value.split(separator: "\n", omittingEmptySubsequences: false)
                    .joined(separator: "\n    ")
                report += "\(field.label[language])\(lineText):\n    \(indented)\n"
            }
        }
        if controllers.isEmpty {
            for field in ProfileField.allCases {
                guard let value = field.value(in: profile) else { continue }
                report += "\(field.label[language]):\n    \(value)\n"
            }
        }
        if !missing.isEmpty {
            report += "\n\(labels.missing): " + missing.map { $0.label[language] }.joined(separator: ", ") + "\n"
        }
        return report
    }
}
