import DSRCore
import Foundation

/// Parses a privacy notice (*tietosuojaseloste*) into a controller profile, detecting its layout.
///
/// ```swift
/// let notice = try NoticeParser().parse(Data(contentsOf: url))
/// print(notice.profile.name ?? "-", notice.missing)
/// ```
///
/// Fields are found by their headings in Finnish, Swedish or English, never by line numbers; a field the notice
/// does not give stays `nil` and is listed in ``ParsedNotice/missing``. Readable text with no recognisable heading
/// is not an error: it gives an empty profile, and ``NoticeLinter`` reports `unrecognised-notice`.
public struct NoticeParser: Sendable {
    /// The largest file accepted by default: 10 MiB. A notice is normally 5–100 kB; an HTML page saved with inline
    /// styles stays well under this. Larger files are refused before they are decoded.
    public static let maximumSize = 10 * 1024 * 1024

    /// The largest file this parser accepts, in bytes.
    public let maximumSize: Int

    /// Creates a parser that accepts files up to ``maximumSize`` (10 MiB).
    public init() {
        maximumSize = Self.maximumSize
    }

    /// Creates a parser with another size limit.
    ///
    /// - Parameter maximumSize: The largest file accepted, in bytes.
    public init(maximumSize: Int) {
        self.maximumSize = maximumSize
    }

    /// Parses the bytes of a notice file.
    ///
    /// - Parameter data: The file's contents (UTF-8, UTF-16 or Windows-1252 text; Markdown, HTML or plain text).
    /// - Returns: The parsed notice.
    /// - Throws: ``NoticeError`` when the file is empty, larger than ``maximumSize``, binary or in a mixed encoding.
    public func parse(_ data: Data) throws(NoticeError) -> ParsedNotice {
        let (text, encoding) = try NoticeDecoder.decode(data, limit: maximumSize)
        return parse(text: text, encoding: encoding)
    }

    /// Parses text already decoded.
    ///
    /// - Parameters:
    ///   - text: The notice text.
    ///   - encoding: The encoding it came from, recorded in the result.
    /// - Returns: The parsed notice.
    public func parse(text: String, encoding: NoticeEncoding = .utf8) -> ParsedNotice {
        var lines = Self.splitLines(text)
        // An MDX file: its Markdown, with the code lines blank.
        if let markdown = MDXReader.markdownLines(lines) { lines = markdown }
        let format = NoticeFormatDetector.detect(lines: lines)
        if format == .sourcePage {
            // The page's visible text as HTML, line for line with the source.
            let page = Self.splitLines(SourcePageReader.html(from: lines.joined(separator: "\n")))
            lines = page + Array(repeating: "", count: max(0, lines.count - page.count))
        }
        let blocks: [RawBlock]
        switch format {
        case .twoColumn: blocks = TwoColumnReader.blocks(lines: lines)
        case .markdown: blocks = MarkdownReader.blocks(lines: lines)
        case .html, .sourcePage: blocks = HTMLReader.blocks(text: lines.joined(separator: "\n"))
        case .numberedText, .text: blocks = PlainTextReader.blocks(lines: lines)
        }
        let sections = Sectioner.sections(from: blocks)
        let pageTitle = format == .html ? PageTitle.title(inHTML: lines.joined(separator: "\n")) : nil
        let extracted = ProfileExtractor.extract(from: sections, pageTitle: pageTitle)
        let missing = ProfileField.allCases.filter { $0.value(in: extracted.profile) == nil }
        return ParsedNotice(
            format: format, encoding: encoding, profile: extracted.profile, fields: extracted.fields,
            missing: missing, controllers: extracted.controllers, lines: Self.plainLines(lines, format: format),
            sections: sections)
    }

    /// Splits text into lines at LF, CRLF or CR; a byte-order mark is dropped.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append(String(current)) }
                current = String.UnicodeScalarView()
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
                previousWasCR = true
            } else {
                previousWasCR = false
                if scalar != "\u{FEFF}" { current.append(scalar) }
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// One plain-text entry per source line: the line with its markup removed and spaces collapsed. Markup is
    /// removed line by line, so a tag split across lines may leave a fragment; the entries serve for locating text.
    private static func plainLines(_ lines: [String], format: NoticeFormat) -> [String] {
        lines.map { line in
            switch format {
            case .html, .twoColumn, .sourcePage:
                guard line.contains("<") || line.contains("&") else { return TextCleanup.collapse(line) }
                return HTMLBlockBuilder.blocks(from: line, firstLine: 1).map(\.block.text).joined(separator: " ")
            case .markdown: return MarkdownReader.inline(line)
            case .numberedText, .text: return TextCleanup.collapse(line)
            }
        }
    }
}
