import DSRCore
import GRDB

/// The register's schema: its migrations, its version number and the SQLite application id that marks a dsr file.
///
/// Migrations are plain SQL text with string names. They never refer to application types, and a migration is never
/// edited once it has shipped: a change to the schema is a new migration that also raises `PRAGMA user_version`.
enum RegisterSchema {
    /// The schema version this dsr writes, kept in `PRAGMA user_version`. A file with a higher number is refused.
    static let version = 10

    /// The application id of a dsr register, `PRAGMA application_id`: the ASCII bytes `dsr ` (0x64737220).
    ///
    /// It sits at offset 68 of the SQLite file header, so a file can be recognised before SQLite opens it.
    static let applicationID: Int32 = 0x6473_7220

    /// The hash that stands before the first event of the log: 64 zeros.
    static let genesisHash = String(repeating: "0", count: 64)

    /// The migrator that brings a register up to ``version``.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("letters") { db in
            try db.execute(sql: LetterSchema.sql)
        }
        migrator.registerMigration("import") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("purged-tags") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("search") { db in
            try db.execute(sql: v6)
        }
        migrator.registerMigration("attachments") { db in
            try db.execute(sql: AttachmentSchema.sql)
        }
        migrator.registerMigration("dispatch") { db in
            try db.execute(sql: DispatchSchema.sql)
        }
        migrator.registerMigration("users") { db in
            try db.execute(sql: UserSchema.sql)
        }
        migrator.registerMigration("access-log") { db in
            try db.execute(sql: AccessLogSchema.sql)
        }
        return migrator
    }

    /// Version 1: the current state of each request, the append-only event log, the case counters and the
    /// controller-profile versions, with the triggers that keep the log append-only.
    ///
    /// `request_runningDeadline` holds only requests whose clock runs, and a CHECK makes every such request open
    /// (final states stop the clock), so the overdue and due-by lists are a range search over open requests alone.
    /// `request_openDeadline` serves the list of open requests.
    static let v1 = """
        PRAGMA application_id = 1685287456;
        PRAGMA user_version = 1;

        CREATE TABLE caseCounter (
            year INTEGER NOT NULL PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
            "last" INTEGER NOT NULL CHECK ("last" >= 1)
        ) STRICT;

        CREATE TABLE event (
            sequence INTEGER PRIMARY KEY,
            caseYear INTEGER,
            caseSequence INTEGER,
            name TEXT NOT NULL,
            "on" TEXT NOT NULL,
            recordedAt TEXT NOT NULL,
            actor TEXT NOT NULL,
            workflowVersion INTEGER NOT NULL,
            stateAfter TEXT,
            data TEXT NOT NULL,
            stateHash TEXT,
            previousHash TEXT NOT NULL,
            hash TEXT NOT NULL,
            CHECK ((caseYear IS NULL) = (caseSequence IS NULL)),
            FOREIGN KEY (caseYear, caseSequence) REFERENCES request(caseYear, caseSequence)
                DEFERRABLE INITIALLY DEFERRED
        ) STRICT;
        CREATE INDEX event_case ON event(caseYear, caseSequence, sequence);

        CREATE TABLE request (
            caseYear INTEGER NOT NULL,
            caseSequence INTEGER NOT NULL CHECK (caseSequence >= 1),
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            clock TEXT NOT NULL CHECK (clock IN ('running', 'paused', 'stopped')),
            workflowVersion INTEGER NOT NULL,
            received TEXT NOT NULL,
            deadline TEXT NOT NULL,
            closedOn TEXT,
            isOpen INTEGER NOT NULL CHECK (isOpen IN (0, 1)),
            outcome TEXT,
            lastEventSequence INTEGER NOT NULL REFERENCES event(sequence),
            record TEXT NOT NULL,
            PRIMARY KEY (caseYear, caseSequence),
            CHECK (isOpen = (closedOn IS NULL)),
            CHECK (clock <> 'running' OR isOpen = 1)
        ) STRICT;
        CREATE INDEX request_runningDeadline ON request(deadline, caseYear, caseSequence)
            WHERE clock = 'running';
        CREATE INDEX request_openDeadline ON request(deadline, caseYear, caseSequence)
            WHERE isOpen = 1;

        CREATE TABLE controllerProfile (
            version INTEGER PRIMARY KEY,
            profile TEXT NOT NULL,
            createdAt TEXT NOT NULL,
            eventSequence INTEGER NOT NULL UNIQUE REFERENCES event(sequence)
        ) STRICT;

        CREATE TRIGGER event_noUpdate BEFORE UPDATE ON event
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only: events cannot be changed'); END;

        CREATE TRIGGER event_noDelete BEFORE DELETE ON event
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only: events cannot be deleted'); END;

        CREATE TRIGGER event_appendAtEnd BEFORE INSERT ON event
        WHEN NEW.sequence IS NOT (SELECT IFNULL(MAX(sequence), 0) + 1 FROM event)
          OR NEW.previousHash IS NOT IFNULL((SELECT hash FROM event ORDER BY sequence DESC LIMIT 1),
                                            '0000000000000000000000000000000000000000000000000000000000000000')
        BEGIN SELECT RAISE(ABORT, 'events are appended at the end of the hash chain only'); END;

        CREATE TRIGGER request_noDelete BEFORE DELETE ON request
        BEGIN SELECT RAISE(ABORT, 'requests cannot be deleted from the register'); END;

        CREATE TRIGGER request_insertWithEvent BEFORE INSERT ON request
        WHEN NEW.lastEventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.lastEventSequence
                         AND caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence)
          OR NEW.caseSequence > IFNULL((SELECT "last" FROM caseCounter WHERE year = NEW.caseYear), 0)
        BEGIN SELECT RAISE(ABORT, 'a request is stored only with its event, under an allocated case number'); END;

        CREATE TRIGGER request_updateWithEvent BEFORE UPDATE ON request
        WHEN NEW.caseYear IS NOT OLD.caseYear OR NEW.caseSequence IS NOT OLD.caseSequence
          OR NEW.lastEventSequence IS OLD.lastEventSequence
          OR NEW.lastEventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.lastEventSequence
                         AND caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence)
        BEGIN SELECT RAISE(ABORT, 'a request changes only together with a new event'); END;

        CREATE TRIGGER controllerProfile_noUpdate BEFORE UPDATE ON controllerProfile
        BEGIN SELECT RAISE(ABORT, 'controller-profile versions cannot be changed'); END;

        CREATE TRIGGER controllerProfile_noDelete BEFORE DELETE ON controllerProfile
        BEGIN SELECT RAISE(ABORT, 'controller-profile versions cannot be deleted'); END;

        CREATE TRIGGER controllerProfile_insertWithEvent BEFORE INSERT ON controllerProfile
        WHEN NEW.eventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.eventSequence AND caseYear IS NULL)
        BEGIN SELECT RAISE(ABORT, 'a controller profile is stored only with its event'); END;

        CREATE TRIGGER caseCounter_startAtOne BEFORE INSERT ON caseCounter
        WHEN NEW."last" IS NOT 1
        BEGIN SELECT RAISE(ABORT, 'case numbers start at 1'); END;

        CREATE TRIGGER caseCounter_forwardOnly BEFORE UPDATE ON caseCounter
        WHEN NEW.year IS NOT OLD.year OR NEW."last" IS NOT OLD."last" + 1
        BEGIN SELECT RAISE(ABORT, 'case numbers are allocated one at a time and never reused'); END;

        CREATE TRIGGER caseCounter_noDelete BEFORE DELETE ON caseCounter
        BEGIN SELECT RAISE(ABORT, 'case counters cannot be deleted'); END;
        """

    /// Version 2: personal data beside the hash chain, so that `dsr purge` can remove it and the chain still verifies.
    ///
    /// Events written from now on use the chain's format 2 (``EventChain``): `event.data` holds the event's public
    /// form, with personal texts replaced by a placeholder, and `event.personalHash` the salted SHA-256 of the full
    /// data, which `eventPersonal` keeps. Personal data is stored only with its event and removed only after a
    /// `purge` event of the same case was appended.
    static let v2 = """
        PRAGMA user_version = 2;

        ALTER TABLE event ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2));
        ALTER TABLE event ADD COLUMN personalHash TEXT;

        CREATE TABLE eventPersonal (
            sequence INTEGER PRIMARY KEY REFERENCES event(sequence),
            salt TEXT NOT NULL,
            data TEXT NOT NULL
        ) STRICT;

        CREATE TRIGGER eventPersonal_noUpdate BEFORE UPDATE ON eventPersonal
        BEGIN SELECT RAISE(ABORT, 'personal data cannot be changed, only removed by dsr purge'); END;

        CREATE TRIGGER eventPersonal_insertWithEvent BEFORE INSERT ON eventPersonal
        WHEN NEW.sequence IS NOT (SELECT MAX(sequence) FROM event)
          OR (SELECT personalHash FROM event WHERE sequence = NEW.sequence) IS NULL
        BEGIN SELECT RAISE(ABORT, 'personal data is stored only with its event'); END;

        CREATE TRIGGER eventPersonal_deleteAfterPurge BEFORE DELETE ON eventPersonal
        WHEN NOT EXISTS (SELECT 1 FROM event AS owner JOIN event AS purge
                           ON purge.caseYear = owner.caseYear AND purge.caseSequence = owner.caseSequence
                         WHERE owner.sequence = OLD.sequence AND purge.name = 'purge'
                           AND purge.sequence > owner.sequence)
        BEGIN SELECT RAISE(ABORT, 'personal data is removed only by dsr purge'); END;
        """

    /// Version 4 (migration `import`), for imports and fast lists:
    ///
    /// - `reference`, the controller's own reference of a request (`RequestRecord.reference`), unique among the
    ///   requests that have one;
    /// - `importKey`, for a request added by `dsr import`, a digest of its registration data (`ImportKey`), kept for
    ///   lookups only and not part of the record, so that importing a file again finds the requests it added;
    /// - `channel`, `language` and `isExtended`, copied from the record like the other list columns, so that lists
    ///   are read from columns without decoding records, and the list columns added to the partial indexes of open
    ///   and running requests (``listColumns``).
    ///
    /// The new list columns of existing requests are filled from their stored records. The trigger that ties every
    /// change of a request to a new event is set aside for that one statement and put back unchanged: the statement
    /// only copies values out of records that the hash chain already covers, and `dsr audit verify` checks every
    /// list column against its record.
    static let v4 = """
        PRAGMA user_version = 4;
        ALTER TABLE request ADD COLUMN reference TEXT;
        ALTER TABLE request ADD COLUMN importKey TEXT;
        ALTER TABLE request ADD COLUMN channel TEXT NOT NULL DEFAULT '';
        ALTER TABLE request ADD COLUMN language TEXT NOT NULL DEFAULT '';
        ALTER TABLE request ADD COLUMN isExtended INTEGER NOT NULL DEFAULT 0 CHECK (isExtended IN (0, 1));

        DROP TRIGGER request_updateWithEvent;
        \(v4Backfill)
        CREATE TRIGGER request_updateWithEvent BEFORE UPDATE ON request
        WHEN NEW.caseYear IS NOT OLD.caseYear OR NEW.caseSequence IS NOT OLD.caseSequence
          OR NEW.lastEventSequence IS OLD.lastEventSequence
          OR NEW.lastEventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.lastEventSequence
                         AND caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence)
        BEGIN SELECT RAISE(ABORT, 'a request changes only together with a new event'); END;

        CREATE UNIQUE INDEX request_reference ON request(reference) WHERE reference IS NOT NULL;
        CREATE INDEX request_importKey ON request(importKey) WHERE importKey IS NOT NULL;

        DROP INDEX request_runningDeadline;
        CREATE INDEX request_runningDeadline ON request(deadline, caseYear, caseSequence, \(listColumns))
            WHERE clock = 'running';
        DROP INDEX request_openDeadline;
        CREATE INDEX request_openDeadline ON request(deadline, caseYear, caseSequence, \(listColumns), isOpen)
            WHERE isOpen = 1;
        """

    /// Version 5 (migration `purged-tags`): `purgedTag`, the keyed tags (``IdentityCodeKey/purgedTag(_:of:)``) of
    /// the references and import keys that `dsr purge` removed, so that importing an old spreadsheet again does not
    /// bring purged people back, while the register keeps neither value. A tag is stored only together with the purge
    /// of its case (the purge event is the log's newest), and is never changed.
    static let v5 = """
        PRAGMA user_version = 5;
        CREATE TABLE purgedTag (
            tag TEXT NOT NULL PRIMARY KEY,
            caseYear INTEGER NOT NULL,
            caseSequence INTEGER NOT NULL,
            FOREIGN KEY (caseYear, caseSequence) REFERENCES request(caseYear, caseSequence)
        ) STRICT, WITHOUT ROWID;

        CREATE TRIGGER purgedTag_noUpdate BEFORE UPDATE ON purgedTag
        BEGIN SELECT RAISE(ABORT, 'purged tags cannot be changed'); END;

        CREATE TRIGGER purgedTag_noDelete BEFORE DELETE ON purgedTag
        BEGIN SELECT RAISE(ABORT, 'purged tags cannot be deleted'); END;

        CREATE TRIGGER purgedTag_insertWithPurge BEFORE INSERT ON purgedTag
        WHEN NOT EXISTS (SELECT 1 FROM event WHERE sequence = (SELECT MAX(sequence) FROM event) AND name = 'purge'
                         AND caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence)
        BEGIN SELECT RAISE(ABORT, 'a purged tag is stored only with the purge of its case'); END;
        """

    /// Version 6 (migration `search`): `searchIndex`, the full-text index of requests that `dsr search` reads (see
    /// ``SearchIndex``): a contentless FTS5 table (it keeps no copy of the texts) of each request's case number, the
    /// data subject's name, e-mail address, telephone number and address, the reference and the registration's note,
    /// filled here for the requests already in the register. The SQL is ``SearchIndex``'s of this version, written
    /// out, so that a later change of the indexed texts comes with its own migration.
    static let v6 = """
        PRAGMA user_version = 6;
        CREATE VIRTUAL TABLE searchIndex USING fts5(caseNumber, name, email, phone, address, reference, note,
            content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO searchIndex (rowid, caseNumber, name, email, phone, address, reference, note)
        SELECT caseYear * 1000000000 + caseSequence, printf('%d-%04d', caseYear, caseSequence), \
        json_extract(record, '$.subject.name'), json_extract(record, '$.subject.email'), \
        phone || ' ' || phoneDigits || iif(phoneDigits LIKE '358_%', ' 0' || substr(phoneDigits, 4), ''), \
        json_extract(record, '$.subject.address'), json_extract(record, '$.reference'), json_extract(record, '$.note') FROM (
            SELECT caseYear, caseSequence, record, json_extract(record, '$.subject.phone') AS phone,
                replace(replace(replace(replace(replace(replace(replace(json_extract(record, '$.subject.phone'),
                    ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), '+', '') AS phoneDigits
            FROM request);
        """

    /// The list columns that version 4 adds to the partial indexes of open and running requests, after their keys,
    /// so that lists of open, overdue and due requests read the index alone (a few pages) and never the table rows
    /// with their records (the open-requests index also holds `isOpen`, which its lists filter on). The indexes hold
    /// open requests only, so this costs little space.
    static let listColumns = "kind, state, clock, received, isExtended, channel, language, closedOn, outcome"

    /// The statement of version 4 that fills the new list columns of existing requests from their records.
    static let v4Backfill = """
        UPDATE request SET reference = json_extract(record, '$.reference'),
            channel = json_extract(record, '$.channel'), language = json_extract(record, '$.language'),
            isExtended = json_extract(record, '$.extendedOn') IS NOT NULL;
        """
}

