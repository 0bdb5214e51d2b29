import DSRCore
import GRDB

extension RequestQuery {
    /// The SQL that selects the query's requests, soonest deadline first, then by case number.
    ///
    /// The fixed conditions are written as literals, not arguments, so that SQLite matches them against the partial
    /// indexes: `request_runningDeadline` (`clock = 'running'`) for overdue and due-by lists, and
    /// `request_openDeadline` (`isOpen = 1`) for the open requests. Both also give the order without sorting.
    ///
    /// Overdue and due-by lists filter on `clock = 'running'` alone: the schema's CHECK makes every running request
    /// open, and leaving `isOpen = 1` out keeps SQLite from choosing the wider open-requests index for them.
    var selection: (sql: String, arguments: StatementArguments) {
        selection(columns: "*")
    }

    /// The SQL that selects the given columns of the query's requests, in the same order as ``selection``.
    func selection(columns: String) -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if overdueAsOf != nil || dueOnOrBefore != nil {
            conditions.append("clock = 'running'")
        } else if !includeClosed {
            conditions.append("isOpen = 1")
        }
        if let overdueAsOf {
            conditions.append("deadline < ?")
            arguments += [overdueAsOf.description]
        }
        if let dueOnOrBefore {
            conditions.append("deadline <= ?")
            arguments += [dueOnOrBefore.description]
        }
        if let kind {
            conditions.append("kind = ?")
            arguments += [kind.rawValue]
        }
        if let state {
            conditions.append("state = ?")
            arguments += [state.rawValue]
        }
        switch assigned {
        case .user(let name)?:
            conditions.append("json_extract(record, '$.assignee') = ?")
            arguments += [name]
        case .nobody?:
            conditions.append("json_extract(record, '$.assignee') IS NULL")
        case nil:
            break
        }
        var sql = "SELECT \(columns) FROM request"
        if !conditions.isEmpty {
            sql += " WHERE " + conditions.joined(separator: " AND ")
        }
        sql += " ORDER BY deadline, caseYear, caseSequence"
        if let limit {
            sql += " LIMIT ?"
            arguments += [max(0, limit)]
            if let offset {
                sql += " OFFSET ?"
                arguments += [max(0, offset)]
            }
        }
        return (sql, arguments)
    }
}
