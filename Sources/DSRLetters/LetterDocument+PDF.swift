import DSRCore

extension LetterDocument {
    /// The letter as an A4 PDF file (see ``PDFLetterLayout`` and ``PDFWriter``); the same document always gives the
    /// same bytes.
    var pdf: [UInt8] {
        let pages = PDFLetterLayout(document: self).pages()
        let writer = PDFWriter(
            title: "\(title) \(caseNumber)", language: language.rawValue,
            subject: footer.isEmpty ? nil : footer.joined(separator: " "), date: date)
        return writer.write(pages)
    }
}
