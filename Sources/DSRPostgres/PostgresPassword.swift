import Foundation

/// Where a PostgreSQL register's password comes from, as libpq looks for it: `PGPASSWORD`, else the first matching
/// line of the password file (`passfile=` in the location, else `PGPASSFILE`, else `~/.pgpass`). Never the location
/// itself (``PostgresLocationError/passwordInLocation``) and never a command-line option.
///
/// A password file is a text file of lines `HOST:PORT:DATABASE:USER:PASSWORD` (`*` matches anything, `\:` and `\\`
/// escape); as libpq does, a file that its group or others can read is ignored.
public enum PostgresPassword {
    /// The password for a location, or `nil` (the server may not ask for one: trust or peer authentication).
    /// - Parameters:
    ///   - environment: The process's environment (`PGPASSWORD`, `PGPASSFILE`, `HOME`).
    public static func lookUp(for location: PostgresLocation, environment: [String: String]) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let path = location.passfile ?? environment["PGPASSFILE"] ?? home + "/.pgpass"
        guard let text = privateText(at: path) else { return nil }
        // For a Unix socket libpq matches the host field against "localhost" or the socket folder.
        let hosts = location.host.map { [$0] } ?? ["localhost", location.socketFolder ?? ""]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            func matches(_ field: String, _ values: [String]) -> Bool { field == "*" || values.contains(field) }
            if matches(fields[0], hosts), matches(fields[1], ["\(location.port)"]),
                matches(fields[2], [location.database]), matches(fields[3], [location.user])
            {
                return fields[4]
            }
        }
        return nil
    }

    /// The file's text if it is a regular file that only its owner can read or write, else `nil`.
    private static func privateText(at path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0
        else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// The fields of a password-file line, split at unescaped colons, with `\` escapes removed.
    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
