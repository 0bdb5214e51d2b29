import DSRCore
import Foundation
import GRDB

/// The register's full-text index of requests, `searchIndex`: an SQLite FTS5 table that `dsr search` reads.
///
/// **Contentless.** The table is made with `content=''`: it keeps the index (each token with the requests and
/// positions it occurs at) but no copy of the texts, which stay in `request.record` only. Each request is one row of
/// the index, its rowid the case number as one integer (``rowidSQL``: year × 10⁹ + sequence), so that the newest
/// cases are the highest rowids and FTS5 hands out the newest matches first without a sort. The tokenizer is
/// `unicode61 remove_diacritics 2`: tokens are runs of letters and digits, folded to lower case, with diacritics
/// removed from Latin letters: ä, å and á become a, ö and ó become o, é becomes e, š becomes s. Letters that are
/// not a base letter with a diacritic stay as they are: ø, æ, ß, ł and đ are not folded (`øster` does not find
/// "Oster", and `strasse` does not find "Straße").
///
/// **In step with the data.** A contentless table cannot read back what it indexed, so a request's row of the index
/// is removed by FTS5's `delete` command with the very texts it was indexed with: those are computed, by the same SQL
/// (``documentsSQL(from:)``), from the record as it was stored before the change. Every write that can change a
/// request's indexed texts calls one of:
///
/// - ``add(_:_:)`` after a request is inserted (registration),
/// - ``update(_:previousRecord:_:)`` after a request's row is replaced (events, corrections, purge; it does nothing
///   when the indexed texts did not change),
/// - ``addPending(_:)`` once at the end of an import, for all its new requests in one statement: the import writes
///   each request's texts, computed in Swift (``SearchDocument``), into a temporary table as it goes
///   (``pendingTable``), and the index takes them from there in case-number order,
///
/// in the same transaction as the write. Writes that change none of the indexed texts (letters, identity-key
/// rotation) need not call anything. After a purge run, ``optimize(_:)`` merges the index into one segment: until then
/// FTS5 keeps the purged tokens in its segments with a deletion marker.
///
/// **Adding a text source** (such as the notes of `dsr note`): add a column to ``columns`` and a migration that drops
/// and re-creates the table with ``createSQL`` and fills it with ``rebuildSQL``, written out as text in
/// ``RegisterSchema`` (a shipped migration is never edited). Every existing row must be re-indexed with the new
/// columns before any `delete` with the new SQL runs, which the migration does.
enum SearchIndex {
    /// The table's name.
    static let table = "searchIndex"

    /// The indexed texts: each column of the index with the SQL that computes it from a request's `caseYear`,
    /// `caseSequence` and `record` (its JSON).
    ///
    /// A telephone number is indexed as written, as its digits alone, and, for a Finnish number in international form
    /// (`+358 40 123 4567`), also in the national form `0401234567`, so that it is found however it is typed.
    static let columns: [(name: String, sql: String)] = [
        ("caseNumber", "printf('%d-%04d', caseYear, caseSequence)"),
        ("name", "json_extract(record, '$.subject.name')"),
        ("email", "json_extract(record, '$.subject.email')"),
        (
            "phone",
            """
            phone || ' ' || phoneDigits || iif(phoneDigits LIKE '358_%', ' 0' || substr(phoneDigits, 4), '')
            """
        ),
        ("address", "json_extract(record, '$.subject.address')"),
        ("reference", "json_extract(record, '$.reference')"),
        ("note", "json_extract(record, '$.note')"),
    ]

    /// A request's row of the index, as one integer: year × 10⁹ + sequence (a case number's sequence has at most nine
    /// digits), so that rowid order is case-number order.
    static let rowidSQL = "caseYear * 1000000000 + caseSequence"

    /// The statement that creates the table.
    static let createSQL = """
        CREATE VIRTUAL TABLE \(table) USING fts5(\(columns.map(\.name).joined(separator: ", ")),
            content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
        """

    /// The statement that indexes every request (after `delete-all`, or into a new table).
    static let rebuildSQL = """
        INSERT INTO \(table) (\(table)) VALUES ('delete-all');
        INSERT INTO \(table) (rowid, \(columnList)) \(documentsSQL(from: "request"));
        """

    /// The index's column names, comma-separated.
    private static let columnList = columns.map(\.name).joined(separator: ", ")

    /// A `SELECT` of the rowid and the indexed texts of each row of `source`, which has the columns `caseYear`,
    /// `caseSequence` and `record`.
    static func documentsSQL(from source: String) -> String {
        """
        SELECT \(rowidSQL), \(columns.map(\.sql).joined(separator: ", ")) FROM (
            SELECT caseYear, caseSequence, record, json_extract(record, '$.subject.phone') AS phone,
                replace(replace(replace(replace(replace(replace(replace(json_extract(record, '$.subject.phone'),
                    ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), '+', '') AS phoneDigits
            FROM \(source))
        """
    }

