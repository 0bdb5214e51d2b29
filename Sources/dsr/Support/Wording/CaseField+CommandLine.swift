import DSRCore

extension CaseField {
    /// The `case set` option that sets the field, `--email` or `--automated-decisions`.
    var commandLineOption: String {
        "--"
            + rawValue.reduce(into: "") { name, character in
                if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
            }
    }
}
