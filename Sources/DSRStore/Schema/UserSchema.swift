/// The tables of a shared register's users (migration `users`, issue 18).
///
/// - `account`: each user's current state (role, disabled, bcrypt password hash, pending setup code, sessions
///   generation), stored only with the user event that sets it (`user-added` inserts, `user-role-changed`,
///   `user-disabled` and `user-password-set` replace) and never deleted. The event's data names the user and role,
///   never a secret; its state hash commits to the whole row (`UserRecord.stateJSON`), which `dsr audit verify`
///   checks.
/// - `apiToken`: API and calendar tokens, keyed by the sequence number of their `token-created` event, holding the
///   SHA-256 of the secret only; revoked only with a `token-revoked` event naming them, never deleted.
/// - `caseView`: the access log, one row per view of a case's personal data (who, when, which case). It is
///   append-only but not part of the hash chain: a view changes nothing in the record (see docs/users.md). Migration
///   `access-log` (``AccessLogSchema``) gives it a keyed chain of its own.
enum UserSchema {
    /// The migration's SQL.
    static let sql = """
        PRAGMA user_version = 9;

        CREATE TABLE account (
            name TEXT NOT NULL PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('admin', 'handler', 'auditor')),
            disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),
            passwordHash TEXT,
            setupCodeHash TEXT,
            setupCodeExpiresAt INTEGER,
            sessionsGeneration INTEGER NOT NULL CHECK (sessionsGeneration >= 1),
            lastEventSequence INTEGER NOT NULL REFERENCES event(sequence),
            CHECK ((setupCodeHash IS NULL) = (setupCodeExpiresAt IS NULL))
        ) STRICT, WITHOUT ROWID;

        CREATE TRIGGER account_noDelete BEFORE DELETE ON account
        BEGIN SELECT RAISE(ABORT, 'users cannot be deleted, only disabled'); END;

        CREATE TRIGGER account_insertWithEvent BEFORE INSERT ON account
        WHEN NEW.lastEventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.lastEventSequence AND caseYear IS NULL
                         AND name = 'user-added' AND json_extract(data, '$.user') IS NEW.name)
        BEGIN SELECT RAISE(ABORT, 'a user is stored only with its user-added event'); END;

        CREATE TRIGGER account_updateWithEvent BEFORE UPDATE ON account
        WHEN NEW.name IS NOT OLD.name OR NEW.lastEventSequence IS OLD.lastEventSequence
          OR NEW.lastEventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.lastEventSequence AND caseYear IS NULL
                         AND name IN ('user-role-changed', 'user-disabled', 'user-password-set')
                         AND json_extract(data, '$.user') IS NEW.name)
        BEGIN SELECT RAISE(ABORT, 'a user changes only together with a new event'); END;

        CREATE TABLE apiToken (
            id INTEGER PRIMARY KEY REFERENCES event(sequence),
            user TEXT NOT NULL REFERENCES account(name),
            kind TEXT NOT NULL CHECK (kind IN ('api', 'calendar')),
            label TEXT NOT NULL,
            secretHash TEXT NOT NULL UNIQUE,
            createdAt TEXT NOT NULL,
            createdBy TEXT NOT NULL,
            revokedEventSequence INTEGER REFERENCES event(sequence)
        ) STRICT;

        CREATE TRIGGER apiToken_noDelete BEFORE DELETE ON apiToken
        BEGIN SELECT RAISE(ABORT, 'tokens cannot be deleted, only revoked'); END;

        CREATE TRIGGER apiToken_insertWithEvent BEFORE INSERT ON apiToken
        WHEN NEW.id IS NOT (SELECT MAX(sequence) FROM event) OR NEW.revokedEventSequence IS NOT NULL
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.id AND caseYear IS NULL AND name = 'token-created'
                         AND json_extract(data, '$.user') IS NEW.user)
        BEGIN SELECT RAISE(ABORT, 'a token is stored only with its token-created event'); END;

        CREATE TRIGGER apiToken_revokeWithEvent BEFORE UPDATE ON apiToken
        WHEN NEW.id IS NOT OLD.id OR NEW.user IS NOT OLD.user OR NEW.kind IS NOT OLD.kind
          OR NEW.label IS NOT OLD.label OR NEW.secretHash IS NOT OLD.secretHash OR NEW.createdAt IS NOT OLD.createdAt
          OR NEW.createdBy IS NOT OLD.createdBy OR OLD.revokedEventSequence IS NOT NULL
          OR NEW.revokedEventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.revokedEventSequence AND caseYear IS NULL
                         AND name = 'token-revoked' AND json_extract(data, '$.token') IS CAST(NEW.id AS TEXT))
        BEGIN SELECT RAISE(ABORT, 'a token changes only when it is revoked, with its token-revoked event'); END;

        CREATE TABLE caseView (
            position INTEGER PRIMARY KEY,
            caseYear INTEGER NOT NULL,
            caseSequence INTEGER NOT NULL,
            actor TEXT NOT NULL,
            viewedAt TEXT NOT NULL,
            FOREIGN KEY (caseYear, caseSequence) REFERENCES request(caseYear, caseSequence)
        ) STRICT;
        CREATE INDEX caseView_case ON caseView(caseYear, caseSequence, position);

        CREATE TRIGGER caseView_noUpdate BEFORE UPDATE ON caseView
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only: entries cannot be changed'); END;

        CREATE TRIGGER caseView_noDelete BEFORE DELETE ON caseView
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only: entries cannot be deleted'); END;
        """
}
