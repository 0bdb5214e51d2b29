/// Rows of a statement copied out of SQLite into memory that Swift owns, so that another thread can check them
/// while the statement steps on (the chain walk of `dsr audit verify`, ``ChainVerifier/checkEvents(_:personalData:)``).
///
/// Every row has the same number of columns; each column keeps its storage class, an integer's value, and a text's
/// bytes exactly as stored (in one buffer for all the rows, so that copying a row allocates nothing once the buffer
/// has grown). Read back through ``withRows(_:)``, a row answers as the cursor did (``ColumnSource``).
struct CopiedRows: Sendable {
    /// A column of a copied row.
    fileprivate struct Slot {
        /// The column's storage class, as ``Row`` answers for it.
        var kind: Kind
        /// An integer's value, or the offset of a text's bytes in ``bytes``.
        var value: Int64
        /// A text's length in bytes.
        var count: Int
    }

    /// A column's storage class.
    fileprivate enum Kind: UInt8 {
        case null, integer, text, unreadableText, other
    }

    /// How many columns each row has.
    let columnCount: Int32
    /// The bytes of every text, row after row.
    private var bytes: [UInt8] = []
    /// The columns of every row, row after row.
    private var slots: [Slot] = []

    /// No rows, each of `columnCount` columns.
    init(columnCount: Int32) {
        self.columnCount = columnCount
    }

    /// How many rows were copied.
    var count: Int { slots.count / Int(columnCount) }

    /// Copies the row at the cursor; its index is the ``count`` before the call.
    mutating func append(_ cursor: ColumnCursor) {
        for column in 0..<columnCount {
            switch cursor.value(column) {
            case .null:
                slots.append(Slot(kind: .null, value: 0, count: 0))
            case .integer(let value):
                slots.append(Slot(kind: .integer, value: value, count: 0))
            case .text(let text?):
                slots.append(Slot(kind: .text, value: Int64(bytes.count), count: text.count))
                bytes.append(contentsOf: text)
            case .text(nil):
                slots.append(Slot(kind: .unreadableText, value: 0, count: 0))
            case .other:
                slots.append(Slot(kind: .other, value: 0, count: 0))
            }
        }
    }

    /// Forgets every row, keeping the memory for the next ones.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the rows; the rows, and the bytes they give, are valid only inside it.
    func withRows<Result>(_ body: (Rows) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try slots.withUnsafeBufferPointer { slots in
                try body(Rows(bytes: bytes, slots: slots, columnCount: Int(columnCount)))
            }
        }
    }

    /// The copied rows, by index (``withRows(_:)``).
    struct Rows {
        /// The bytes of every text.
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        /// The columns of every row.
        fileprivate let slots: UnsafeBufferPointer<Slot>
        /// How many columns each row has.
        fileprivate let columnCount: Int

        /// The row at `index`.
        subscript(index: Int) -> Row {
            Row(
                bytes: bytes,
                slots: UnsafeBufferPointer(rebasing: slots[(index * columnCount)..<((index + 1) * columnCount)]))
        }
    }

    /// A copied row, read as its cursor was (``ColumnSource``).
    struct Row: ColumnSource {
        /// The bytes of every text.
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        /// The row's columns.
        fileprivate let slots: UnsafeBufferPointer<Slot>

        func isNull(_ column: Int32) -> Bool {
            slots[Int(column)].kind == .null
        }

        func isText(_ column: Int32) -> Bool {
            let kind = slots[Int(column)].kind
            return kind == .text || kind == .unreadableText
        }

        func integer(_ column: Int32) -> Int64? {
            let slot = slots[Int(column)]
            return slot.kind == .integer ? slot.value : nil
        }

        func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
            let slot = slots[Int(column)]
            guard slot.kind == .text else { return nil }
            let start = Int(slot.value)
            return UnsafeBufferPointer(rebasing: bytes[start..<(start + slot.count)])
        }
    }
}
