/// One value of a register's row while it is copied between stores (``RegisterRows``).
public enum RegisterValue: Sendable, Hashable {
    /// No value (SQL NULL).
    case null
    /// A whole number; a truth value is 0 or 1.
    case integer(Int64)
    /// Text, exactly as stored (texts the hash chain covers are hashed as they are).
    case text(String)
    /// Bytes.
    case blob([UInt8])
}
