import DSRCore
import GRDB

extension RequestRow {
    /// The case whose request has the controller's reference `reference` (unique in the register), or `nil`; a
    /// registration refuses a reference in use, and an import recognises the request by it.
    static func caseNumber(forReference reference: String, in db: Database) throws -> CaseNumber? {
        let statement = try db.cachedStatement(sql: "SELECT caseYear, caseSequence FROM request WHERE reference = ?")
        guard let row = try Row.fetchOne(statement, arguments: [reference]) else { return nil }
        return CaseNumber(year: row[0], sequence: row[1])
    }

    /// Updates the request's row and removes its import key in the same statement, for `dsr purge`: the key is a
    /// digest of the person's name and contact details (see `ImportKey`), and the register's triggers let a request
    /// row change only once per new event.
    func updateRemovingImportKey(_ db: Database) throws {
        let values = try databaseDictionary.filter { $0.key != "caseYear" && $0.key != "caseSequence" }
            .sorted { $0.key < $1.key }
        let assignments = values.map { "\($0.key.quotedDatabaseIdentifier) = ?" } + ["importKey = NULL"]
        let arguments = StatementArguments(values.map(\.value) + [caseYear.databaseValue, caseSequence.databaseValue])
        try db.execute(
            sql: "UPDATE request SET \(assignments.joined(separator: ", ")) WHERE caseYear = ? AND caseSequence = ?",
            arguments: arguments)
    }
}
