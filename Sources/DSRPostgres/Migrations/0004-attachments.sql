-- Migration 4 of a dsr register on PostgreSQL: attachments, as an SQLite register's migration `attachments` (schema
-- version 7). One attachment row per file kept with a case, stored only with its attachment-added event (which
-- records its number, size, SHA-256 and sealing), under the case's next number. It is never deleted and never changed,
-- except that its bytes are erased with an attachment-deleted event naming it or a purge of its case, and that sealed
-- bytes are sealed anew right after an identity-key event (a key rotation). The SHA-256 always stays.

CREATE TABLE attachment (
    case_year integer NOT NULL,
    case_sequence integer NOT NULL,
    number integer NOT NULL CHECK (number >= 1),
    sha256 text NOT NULL,
    size bigint NOT NULL CHECK (size >= 0),
    sealed boolean NOT NULL,
    content bytea,
    event_sequence bigint NOT NULL UNIQUE REFERENCES event (sequence),
    PRIMARY KEY (case_year, case_sequence, number),
    FOREIGN KEY (case_year, case_sequence) REFERENCES request (case_year, case_sequence)
);

CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('attachments cannot be deleted; their bytes can only be erased');
CREATE TRIGGER attachment_no_truncate BEFORE TRUNCATE ON attachment FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('attachments cannot be deleted; their bytes can only be erased');

CREATE FUNCTION dsr_attachment_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    newest event%ROWTYPE;
BEGIN
    SELECT * INTO newest FROM event ORDER BY sequence DESC LIMIT 1;
    IF TG_OP = 'INSERT' THEN
        IF NEW.event_sequence IS DISTINCT FROM newest.sequence OR newest.name <> 'attachment-added'
           OR newest.case_year IS DISTINCT FROM NEW.case_year OR newest.case_sequence IS DISTINCT FROM NEW.case_sequence
           OR (newest.data::jsonb ->> 'number')::integer IS DISTINCT FROM NEW.number
           OR (newest.data::jsonb ->> 'sha256') IS DISTINCT FROM NEW.sha256
           OR (newest.data::jsonb ->> 'size')::bigint IS DISTINCT FROM NEW.size
           OR (newest.data::jsonb ->> 'sensitive')::boolean IS DISTINCT FROM NEW.sealed
           OR NEW.number IS DISTINCT FROM (SELECT coalesce(max(number), 0) + 1 FROM attachment
                                            WHERE case_year = NEW.case_year AND case_sequence = NEW.case_sequence) THEN
            RAISE EXCEPTION 'an attachment is stored only with its attachment-added event, under the next number';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.case_year IS DISTINCT FROM OLD.case_year OR NEW.case_sequence IS DISTINCT FROM OLD.case_sequence
       OR NEW.number IS DISTINCT FROM OLD.number OR NEW.sha256 IS DISTINCT FROM OLD.sha256
       OR NEW.size IS DISTINCT FROM OLD.size OR NEW.sealed IS DISTINCT FROM OLD.sealed
       OR NEW.event_sequence IS DISTINCT FROM OLD.event_sequence
       OR (NEW.content IS NULL AND NOT (newest.case_year IS NOT DISTINCT FROM OLD.case_year
             AND newest.case_sequence IS NOT DISTINCT FROM OLD.case_sequence
             AND (newest.name = 'purge' OR (newest.name = 'attachment-deleted'
                  AND (newest.data::jsonb ->> 'number')::integer IS NOT DISTINCT FROM OLD.number))))
       OR (NEW.content IS NOT NULL AND (OLD.content IS NULL OR NOT OLD.sealed OR newest.name <> 'identity-key')) THEN
        RAISE EXCEPTION 'an attachment cannot be changed; its bytes are only deleted with their event';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER attachment_rules BEFORE INSERT OR UPDATE ON attachment FOR EACH ROW
    EXECUTE FUNCTION dsr_attachment_rules();