    /// Indexes the request just inserted under `caseNumber`.
    static func add(_ caseNumber: CaseNumber, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO \(table) (rowid, \(columnList)) "
                + documentsSQL(from: "request WHERE caseYear = ? AND caseSequence = ?"),
            arguments: [caseNumber.year, caseNumber.sequence])
    }

    /// The row of the index that ``documentsSQL(from:)`` computes for the stored request `caseNumber`, as a
    /// ``SearchDocument`` (to compare with the one computed in Swift), or `nil` if there is no such request.
    static func document(of caseNumber: CaseNumber, _ db: Database) throws -> SearchDocument? {
        let row = try Row.fetchOne(
            db, sql: documentsSQL(from: "request WHERE caseYear = ? AND caseSequence = ?"),
            arguments: [caseNumber.year, caseNumber.sequence])
        return row.map { row in
            SearchDocument(rowid: row[0], texts: (1...columns.count).map { index in row[index] })
        }
    }

    /// Re-indexes a request whose row was just replaced, if its indexed texts changed: removes the texts the previous
    /// record was indexed with and indexes the stored one.
    /// - Parameter previousRecord: The record's JSON as it was stored before the change.
    static func update(_ caseNumber: CaseNumber, previousRecord: String, _ db: Database) throws {
        let previousSource = "(SELECT ? AS caseYear, ? AS caseSequence, ? AS record)"
        let previousArguments: StatementArguments = [caseNumber.year, caseNumber.sequence, previousRecord]
        let before = try Row.fetchOne(db, sql: documentsSQL(from: previousSource), arguments: previousArguments)
        let after = try Row.fetchOne(
            db, sql: documentsSQL(from: "request WHERE caseYear = ? AND caseSequence = ?"),
            arguments: [caseNumber.year, caseNumber.sequence])
        guard before != after else { return }
        try db.execute(
            sql: "INSERT INTO \(table) (\(table), rowid, \(columnList)) SELECT 'delete', * FROM ("
                + documentsSQL(from: previousSource) + ")", arguments: previousArguments)
        try add(caseNumber, db)
    }

    /// The temporary table in which an import collects the texts of the requests it adds (``SearchDocument``), keyed
    /// by the index's rowid, until ``addPending(_:)`` indexes them at its commit.
    ///
    /// Going through this table, rather than indexing each request as it is written, hands FTS5 the rows in rowid
    /// order whatever the order of the file: FTS5 writes its pending terms out as a new segment whenever a rowid is
    /// not above the one before, which a file of requests of several years in turn would make it do for each row.
    static let pendingTable = "searchPending"

    /// The statement that creates ``pendingTable`` in the connection's temporary schema (inside the import's
    /// transaction, so a rollback drops it too).
    static let createPendingSQL = """
        CREATE TEMP TABLE \(pendingTable) (id INTEGER PRIMARY KEY, \(columnList))
        """

    /// The statement that adds one ``SearchDocument`` to ``pendingTable``: its rowid, then its texts.
    static let insertPendingSQL = """
        INSERT INTO temp.\(pendingTable) (id, \(columnList)) VALUES (?\(String(repeating: ", ?", count: columns.count)))
        """

    /// Indexes the requests collected in ``pendingTable`` in one statement, in rowid order, and drops the table.
    static func addPending(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO \(table) (rowid, \(columnList)) SELECT id, \(columnList) FROM temp.\(pendingTable) ORDER BY id;
                DROP TABLE temp.\(pendingTable);
                """)
    }

    /// Merges the index into one segment, which drops the tokens of removed rows for good (FTS5 keeps them, with a
    /// deletion marker, until their segment is merged).
    static func optimize(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO \(table) (\(table)) VALUES ('optimize')")
    }

    /// The case numbers of the requests that match every term, newest first, at most `limit`.
    static func caseNumbers(matching terms: [SearchTerm], limit: Int, _ db: Database) throws -> [CaseNumber] {
        let rowids = try Int64.fetchAll(
            db,
            sql: """
                SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT ?
                """, arguments: [matchExpression(terms), limit])
        return rowids.map { CaseNumber(year: Int($0 / 1_000_000_000), sequence: Int($0 % 1_000_000_000)) }
    }

    /// The FTS5 query for the terms: each term a quoted string (its quotes doubled), so that nothing in it is read
    /// as query syntax, followed by `*` for a prefix match of its last token; the terms joined by spaces, which FTS5
    /// reads as AND. FTS5 splits each string into tokens with the table's tokenizer, so a term of several tokens
    /// (`matti.virtanen`, `2026-0042`) is a phrase: its tokens next to each other, in order, within one column. A
    /// string with no token at all constrains nothing, and a query of such strings alone matches nothing.
    static func matchExpression(_ terms: [SearchTerm]) -> String {
        terms.map { term in
            "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + (term.matchesPrefix ? "\"*" : "\"")
        }.joined(separator: " ")
    }
}
