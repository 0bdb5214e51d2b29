import PostgresNIO

/// Reads a row's cells in their order, each as the type its column has, for the walks of `dsr audit verify` over
/// every event of the register.
///
/// A random-access row (`makeRandomAccess()`) first copies the row's cells into an array and keeps a lookup table of
/// column names: per event that was about a tenth of the verifier's time. Tuple decoding (`row.decode((A, B, …).self)`)
/// goes through parameter packs that the optimiser does not specialise across modules, and was twice as slow again.
/// This reader steps through the row once, decoding each cell where it is read.
struct PostgresCellReader {
    private var cells: PostgresRow.Iterator

    /// A reader at the row's first cell.
    init(_ row: PostgresRow) {
        cells = row.makeIterator()
    }

    /// The next cell as `type`; `nil` if it is NULL or cannot be read as `type` (or the row has no more cells).
    mutating func next<Value: PostgresDecodable>(_ type: Value.Type) -> Value? {
        guard let cell = cells.next() else { return nil }
        return try? cell.decode(type)
    }
}
