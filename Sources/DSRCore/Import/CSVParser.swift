/// Reads CSV text as spreadsheet programs write it, a chunk of bytes at a time, so that a file of any size is read
/// in constant memory.
///
/// - The separator is a comma or a semicolon (Finnish Excel writes semicolons, because the comma is the decimal
///   separator). It is taken from the header line: whichever of the two appears more often outside quotes, or from
///   an Excel `sep=;` first line.
/// - A UTF-8 byte-order mark at the start is skipped. Bytes that are not UTF-8 become U+FFFD, which the import
///   reports as a file not saved as UTF-8.
/// - Fields may be quoted with `"`; inside quotes a doubled quote is a quote, and separators and line breaks are
///   part of the field. Line breaks inside fields become line feeds.
/// - Records end with CR LF, LF or CR. Empty lines are skipped. Each record carries the line it starts on, counted
///   from 1, as a spreadsheet program or text editor shows it.
/// - A record longer than ``ImportFormat/recordByteLimit`` bytes (its quoted fields may span lines) stops the reading
///   with ``ImportError/recordTooLong(line:limit:)``: the parser never holds more than one record.
///
/// No I/O: the caller reads the file and passes its bytes to ``parse(_:_:)``, then calls ``finish(_:)``.
public struct CSVParser: Sendable {
    /// One record of the file.
    public struct Record: Sendable, Equatable {
        /// The line the record starts on, from 1.
        public var line: Int
        /// The fields, as text.
        public var fields: [String]
        /// Set if the record is damaged: a quoted field that is never closed.
        public var problem: String?

        /// Creates a record.
        public init(line: Int, fields: [String], problem: String? = nil) {
            self.line = line
            self.fields = fields
            self.problem = problem
        }
    }

    /// Where the reader is inside a record.
    private enum State: Sendable {
        /// At the start of a field.
        case fieldStart
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: either a doubled quote or the end of the quotes.
        case quoteInQuoted
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The separator, once the header line has been read (or as given).
    public private(set) var separator: UInt8?
    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    /// The line the reader is on.
    private var line = 1
    /// The line the current record started on.
    private var recordLine = 1
    /// Whether the previous byte was a CR (so that an LF after it ends nothing more).
    private var afterCarriageReturn = false
    /// The bytes held back until the header line is complete and the separator known.
    private var pending: [UInt8] = []
    /// Whether the start of the file (byte-order mark, `sep=` line) has been dealt with.
    private var startHandled = false
    /// The bytes of the current record read so far, line ends included.
    private var recordLength = 0
    /// The longest record accepted, in bytes.
    private let limit: Int

    /// Creates a reader; without a separator, it is found from the header line. Records longer than `limit` bytes
    /// are refused.
    public init(separator: UInt8? = nil, limit: Int = ImportFormat.recordByteLimit) {
        self.separator = separator
        self.limit = limit
        field.reserveCapacity(256)
    }

    /// Reads the next chunk of the file and calls `emit` with each record it completes.
    /// - Throws: ``ImportError/recordTooLong(line:limit:)``; whatever `emit` throws.
    public mutating func parse(_ chunk: some Collection<UInt8>, _ emit: (Record) throws -> Void) throws {
        if separator == nil || !startHandled {
            pending.append(contentsOf: chunk)
            guard Self.endOfFirstLine(pending, from: 0) != nil else {
                // The first line is held back whole until it ends: it too is one record at most (with room for a
                // byte-order mark and a `sep=` line).
                if pending.count > limit + 16 { throw ImportError.recordTooLong(line: recordLine, limit: limit) }
                return
            }
            try release(emit)
            return
        }
        try chunk.withContiguousStorageIfAvailable { buffer in try consume(buffer, emit) }
            ?? Array(chunk).withUnsafeBufferPointer { buffer in try consume(buffer, emit) }
    }

    /// Ends the file: emits the last record, if any.
    /// - Throws: ``ImportError/recordTooLong(line:limit:)``; whatever `emit` throws.
    public mutating func finish(_ emit: (Record) throws -> Void) throws {
        if separator == nil || !startHandled {
            try release(emit)
        }
        switch state {
        case .quoted:
            endField()
            try emit(
                Record(
                    line: recordLine, fields: fields,
                    problem: "a quoted field that starts here is never closed (a missing \")"))
            fields.removeAll(keepingCapacity: true)
        case .fieldStart, .unquoted, .quoteInQuoted:
            if !fields.isEmpty || !field.isEmpty || state != .fieldStart {
                try endRecord(emit)
            }
        }
        state = .fieldStart
    }

