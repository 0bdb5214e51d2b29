import GRDB

extension RequestRow {
    /// Updates the request's row and removes its import key in the same statement, for `dsr purge`: the key is a
    /// digest of the person's name and contact details (see `ImportKey`), and the register's triggers let a request
    /// row change only once per new event.
    func updateRemovingImportKey(_ db: Database) throws {
        let values = try databaseDictionary.filter { $0.key != "caseYear" && $0.key != "caseSequence" }
            .sorted { $0.key < $1.key }
        let assignments = values.map { "\($0.key.quotedDatabaseIdentifier) = ?" } + ["importKey = NULL"]
        let arguments = StatementArguments(values.map(\.value) + [caseYear.databaseValue, caseSequence.databaseValue])
        try db.execute(sql: "UPDATE request SET \(assignments.joined(separator: ", ")) WHERE caseYear = ? AND caseSequence = ?",
                       arguments: arguments)
    }
}
