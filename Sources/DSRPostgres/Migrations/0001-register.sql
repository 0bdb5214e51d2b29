-- Migration 1 of a dsr register on PostgreSQL: the tables of an SQLite register's schema (docs/storage.md), with
-- the same rules enforced by the database itself. Compiled into the binary (EmbedResources); applied in one
-- transaction by the owner role and recorded in dsr_schema_migration. A shipped migration is never edited: a change
-- is a new numbered file. Statements end with ";" at the end of a line; function bodies are quoted with $$.

CREATE FUNCTION dsr_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'P0001';
END;
$$;

-- The last sequence number given in each year of receipt: locked (by its update) in the transaction that registers,
-- so that numbers are gapless under concurrency and a failed registration gives its number back.
CREATE TABLE case_counter (
    year integer PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
    last integer NOT NULL CHECK (last >= 1)
);

-- The head of the hash chain, one row: every writer locks it (SELECT … FOR UPDATE) before it appends, so events are
-- appended one transaction at a time, and writes it once when its transaction ends (a bulk import too).
CREATE TABLE chain_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    sequence bigint NOT NULL CHECK (sequence >= 0),
    hash text NOT NULL
);
INSERT INTO chain_head (sequence, hash) VALUES (0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The append-only log, hashed as an SQLite register's (format 2): texts are stored exactly as hashed.
CREATE TABLE event (
    sequence bigint PRIMARY KEY CHECK (sequence >= 1),
    case_year integer,
    case_sequence integer,
    name text NOT NULL,
    on_day text NOT NULL,
    recorded_at text NOT NULL,
    actor text NOT NULL,
    workflow_version integer NOT NULL,
    state_after text,
    data text NOT NULL,
    state_hash text,
    previous_hash text NOT NULL,
    hash text NOT NULL,
    format integer NOT NULL CHECK (format IN (1, 2)),
    personal_hash text,
    CHECK ((case_year IS NULL) = (case_sequence IS NULL))
);
CREATE INDEX event_case ON event (case_year, case_sequence, sequence);

-- The current state of each request, with the columns lists filter and sort on and the whole record as JSON.
CREATE TABLE request (
    case_year integer NOT NULL,
    case_sequence integer NOT NULL CHECK (case_sequence >= 1),
    kind text NOT NULL,
    state text NOT NULL,
    clock text NOT NULL CHECK (clock IN ('running', 'paused', 'stopped')),
    workflow_version integer NOT NULL,
    received text NOT NULL,
    deadline text NOT NULL,
    closed_on text,
    is_open boolean NOT NULL,
    outcome text,
    last_event_sequence bigint NOT NULL REFERENCES event (sequence),
    record text NOT NULL,
    reference text,
    import_key text,
    channel text NOT NULL,
    language text NOT NULL,
    is_extended boolean NOT NULL,
    PRIMARY KEY (case_year, case_sequence),
    CHECK (is_open = (closed_on IS NULL)),
    CHECK (clock <> 'running' OR is_open)
);
ALTER TABLE event ADD CONSTRAINT event_request FOREIGN KEY (case_year, case_sequence)
    REFERENCES request (case_year, case_sequence) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX request_running_deadline ON request (deadline, case_year, case_sequence)
    INCLUDE (kind, state, clock, received, is_extended, channel, language, closed_on, outcome)
    WHERE clock = 'running';
CREATE INDEX request_open_deadline ON request (deadline, case_year, case_sequence)
    INCLUDE (kind, state, clock, received, is_extended, channel, language, closed_on, outcome, is_open)
    WHERE is_open;
CREATE UNIQUE INDEX request_reference ON request (reference) WHERE reference IS NOT NULL;
CREATE INDEX request_import_key ON request (import_key) WHERE import_key IS NOT NULL;

-- Personal data beside the chain: the chain commits to it through event.personal_hash (salted), so a purge can
-- delete it and the chain still verifies.
CREATE TABLE event_personal (
    sequence bigint PRIMARY KEY REFERENCES event (sequence),
    salt text NOT NULL,
    data text NOT NULL
);

CREATE TABLE controller_profile (
    version integer PRIMARY KEY CHECK (version >= 1),
    profile text NOT NULL,
    created_at text NOT NULL,
    event_sequence bigint NOT NULL UNIQUE REFERENCES event (sequence)
);

CREATE TABLE letter (
    case_year integer NOT NULL,
    case_sequence integer NOT NULL,
    number integer NOT NULL CHECK (number >= 1),
    type text NOT NULL,
    language text NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    date text NOT NULL,
    profile_version integer,
    format text NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'pdf')),
    body_sha256 text NOT NULL,
    event_sequence bigint NOT NULL UNIQUE REFERENCES event (sequence),
    PRIMARY KEY (case_year, case_sequence, number),
    FOREIGN KEY (case_year, case_sequence) REFERENCES request (case_year, case_sequence)
);