    /// Deals with the byte-order mark and an Excel `sep=` line, chooses the separator from the header line, then
    /// reads the held-back bytes.
    private mutating func release(_ emit: (Record) throws -> Void) throws {
        var bytes = pending
        pending = []
        if !startHandled {
            startHandled = true
            bytes.removeFirst(Self.bomLength(bytes))
            // Excel's own hint: a first line `sep=;` names the separator and is not part of the data.
            if bytes.count >= 5, bytes[0..<4].map(Self.lowercased) == Array("sep=".utf8),
                bytes.count == 5 || Self.isLineEnd(bytes[5])
            {
                separator = bytes[4]
                var skip = 5
                if skip < bytes.count {
                    let end = bytes[skip]
                    skip += 1
                    line += 1
                    if end == Self.carriageReturn {
                        if skip < bytes.count && bytes[skip] == Self.lineFeed {
                            skip += 1
                        } else {
                            afterCarriageReturn = true
                        }
                    }
                }
                recordLine = line
                bytes.removeFirst(skip)
            }
        }
        if separator == nil {
            let headerLength = Self.endOfFirstLine(bytes, from: 0) ?? bytes.count
            separator = Self.detectSeparator(bytes[0..<headerLength])
        }
        try bytes.withUnsafeBufferPointer { buffer in try consume(buffer, emit) }
    }

    /// Reads bytes once the separator is known: the hot loop.
    private mutating func consume(_ buffer: UnsafeBufferPointer<UInt8>, _ emit: (Record) throws -> Void) throws {
        let separator = self.separator ?? UInt8(ascii: ",")
        for byte in buffer {
            recordLength &+= 1
            if recordLength > limit { throw ImportError.recordTooLong(line: recordLine, limit: limit) }
            let wasCarriageReturn = afterCarriageReturn
            afterCarriageReturn = byte == Self.carriageReturn
            if byte == Self.lineFeed && wasCarriageReturn {
                continue  // the LF of a CR LF pair, already counted
            }
            let isLineEnd = byte == Self.lineFeed || byte == Self.carriageReturn
            switch state {
            case .quoted:
                if byte == Self.quote {
                    state = .quoteInQuoted
                } else if isLineEnd {
                    field.append(Self.lineFeed)
                    line += 1
                } else {
                    field.append(byte)
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    field.append(Self.quote)
                    state = .quoted
                } else if byte == separator {
                    endField()
                    state = .fieldStart
                } else if isLineEnd {
                    line += 1
                    try endRecord(emit)
                } else {
                    // `"abc"def`: text after the closing quote is kept, as spreadsheet programs do.
                    field.append(byte)
                    state = .unquoted
                }
            case .fieldStart, .unquoted:
                if byte == separator {
                    endField()
                    state = .fieldStart
                } else if isLineEnd {
                    line += 1
                    if state == .fieldStart && fields.isEmpty {
                        recordLine = line  // an empty line
                        recordLength = 0
                    } else {
                        try endRecord(emit)
                    }
                } else if byte == Self.quote && state == .fieldStart {
                    state = .quoted
                } else {
                    field.append(byte)
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the current field.
    private mutating func endField() {
        fields.append(field.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) })
        field.removeAll(keepingCapacity: true)
    }

    /// Ends the current record and emits it, unless every field is empty (a blank row).
    private mutating func endRecord(_ emit: (Record) throws -> Void) rethrows {
        endField()
        state = .fieldStart
        let record = Record(line: recordLine, fields: fields)
        fields.removeAll(keepingCapacity: true)
        recordLine = line
        recordLength = 0
        if record.fields.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            try emit(record)
        }
    }

    /// The length of a UTF-8 byte-order mark at the start of `bytes` (0 or 3).
    static func bomLength(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The index of the first line end outside quotes at or after `start`, or `nil` if there is none yet.
    static func endOfFirstLine(_ bytes: [UInt8], from start: Int) -> Int? {
        var inQuotes = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes && isLineEnd(byte) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The separator of a header line: a semicolon if it appears more often than a comma outside quotes.
    static func detectSeparator(_ header: ArraySlice<UInt8>) -> UInt8 {
        var inQuotes = false
        var commas = 0
        var semicolons = 0
        for byte in header {
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes && byte == UInt8(ascii: ",") {
                commas += 1
            } else if !inQuotes && byte == UInt8(ascii: ";") {
                semicolons += 1
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private static func isLineEnd(_ byte: UInt8) -> Bool {
        byte == lineFeed || byte == carriageReturn
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
