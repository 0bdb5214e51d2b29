import DSRCore

/// The PostgreSQL spelling of a ``RegisterTable``'s and ``RegisterColumn``'s names: an SQLite register's camelCase
/// names in snake_case (`caseYear` → `case_year`, `bodySHA256` → `body_sha256`), except the two words PostgreSQL
/// reserves, which the PostgreSQL schema renames: `on` is `on_day` and `user` is `user_name` (Migrations/).
enum PostgresCopyNames {
    /// The PostgreSQL name of a table or column named `name` in an SQLite register.
    static func name(_ name: String) -> String {
        switch name {
        case "on": return "on_day"
        case "user": return "user_name"
        default: break
        }
        var snake = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                snake.append("_")
            }
            snake.append(Character(character.lowercased()))
            previous = character
        }
        return snake
    }

    /// The PostgreSQL columns of `table`, comma-separated, in its column order.
    static func columns(of table: RegisterTable) -> String {
        table.columns.map { name($0.name) }.joined(separator: ", ")
    }

    /// The PostgreSQL columns of `table`'s key, comma-separated.
    static func key(of table: RegisterTable) -> String {
        table.key.map(name).joined(separator: ", ")
    }
}