CREATE TABLE letter_file (
    case_year integer NOT NULL,
    case_sequence integer NOT NULL,
    number integer NOT NULL,
    format text NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'pdf')),
    sha256 text NOT NULL,
    content bytea,
    PRIMARY KEY (case_year, case_sequence, number, format),
    FOREIGN KEY (case_year, case_sequence, number) REFERENCES letter (case_year, case_sequence, number)
);
CREATE INDEX letter_file_sha256 ON letter_file (sha256);

CREATE TABLE purged_tag (
    tag text PRIMARY KEY,
    case_year integer NOT NULL,
    case_sequence integer NOT NULL,
    FOREIGN KEY (case_year, case_sequence) REFERENCES request (case_year, case_sequence)
);

-- Nothing of the evidence is ever changed or deleted, not even by TRUNCATE.
CREATE TRIGGER event_no_update BEFORE UPDATE ON event FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the event log is append-only: events cannot be changed');
CREATE TRIGGER event_no_delete BEFORE DELETE ON event FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the event log is append-only: events cannot be deleted');
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('the event log is append-only: it cannot be truncated');
CREATE TRIGGER request_no_delete BEFORE DELETE ON request FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('requests cannot be deleted from the register');
CREATE TRIGGER request_no_truncate BEFORE TRUNCATE ON request FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('requests cannot be deleted from the register');
CREATE TRIGGER controller_profile_no_change BEFORE UPDATE OR DELETE ON controller_profile FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('controller-profile versions cannot be changed or deleted');
CREATE TRIGGER controller_profile_no_truncate BEFORE TRUNCATE ON controller_profile FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('controller-profile versions cannot be deleted');
CREATE TRIGGER case_counter_no_delete BEFORE DELETE ON case_counter FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('case counters cannot be deleted');
CREATE TRIGGER case_counter_no_truncate BEFORE TRUNCATE ON case_counter FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('case counters cannot be deleted');
CREATE TRIGGER event_personal_no_update BEFORE UPDATE ON event_personal FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('personal data cannot be changed, only removed by a purge');
CREATE TRIGGER event_personal_no_truncate BEFORE TRUNCATE ON event_personal FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('personal data is removed only by a purge');
CREATE TRIGGER letter_no_change BEFORE UPDATE OR DELETE ON letter FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('issued letters cannot be changed or deleted');
CREATE TRIGGER letter_no_truncate BEFORE TRUNCATE ON letter FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('issued letters cannot be deleted');
CREATE TRIGGER letter_file_no_delete BEFORE DELETE ON letter_file FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('issued letter files cannot be deleted');
CREATE TRIGGER letter_file_no_truncate BEFORE TRUNCATE ON letter_file FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('issued letter files cannot be deleted');
CREATE TRIGGER purged_tag_no_change BEFORE UPDATE OR DELETE ON purged_tag FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('purged tags cannot be changed or deleted');
CREATE TRIGGER purged_tag_no_truncate BEFORE TRUNCATE ON purged_tag FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('purged tags cannot be deleted');
CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON chain_head FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the head of the hash chain cannot be deleted');
CREATE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON chain_head FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('the head of the hash chain cannot be deleted');

-- An event takes the next sequence number and links to the newest event's hash.
CREATE FUNCTION dsr_event_append_at_end() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_sequence bigint;
    last_hash text;
BEGIN
    SELECT sequence, hash INTO last_sequence, last_hash FROM event ORDER BY sequence DESC LIMIT 1;
    IF NEW.sequence IS DISTINCT FROM coalesce(last_sequence, 0) + 1
       OR NEW.previous_hash IS DISTINCT FROM coalesce(last_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'events are appended at the end of the hash chain only';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER event_append_at_end BEFORE INSERT ON event FOR EACH ROW EXECUTE FUNCTION dsr_event_append_at_end();

-- The head moves forward only, to an event that exists, with that event's hash.
CREATE FUNCTION dsr_chain_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sequence < OLD.sequence OR NEW.hash IS DISTINCT FROM
       (SELECT hash FROM event WHERE sequence = NEW.sequence) THEN
        RAISE EXCEPTION 'the head of the hash chain moves forward only, to an event of the log';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER chain_head_forward BEFORE UPDATE ON chain_head FOR EACH ROW EXECUTE FUNCTION dsr_chain_head_forward();
CREATE TRIGGER chain_head_no_insert BEFORE INSERT ON chain_head FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the hash chain has one head');

-- A request is stored only with its newest event, under an allocated case number; it changes only with a new one.
CREATE FUNCTION dsr_request_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.case_year IS DISTINCT FROM OLD.case_year
        OR NEW.case_sequence IS DISTINCT FROM OLD.case_sequence
        OR NEW.last_event_sequence IS NOT DISTINCT FROM OLD.last_event_sequence) THEN
        RAISE EXCEPTION 'a request changes only together with a new event';
    END IF;
    IF NEW.last_event_sequence IS DISTINCT FROM (SELECT max(sequence) FROM event)
       OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.last_event_sequence
                      AND case_year = NEW.case_year AND case_sequence = NEW.case_sequence)
       OR (TG_OP = 'INSERT' AND NEW.case_sequence >
           coalesce((SELECT last FROM case_counter WHERE year = NEW.case_year), 0)) THEN
        RAISE EXCEPTION 'a request is stored or changed only with its newest event, under an allocated case number';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER request_with_event BEFORE INSERT OR UPDATE ON request FOR EACH ROW
    EXECUTE FUNCTION dsr_request_with_event();

