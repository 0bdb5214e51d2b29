import DSRCore

/// The result of parsing a privacy notice: the controller profile and everything the linter needs.
public struct ParsedNotice: Sendable, Codable, Equatable {
    /// The detected layout.
    public var format: NoticeFormat
    /// The encoding the file was decoded from.
    public var encoding: NoticeEncoding
    /// The profile of the first controller; fields the notice does not give stay `nil`.
    public var profile: ControllerProfile
    /// Every extracted value with its source line and text, for all controllers.
    public var fields: [NoticeField]
    /// The fields of ``profile`` that the notice does not give (or gives only as an invalid business ID).
    public var missing: [ProfileField]
    /// Every controller the notice names; the first is ``profile``. Empty when none is recognised.
    public var controllers: [ControllerProfile]
    /// One entry per source line: the line's text with markup removed and spaces collapsed (empty for blank or
    /// markup-only lines). `lines[n - 1]` is line n.
    public var lines: [String]
    /// The sections in order, the first possibly a preamble without heading.
    public var sections: [NoticeSection]

    /// Creates a parse result.
    public init(
        format: NoticeFormat, encoding: NoticeEncoding, profile: ControllerProfile, fields: [NoticeField],
        missing: [ProfileField], controllers: [ControllerProfile], lines: [String], sections: [NoticeSection]
    ) {
        self.format = format
        self.encoding = encoding
        self.profile = profile
        self.fields = fields
        self.missing = missing
        self.controllers = controllers
        self.lines = lines
        self.sections = sections
    }

    /// The sections about a topic, in order.
    ///
    /// - Parameter topic: The topic.
    /// - Returns: Every section whose heading has that topic.
    public func sections(about topic: NoticeTopic) -> [NoticeSection] {
        sections.filter { $0.topics.contains(topic) }
    }

    /// Whether any heading of the notice was recognised.
    public var hasRecognisedHeadings: Bool {
        sections.contains { section in
            section.topics.contains { $0 != .preamble && $0 != .other && $0 != .title }
        }
    }
}
