/// Folds text for lenient matching of names typed on a command line.
enum TextFolding {
    /// Lowercases the text, strips diacritics (ä→a, ö→o, å→a, é→e, ü→u) and collapses spaces, dashes and underscores to `-`.
    static func fold(_ text: String) -> String {
        var result = ""
        var lastWasSeparator = false
        for scalar in text.lowercased().unicodeScalars {
            let mapped: String
            switch scalar {
            case "ä", "å", "á", "à", "â": mapped = "a"
            case "ö", "ó", "ò", "ô", "ø": mapped = "o"
            case "é", "è", "ê", "ë": mapped = "e"
            case "ü", "ú", "ù": mapped = "u"
            case "í", "ì", "ï": mapped = "i"
            case "š": mapped = "s"
            case "ž": mapped = "z"
            case " ", "-", "_", "\t": mapped = "-"
            case "\u{0300}"..."\u{036F}": mapped = ""  // combining marks of a decomposed form
            default: mapped = String(scalar)
            }
            if mapped == "-" {
                if !lastWasSeparator && !result.isEmpty { result += "-" }
                lastWasSeparator = true
            } else if !mapped.isEmpty {
                result += mapped
                lastWasSeparator = false
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
