-- Migration 5 of a dsr register on PostgreSQL: users, tokens and the access log, as an SQLite register's migration
-- `users` (schema version 9, issue 18).
-- - account: each user's current state, stored only with the user event that sets it (user-added inserts;
--   user-role-changed, user-disabled and user-password-set replace) and never deleted. The event's data names the
--   user and role, never a secret; its state hash commits to the whole row, which dsr audit verify checks.
-- - api_token: API and calendar tokens, keyed by the sequence number of their token-created event, holding the
--   SHA-256 of the secret only; revoked only with a token-revoked event naming them, never deleted.
-- - case_view: the access log, one row per view of a case's personal data. Append-only, not chained.

CREATE TABLE account (
    name text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('admin', 'handler', 'auditor')),
    disabled boolean NOT NULL,
    password_hash text,
    setup_code_hash text,
    setup_code_expires_at bigint,
    sessions_generation bigint NOT NULL CHECK (sessions_generation >= 1),
    last_event_sequence bigint NOT NULL REFERENCES event (sequence),
    CHECK ((setup_code_hash IS NULL) = (setup_code_expires_at IS NULL))
);

CREATE TRIGGER account_no_delete BEFORE DELETE ON account FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('users cannot be deleted, only disabled');
CREATE TRIGGER account_no_truncate BEFORE TRUNCATE ON account FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('users cannot be deleted, only disabled');

CREATE FUNCTION dsr_account_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    newest event%ROWTYPE;
BEGIN
    SELECT * INTO newest FROM event ORDER BY sequence DESC LIMIT 1;
    IF TG_OP = 'INSERT' THEN
        IF NEW.last_event_sequence IS DISTINCT FROM newest.sequence OR newest.case_year IS NOT NULL
           OR newest.name <> 'user-added' OR (newest.data::jsonb ->> 'user') IS DISTINCT FROM NEW.name THEN
            RAISE EXCEPTION 'a user is stored only with its user-added event';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.name IS DISTINCT FROM OLD.name OR NEW.last_event_sequence IS NOT DISTINCT FROM OLD.last_event_sequence
       OR NEW.last_event_sequence IS DISTINCT FROM newest.sequence OR newest.case_year IS NOT NULL
       OR newest.name NOT IN ('user-role-changed', 'user-disabled', 'user-password-set')
       OR (newest.data::jsonb ->> 'user') IS DISTINCT FROM NEW.name THEN
        RAISE EXCEPTION 'a user changes only together with a new event';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER account_with_event BEFORE INSERT OR UPDATE ON account FOR EACH ROW
    EXECUTE FUNCTION dsr_account_with_event();

CREATE TABLE api_token (
    id bigint PRIMARY KEY REFERENCES event (sequence),
    user_name text NOT NULL REFERENCES account (name),
    kind text NOT NULL CHECK (kind IN ('api', 'calendar')),
    label text NOT NULL,
    secret_hash text NOT NULL UNIQUE,
    created_at text NOT NULL,
    created_by text NOT NULL,
    revoked_event_sequence bigint REFERENCES event (sequence)
);

CREATE TRIGGER api_token_no_delete BEFORE DELETE ON api_token FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('tokens cannot be deleted, only revoked');
CREATE TRIGGER api_token_no_truncate BEFORE TRUNCATE ON api_token FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('tokens cannot be deleted, only revoked');

CREATE FUNCTION dsr_api_token_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    newest event%ROWTYPE;
BEGIN
    SELECT * INTO newest FROM event ORDER BY sequence DESC LIMIT 1;
    IF TG_OP = 'INSERT' THEN
        IF NEW.id IS DISTINCT FROM newest.sequence OR NEW.revoked_event_sequence IS NOT NULL
           OR newest.case_year IS NOT NULL OR newest.name <> 'token-created'
           OR (newest.data::jsonb ->> 'user') IS DISTINCT FROM NEW.user_name THEN
            RAISE EXCEPTION 'a token is stored only with its token-created event';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.user_name IS DISTINCT FROM OLD.user_name
       OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.label IS DISTINCT FROM OLD.label
       OR NEW.secret_hash IS DISTINCT FROM OLD.secret_hash OR NEW.created_at IS DISTINCT FROM OLD.created_at
       OR NEW.created_by IS DISTINCT FROM OLD.created_by OR OLD.revoked_event_sequence IS NOT NULL
       OR NEW.revoked_event_sequence IS DISTINCT FROM newest.sequence OR newest.case_year IS NOT NULL
       OR newest.name <> 'token-revoked' OR (newest.data::jsonb ->> 'token') IS DISTINCT FROM NEW.id::text THEN
        RAISE EXCEPTION 'a token changes only when it is revoked, with its token-revoked event';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER api_token_with_event BEFORE INSERT OR UPDATE ON api_token FOR EACH ROW
    EXECUTE FUNCTION dsr_api_token_with_event();

CREATE TABLE case_view (
    position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_year integer NOT NULL,
    case_sequence integer NOT NULL,
    actor text NOT NULL,
    viewed_at text NOT NULL,
    FOREIGN KEY (case_year, case_sequence) REFERENCES request (case_year, case_sequence)
);
CREATE INDEX case_view_case ON case_view (case_year, case_sequence, position);

CREATE TRIGGER case_view_no_change BEFORE UPDATE OR DELETE ON case_view FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the access log is append-only: entries cannot be changed or deleted');
CREATE TRIGGER case_view_no_truncate BEFORE TRUNCATE ON case_view FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('the access log is append-only: entries cannot be deleted');
