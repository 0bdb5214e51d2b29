/// Escapes text so that CommonMark (and GitHub-flavoured Markdown) prints it literally.
///
/// Every character that can start Markdown syntax anywhere in a line is backslash-escaped (`\ ` * _ [ ] < > & | ~ #`),
/// and so are the characters that start a block only at the beginning of a line (`-`, `+`, `=` and the `.` or `)`
/// after a number). Leading spaces become no-break spaces, which keep the indentation but cannot make a code block.
/// Line breaks inside the text are the caller's: this function is given one line at a time.
enum MarkdownText {
    /// The characters escaped wherever they appear.
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#"]
    /// The characters escaped when they begin a line.
    static let escapedAtStart: Set<Character> = ["-", "+", "="]

    /// One line of text, escaped.
    static func escape(_ line: String) -> String {
        var result = ""
        var characters = Substring(line)
        while let first = characters.first, first == " " || first == "\t" {
            result += first == "\t" ? String(repeating: "\u{00A0}", count: 4) : "\u{00A0}"
            characters = characters.dropFirst()
        }
        let digits = characters.prefix { ("0"..."9").contains($0) }
        let numbered =
            !digits.isEmpty && digits.count <= 9
            && characters.dropFirst(digits.count).first.map { $0 == "." || $0 == ")" } == true
        for (offset, character) in characters.enumerated() {
            let startsLine = offset == 0 && result.isEmpty
            let endsNumber = numbered && offset == digits.count
            if alwaysEscaped.contains(character) || (startsLine && escapedAtStart.contains(character)) || endsNumber {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }
}
