-- Migration 2 of a dsr register on PostgreSQL: letters' dispatch, as an SQLite register's migration `dispatch`
-- (schema version 8). One letter_dispatch row per letter-sent or letter-delivered event, stored only with its event
-- and never changed or deleted: a correction is a newer row of the same kind, and the newest counts. Letters issued
-- before this migration (by an event before dispatch_tracking.first_tracked_event) are not tracked: they count as
-- sent on the day they bear. The rows hold no personal data (a tracking code stays in the event's personal data),
-- so a purge leaves them.

CREATE TABLE letter_dispatch (
    event_sequence bigint PRIMARY KEY REFERENCES event (sequence),
    case_year integer NOT NULL,
    case_sequence integer NOT NULL,
    number integer NOT NULL,
    kind text NOT NULL CHECK (kind IN ('sent', 'delivered')),
    on_day text NOT NULL,
    via text CHECK (via IN ('post', 'email', 'portal', 'hand')),
    CHECK ((kind = 'sent') = (via IS NOT NULL)),
    FOREIGN KEY (case_year, case_sequence, number) REFERENCES letter (case_year, case_sequence, number)
);
CREATE INDEX letter_dispatch_letter ON letter_dispatch (case_year, case_sequence, number, kind, event_sequence);

CREATE TABLE dispatch_tracking (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    first_tracked_event bigint NOT NULL
);
INSERT INTO dispatch_tracking (first_tracked_event) SELECT coalesce(max(sequence), 0) + 1 FROM event;

CREATE TRIGGER dispatch_tracking_no_insert BEFORE INSERT ON dispatch_tracking FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the start of dispatch records is set once');
CREATE TRIGGER dispatch_tracking_no_change BEFORE UPDATE OR DELETE ON dispatch_tracking FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the start of dispatch records cannot be changed or deleted');
CREATE TRIGGER dispatch_tracking_no_truncate BEFORE TRUNCATE ON dispatch_tracking FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('the start of dispatch records cannot be deleted');
CREATE TRIGGER letter_dispatch_no_change BEFORE UPDATE OR DELETE ON letter_dispatch FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('dispatch records cannot be changed or deleted');
CREATE TRIGGER letter_dispatch_no_truncate BEFORE TRUNCATE ON letter_dispatch FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('dispatch records cannot be deleted');

-- A dispatch record is stored only with its event, the newest, as that event names it.
CREATE FUNCTION dsr_letter_dispatch_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.event_sequence IS DISTINCT FROM (SELECT max(sequence) FROM event)
       OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.event_sequence AND name = 'letter-' || NEW.kind
                      AND case_year = NEW.case_year AND case_sequence = NEW.case_sequence AND on_day = NEW.on_day
                      AND (data::jsonb ->> 'letter')::integer IS NOT DISTINCT FROM NEW.number
                      AND (data::jsonb ->> 'via') IS NOT DISTINCT FROM NEW.via) THEN
        RAISE EXCEPTION 'a dispatch record is stored only with its event, as the event names it';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER letter_dispatch_with_event BEFORE INSERT ON letter_dispatch FOR EACH ROW
    EXECUTE FUNCTION dsr_letter_dispatch_with_event();
