import DSRCore
import GRDB

extension CaseNumber {
    /// The primary key of the case's `request` row.
    var databaseKey: [String: any DatabaseValueConvertible] {
        ["caseYear": year, "caseSequence": sequence]
    }
}
