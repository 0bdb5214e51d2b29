import Foundation

/// Reads JSON Lines, a chunk of bytes at a time: one JSON object per line whose keys are the column names of a CSV
/// import file (``ImportColumn``), in English or Finnish.
///
/// Strings are taken as they are; numbers and `true`/`false` as their text; `null` as an empty value. A UTF-8
/// byte-order mark at the start and empty lines are skipped. A line longer than ``ImportFormat/recordByteLimit``
/// bytes stops the reading with ``ImportError/recordTooLong(line:limit:)``: the parser never holds more than one
/// line. No I/O: the caller passes the file's bytes.
public struct JSONLinesParser: Sendable {
    /// A JSON value in a row object.
    private enum Cell: Decodable {
        case text(String)
        case empty
        case unsupported

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .empty
            } else if let text = try? container.decode(String.self) {
                self = .text(text)
            } else if let number = try? container.decode(Int64.self) {
                self = .text(String(number))
            } else if let number = try? container.decode(Double.self) {
                self = .text(String(number))
            } else if let flag = try? container.decode(Bool.self) {
                self = .text(flag ? "true" : "false")
            } else {
                self = .unsupported
            }
        }
    }

    /// Bytes of the line being read.
    private var buffer: [UInt8] = []
    /// The number of lines read so far.
    private var line = 0
    /// Whether the byte-order mark has been dealt with.
    private var startHandled = false
    /// Keys already looked up, to their columns (`nil` for unknown keys).
    private var columns: [String: ImportColumn?] = [:]

    /// The longest line accepted, in bytes.
    private let limit: Int

    /// Creates a reader that refuses lines longer than `limit` bytes.
    public init(limit: Int = ImportFormat.recordByteLimit) {
        self.limit = limit
    }

    /// Reads the next chunk of the file and calls `emit` with each row it completes.
    /// - Throws: ``ImportError/recordTooLong(line:limit:)``; whatever `emit` throws.
    public mutating func parse(_ chunk: some Collection<UInt8>, _ emit: (ImportRow.Parsed) throws -> Void) throws {
        let decoder = JSONDecoder()
        for byte in chunk {
            if byte == UInt8(ascii: "\n") {
                try endLine(decoder, emit)
            } else {
                guard buffer.count < limit else { throw ImportError.recordTooLong(line: line + 1, limit: limit) }
                buffer.append(byte)
            }
        }
    }

    /// Ends the file: reads the last line if it has no line feed.
    /// - Throws: Whatever `emit` throws.
    public mutating func finish(_ emit: (ImportRow.Parsed) throws -> Void) throws {
        if !buffer.isEmpty { try endLine(JSONDecoder(), emit) }
    }

    private mutating func endLine(_ decoder: JSONDecoder, _ emit: (ImportRow.Parsed) throws -> Void) rethrows {
        line += 1
        if !startHandled {
            startHandled = true
            buffer.removeFirst(CSVParser.bomLength(buffer))
        }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard buffer.contains(where: { !Self.isSpace($0) }) else { return }
        guard let object = try? decoder.decode([String: Cell].self, from: Data(buffer)) else {
            return try emit(
                .invalid(
                    ImportIssue(
                        line: line, column: nil,
                        message:
                            "the line is not one JSON object; write each request as {\"kind\": …, \"received\": …, …} on a line of its own"
                    )))
        }
        var row = ImportRow(line: line)
        for key in object.keys.sorted() {
            guard let column = lookUp(key) else {
                return try emit(
                    .invalid(
                        ImportIssue(
                            line: line, column: key,
                            message: "unknown column; use the names in docs/import.md or leave it out")))
            }
            switch object[key] {
            case .text(let text): row.set(column, to: text, header: key)
            case .empty, nil: row.set(column, to: "", header: key)
            case .unsupported:
                return try emit(
                    .invalid(ImportIssue(line: line, column: key, message: "must be text, a number or null")))
            }
        }
        try emit(.row(row))
    }

    private mutating func lookUp(_ key: String) -> ImportColumn? {
        if let known = columns[key] { return known }
        let column = ImportColumn(header: key)
        columns[key] = column
        return column
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