extension RegisterSchema {
    /// What a register of this version looks like, read from a fresh register built in memory: its tables, indexes
    /// and triggers by type and name with their SQL, its `PRAGMA user_version`, and the migrations applied, in
    /// order; or `nil` if SQLite cannot build one.
    static let expected: (objects: [String: String], userVersion: Int, migrations: [String])? = {
        guard let queue = try? DatabaseQueue() else { return nil }
        guard (try? migrator.migrate(queue)) != nil else { return nil }
        return try? queue.read { db in
            (
                try objects(in: db), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            )
        }
    }()

    /// The tables, indexes and triggers a register of this version has, by type and name, with their SQL, or `nil`
    /// if SQLite cannot build a fresh register.
    static var expectedObjects: [String: String]? { expected?.objects }

    /// The schema objects of a database by `type name`, with their SQL.
    static func objects(in db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name
                """)
        var objects: [String: String] = [:]
        for row in rows {
            let type = String.fromDatabaseValue(row["type"]) ?? "?"
            let name = String.fromDatabaseValue(row["name"]) ?? "?"
            objects["\(type) \(name)"] = String.fromDatabaseValue(row["sql"]) ?? ""
        }
        return objects
    }

    /// How the database's tables, indexes, triggers, `PRAGMA user_version` and recorded migrations differ from the
    /// ones dsr made, one line each (empty if they are the same).
    /// - Parameter expected: What dsr made (``expected``); `nil` when it could not be built.
    /// - Throws: ``StoreError`` if the comparison cannot run (the expected schema could not be built, or SQLite
    ///   fails): a check that cannot run must not pass as "no differences".
    static func differences(
        in db: Database,
        expected: (objects: [String: String], userVersion: Int, migrations: [String])? = RegisterSchema.expected
    )
        throws -> [String]
    {
        guard let expected else {
            throw StoreError.failed(
                operation: "compare the register's schema with dsr's",
                reason: "dsr cannot build the schema it expects in memory, so the check cannot run")
        }
        let found = try objects(in: db)
        var differences: [String] = []
        for (object, sql) in expected.objects.sorted(by: { $0.key < $1.key }) {
            guard let actual = found[object] else {
                differences.append("\(object) is missing (dropped behind dsr's back)")
                continue
            }
            if actual != sql { differences.append("\(object) was altered behind dsr's back") }
        }
        for object in found.keys.sorted() where expected.objects[object] == nil {
            differences.append("\(object) is not part of dsr's schema (added behind dsr's back)")
        }
        // The version number says which migrations ran; a changed one makes another dsr treat the file as older or
        // newer than it is.
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if userVersion != expected.userVersion {
            differences.append(
                "PRAGMA user_version is \(userVersion), but the schema's migrations "
                    + "(\(expected.migrations.joined(separator: ", "))) set \(expected.userVersion) "
                    + "(changed behind dsr's back)")
        }
        if try db.tableExists("grdb_migrations") {
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            if applied != expected.migrations {
                differences.append(
                    "the migrations recorded in grdb_migrations are not "
                        + "\(expected.migrations.joined(separator: ", ")) (changed behind dsr's back)")
            }
        }
        return differences
    }
}