-- A year's counter starts at 1 and rises by exactly one.
CREATE FUNCTION dsr_case_counter_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.last IS DISTINCT FROM 1)
       OR (TG_OP = 'UPDATE' AND (NEW.year IS DISTINCT FROM OLD.year OR NEW.last IS DISTINCT FROM OLD.last + 1)) THEN
        RAISE EXCEPTION 'case numbers are allocated one at a time from 1 and never reused';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER case_counter_forward BEFORE INSERT OR UPDATE ON case_counter FOR EACH ROW
    EXECUTE FUNCTION dsr_case_counter_forward();

-- A controller-profile version is stored only with its register-wide event, the newest.
CREATE FUNCTION dsr_controller_profile_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.event_sequence IS DISTINCT FROM (SELECT max(sequence) FROM event)
       OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.event_sequence AND case_year IS NULL) THEN
        RAISE EXCEPTION 'a controller profile is stored only with its event';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER controller_profile_with_event BEFORE INSERT ON controller_profile FOR EACH ROW
    EXECUTE FUNCTION dsr_controller_profile_with_event();

-- Personal data is stored only with its event (which commits to it), and deleted only after a purge of its case.
CREATE FUNCTION dsr_event_personal_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.sequence IS DISTINCT FROM (SELECT max(sequence) FROM event)
           OR (SELECT personal_hash FROM event WHERE sequence = NEW.sequence) IS NULL THEN
            RAISE EXCEPTION 'personal data is stored only with its event';
        END IF;
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM event AS owner JOIN event AS purge
                     ON purge.case_year = owner.case_year AND purge.case_sequence = owner.case_sequence
                   WHERE owner.sequence = OLD.sequence AND purge.name = 'purge' AND purge.sequence > owner.sequence) THEN
        RAISE EXCEPTION 'personal data is removed only by a purge';
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER event_personal_rules BEFORE INSERT OR DELETE ON event_personal FOR EACH ROW
    EXECUTE FUNCTION dsr_event_personal_rules();

-- A letter is stored only with its letter-issued event, under the case's next number; a file only as its event
-- lists it; a file's bytes can be erased, nothing else of it changed.
CREATE FUNCTION dsr_letter_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.event_sequence IS DISTINCT FROM (SELECT max(sequence) FROM event)
       OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.event_sequence AND name = 'letter-issued'
                      AND case_year = NEW.case_year AND case_sequence = NEW.case_sequence)
       OR NEW.number IS DISTINCT FROM (SELECT coalesce(max(number), 0) + 1 FROM letter
                                        WHERE case_year = NEW.case_year AND case_sequence = NEW.case_sequence) THEN
        RAISE EXCEPTION 'a letter is stored only with its letter-issued event, under the next number';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER letter_with_event BEFORE INSERT ON letter FOR EACH ROW EXECUTE FUNCTION dsr_letter_with_event();

CREATE FUNCTION dsr_letter_file_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM letter JOIN event ON event.sequence = letter.event_sequence
                       WHERE letter.case_year = NEW.case_year AND letter.case_sequence = NEW.case_sequence
                       AND letter.number = NEW.number AND letter.event_sequence = (SELECT max(sequence) FROM event)
                       AND (event.data::jsonb -> 'files' ->> NEW.format) = NEW.sha256) THEN
            RAISE EXCEPTION 'a letter file is stored only with its letter, as its event lists it';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.case_year IS DISTINCT FROM OLD.case_year OR NEW.case_sequence IS DISTINCT FROM OLD.case_sequence
       OR NEW.number IS DISTINCT FROM OLD.number OR NEW.format IS DISTINCT FROM OLD.format
       OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.content IS NOT NULL THEN
        RAISE EXCEPTION 'an issued letter file cannot be changed; its content can only be erased';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER letter_file_rules BEFORE INSERT OR UPDATE ON letter_file FOR EACH ROW
    EXECUTE FUNCTION dsr_letter_file_rules();

-- A purged tag is stored only with the purge of its case, the newest event.
CREATE FUNCTION dsr_purged_tag_with_purge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM event WHERE sequence = (SELECT max(sequence) FROM event) AND name = 'purge'
                   AND case_year = NEW.case_year AND case_sequence = NEW.case_sequence) THEN
        RAISE EXCEPTION 'a purged tag is stored only with the purge of its case';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER purged_tag_with_purge BEFORE INSERT ON purged_tag FOR EACH ROW
    EXECUTE FUNCTION dsr_purged_tag_with_purge();
