/// The two fonts of the PDF letters: the standard Type 1 fonts Helvetica and Helvetica-Bold, which every PDF reader
/// has built in, in WinAnsiEncoding.
enum PDFFont: Sendable, Equatable, CaseIterable {
    /// Helvetica, for the text.
    case regular
    /// Helvetica-Bold, for the title, headings and the controller's name.
    case bold

    /// The font's name in a page's resources.
    var resourceName: String {
        switch self {
        case .regular: "F1"
        case .bold: "F2"
        }
    }

    /// The PostScript name of the font.
    var baseFont: String {
        switch self {
        case .regular: "Helvetica"
        case .bold: "Helvetica-Bold"
        }
    }

    /// The widths of the codes 32–255, in 1/1000 of the font size.
    var widths: [Int] {
        switch self {
        case .regular: HelveticaMetrics.regular
        case .bold: HelveticaMetrics.bold
        }
    }

    /// The width of encoded text at a font size, in points.
    func width(of bytes: [UInt8], size: Double) -> Double {
        let table = widths
        var total = 0
        for byte in bytes where Int(byte) >= HelveticaMetrics.firstCode {
            total += table[Int(byte) - HelveticaMetrics.firstCode]
        }
        return Double(total) * size / 1000
    }
}
