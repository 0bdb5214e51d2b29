import Foundation

/// The schema of a PostgreSQL register: numbered migrations compiled into the binary from `Migrations/NNNN-name.sql`
/// (the EmbedResources plugin, as workflows and letter templates are, so that a copied binary still has them), each
/// applied once in its own transaction and recorded in `dsr_schema_migration`.
///
/// A shipped migration is never edited: a change of the schema is a new file with the next number. A register
/// whose recorded migrations go beyond ``version`` was written by a newer dsr and is refused.
enum PostgresSchema {
    /// One migration.
    struct Migration: Sendable, Equatable {
        /// Its number, from 1, as in its file name.
        var version: Int
        /// Its name, the rest of the file name (`register`).
        var name: String
        /// Its text, as embedded.
        var text: String

        /// Its statements, in order: split only when the migration is applied, since every command opens the
        /// register and reads only the migrations' numbers and names.
        var statements: [String] { PostgresSchema.statements(of: text) }
    }

    /// The migrations, by number, from the embedded files `NNNN-name.sql`.
    static let migrations: [Migration] = EmbeddedResources.files.compactMap { path, text in
        guard path.hasSuffix(".sql"), let dash = path.firstIndex(of: "-"), let version = Int(path[..<dash]) else {
            return nil
        }
        let name = String(path[path.index(after: dash)...].dropLast(".sql".count))
        return Migration(version: version, name: name, text: text)
    }.sorted { $0.version < $1.version }

    /// The schema version this dsr writes: the number of its last migration.
    static var version: Int { migrations.last?.version ?? 0 }

    /// Splits a migration into statements: a statement ends with `;` at the end of a line outside a `$$` quoted
    /// function body. Comment lines (`--`) and blank lines between statements are left out.
    static func statements(of text: String) -> [String] {
        var statements: [String] = []
        var current: [Substring] = []
        var insideBody = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current.isEmpty && (line.hasPrefix("--") || line.allSatisfy(\.isWhitespace)) { continue }
            current.append(line)
            if line.components(separatedBy: "$$").count % 2 == 0 { insideBody.toggle() }
            if !insideBody && line.hasSuffix(";") {
                statements.append(current.joined(separator: "\n"))
                current = []
            }
        }
        if !current.isEmpty { statements.append(current.joined(separator: "\n")) }
        return statements
    }
}
