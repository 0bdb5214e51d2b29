/// The access log's keyed chain (migration `access-log`, schema version 10; ``AccessLogChain``).
///
/// - `caseView.mac`: each entry's mac under a key derived from the register's key file, which never goes into the
///   database, so that an owner of the file cannot change, insert or delete an entry unseen by `dsr audit verify`.
///   Entries written before this migration have none: the verifier counts them as not covered.
/// - `caseViewHead`: one row, the newest entry's position and mac and a seal over both under the same key, rewritten
///   with every write to the log, so that deleting the newest entries is seen too. The migration sets it to the
///   newest entry there is, unsealed (its entries have no mac). It cannot be deleted nor get a second row, and moves
///   forward only (as PostgreSQL's `case_view_head`, migration 9).
enum AccessLogSchema {
    /// The migration's SQL.
    static let sql = """
        PRAGMA user_version = 10;

        ALTER TABLE caseView ADD COLUMN mac TEXT;

        CREATE TABLE caseViewHead (
            position INTEGER NOT NULL,
            mac TEXT,
            seal TEXT
        ) STRICT;
        INSERT INTO caseViewHead SELECT coalesce(max(position), 0), NULL, NULL FROM caseView;

        CREATE TRIGGER caseViewHead_noInsert BEFORE INSERT ON caseViewHead
        BEGIN SELECT RAISE(ABORT, 'the access log has one head'); END;

        CREATE TRIGGER caseViewHead_noDelete BEFORE DELETE ON caseViewHead
        BEGIN SELECT RAISE(ABORT, 'the access log has one head'); END;

        CREATE TRIGGER caseViewHead_forward BEFORE UPDATE ON caseViewHead
        WHEN NEW.position < OLD.position
        BEGIN SELECT RAISE(ABORT, 'the head of the access log moves forward only'); END;
        """
}
