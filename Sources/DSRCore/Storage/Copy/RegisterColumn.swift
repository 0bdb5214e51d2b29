/// A column of a ``RegisterTable``: its name in an SQLite register's schema and the kind of value it holds.
public struct RegisterColumn: Sendable, Hashable {
    /// The kinds of value a register's columns hold, as both stores can represent them.
    public enum Kind: Sendable, Hashable {
        /// A whole number (SQLite INTEGER; PostgreSQL integer or bigint).
        case integer
        /// Text (SQLite TEXT; PostgreSQL text).
        case text
        /// Bytes (SQLite BLOB; PostgreSQL bytea).
        case blob
        /// A truth value (SQLite INTEGER 0 or 1; PostgreSQL boolean), carried as ``RegisterValue/integer(_:)``.
        case boolean
    }

    /// The column's name in an SQLite register (camelCase, as DSRStore's schema spells it).
    public let name: String
    /// The kind of value it holds.
    public let kind: Kind

    /// A column named `name` holding values of `kind`.
    public init(_ name: String, _ kind: Kind) {
        self.name = name
        self.kind = kind
    }
}
