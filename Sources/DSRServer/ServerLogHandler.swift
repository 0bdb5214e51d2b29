import Foundation
import Logging

/// A swift-log handler that writes one line per message to standard error, as text or JSON (``ServerLogFormat``),
/// with the metadata sorted by key. It writes what it is given: callers log route templates, statuses and ids only.
public struct ServerLogHandler: LogHandler {
    /// The line format.
    public let format: ServerLogFormat
    /// The lowest level written.
    public var logLevel: Logger.Level = .info
    /// Metadata added to every line.
    public var metadata: Logger.Metadata = [:]
    /// Where lines go: standard error unless a test gives its own sink.
    let write: @Sendable (String) -> Void

    /// Creates a handler writing to standard error.
    public init(format: ServerLogFormat) {
        self.init(format: format) { line in FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Creates a handler writing each line (with its newline) to `write`.
    public init(format: ServerLogFormat, write: @escaping @Sendable (String) -> Void) {
        self.format = format
        self.write = write
    }

    /// A metadata value of the handler.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes one line.
    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { $1 } }
        let time = Date().formatted(.iso8601)
        let message = event.message.description
        switch format {
        case .text:
            let pairs = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.plain($0.value.description))" }
            write(([time, event.level.rawValue, Self.plain(message)] + pairs).joined(separator: " ") + "\n")
        case .json:
            var object: [String: String] = ["time": time, "level": event.level.rawValue, "message": message]
            for (key, value) in fields where object[key] == nil { object[key] = value.description }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(object)) ?? Data("{}".utf8)
            write(String(decoding: data, as: UTF8.self) + "\n")
        }
    }

    /// A value on one line: line breaks and other control characters replaced by spaces.
    static func plain(_ text: String) -> String {
        // Most texts are printable ASCII, which holds no control character: those are kept as they are.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        return String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
