import Foundation

/// The two fonts of the PDF letters: DejaVu Sans and DejaVu Sans Bold, compiled into dsr (`Embedded/`, licence in
/// `LICENSES/DejaVu-Fonts.txt`) and embedded in every PDF as a subset of the glyphs it uses.
///
/// DejaVu Sans covers the Latin, Greek and Cyrillic scripts, so every European name prints: Finnish, Swedish and
/// Sámi letters (á č đ ŋ š ŧ ž ʒ ǯ ǥ ǧ ǩ), Czech, Polish and Vietnamese ones alike.
enum PDFFont: Sendable, Equatable, CaseIterable {
    /// DejaVu Sans, for the text.
    case regular
    /// DejaVu Sans Bold, for the title, headings and the controller's name.
    case bold

    /// The font's name in a page's resources.
    var resourceName: String {
        switch self {
        case .regular: "F1"
        case .bold: "F2"
        }
    }

    /// The font file's name under `Embedded/`.
    var fileName: String {
        switch self {
        case .regular: "DejaVuSans.ttf"
        case .bold: "DejaVuSans-Bold.ttf"
        }
    }

    /// The font, read from the file compiled into dsr; `nil` only if dsr was built without it (a build defect that
    /// ``LetterRenderer`` reports as ``LetterError/templateInvalid(name:detail:)``).
    var face: TrueTypeFont? {
        switch self {
        case .regular: Self.regularFace
        case .bold: Self.boldFace
        }
    }

    /// DejaVu Sans, read once.
    private static let regularFace = load(PDFFont.regular.fileName)
    /// DejaVu Sans Bold, read once.
    private static let boldFace = load(PDFFont.bold.fileName)

    /// Reads an embedded font file.
    private static func load(_ name: String) -> TrueTypeFont? {
        guard let base64 = EmbeddedResources.binaryFiles[name], let data = Data(base64Encoded: base64) else {
            return nil
        }
        return TrueTypeFont(bytes: [UInt8](data))
    }

    /// The glyph printed for a character the font lacks: the question mark, so that the gap is visible.
    static let replacement: Unicode.Scalar = "?"

    /// Characters left out of a PDF line because they have no visible form of their own: the soft hyphen, the
    /// carriage return of a Windows line ending, zero-width spaces and joiners, and the marks that set the direction
    /// of text.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x000D, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// The glyphs of a line of text: composed first (a + combining diaeresis is ä), tabs as four spaces, invisible
    /// characters left out, and every character the font lacks (Chinese, Japanese...) printed as `?`.
    func glyphs(_ text: String) -> [PDFGlyph] {
        guard let face else { return [] }
        let fallback = face.glyph(for: Self.replacement) ?? 0
        var result: [PDFGlyph] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "\t" {
                let space = PDFGlyph(id: face.glyph(for: " ") ?? 0, scalar: " ")
                result += [space, space, space, space]
            } else if Self.isInvisible(scalar) {
                continue
            } else if let glyph = face.glyph(for: scalar) {
                result.append(PDFGlyph(id: glyph, scalar: scalar))
            } else {
                result.append(PDFGlyph(id: fallback, scalar: Self.replacement))
            }
        }
        return result
    }

    /// Whether both fonts have a glyph for every visible character of a text, after composing it.
    static func canPrint(_ text: String) -> Bool {
        text.precomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy { scalar in
            scalar == "\t" || isInvisible(scalar)
                || allCases.allSatisfy { $0.face?.glyph(for: scalar) != nil }
        }
    }

    /// The width of glyphs at a font size, in points, as a PDF reader places them (from the widths of the font's
    /// `/W` array).
    func width(of glyphs: some Collection<PDFGlyph>, size: Double) -> Double {
        guard let face else { return 0 }
        var total = 0
        for glyph in glyphs { total += face.width(of: glyph.id) }
        return Double(total) * size / 1000
    }
}

/// A glyph to print and the character it shows (for the PDF's `ToUnicode` map, so that the text can be copied).
struct PDFGlyph: Sendable, Equatable {
    /// The glyph's id in the font.
    var id: UInt16
    /// The character.
    var scalar: Unicode.Scalar

    /// Whether the glyph is a space, where lines may break.
    var isSpace: Bool { scalar == " " }
}
