import DSRCore

extension LetterDocument {
    /// The letter as an A4 PDF file (see ``PDFLetterLayout`` and ``PDFWriter``); the same document always gives the
    /// same bytes.
    var pdf: [UInt8] {
        let pages = PDFLetterLayout(document: self).pages()
        let writer = PDFWriter(title: "\(title) \(caseNumber)", language: language.rawValue,
                               date: date.description.filter { $0 != "-" })
        return writer.write(pages)
    }
}
