-- Migration 8 of a dsr register on PostgreSQL: an import writes each batch with COPY.
--
-- Migrations 6 and 7 stored a batch through dsr_import_requests, which parsed the batch's JSON and inserted row by
-- row in PL/pgSQL, so that an event's personal data and its request row could each be stored while their event was
-- the newest of the whole log. That was most of an import's time (docs/performance.md, "PostgreSQL beside SQLite").
-- An import now copies a batch into each table in turn (COPY … FROM STDIN through postgres-nio's copyFrom): all its
-- events, then their personal data, then the year's counters, then the requests and their search rows. Every row
-- still passes its table's row triggers. Two of them said "with the newest event of the log", which holds only when
-- rows are written one request at a time; they now say what that was for, which COPY can keep:
-- * personal data is stored only for an event that commits to it (personal_hash) and that was stored by the same
--   transaction: it can never be added to an event stored earlier;
-- * a request is stored or changed only with an event of its case stored by the same transaction, which is the
--   newest event of its case, and (when stored) under a number its year's counter has reached.
-- "Stored by the same transaction" is the event row's xmin against the transaction's own id (dsr writes no
-- savepoints, so every row it writes carries the top-level id).
--
-- The functions of the triggers that look events up run with enable_seqscan off. A trigger's query plan is made
-- once and kept for the session; made while the table was small (a fresh register, just vacuumed), it can be a
-- sequential scan, and a COPY of a whole batch then reads the whole table once per row. With sequential scans off the
-- planner always takes the index these lookups are written for.
--
-- dsr_import_requests is dropped: nothing calls it.

CREATE OR REPLACE FUNCTION dsr_event_append_at_end() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
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

CREATE OR REPLACE FUNCTION dsr_event_personal_rules() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.sequence AND personal_hash IS NOT NULL
                       AND xmin::text::bigint = txid_current() % 4294967296) THEN
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

CREATE OR REPLACE FUNCTION dsr_request_with_event() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.case_year IS DISTINCT FROM OLD.case_year
        OR NEW.case_sequence IS DISTINCT FROM OLD.case_sequence
        OR NEW.last_event_sequence IS NOT DISTINCT FROM OLD.last_event_sequence) THEN
        RAISE EXCEPTION 'a request changes only together with a new event';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.last_event_sequence
                   AND case_year = NEW.case_year AND case_sequence = NEW.case_sequence
                   AND xmin::text::bigint = txid_current() % 4294967296)
       OR EXISTS (SELECT 1 FROM event WHERE case_year = NEW.case_year AND case_sequence = NEW.case_sequence
                  AND sequence > NEW.last_event_sequence)
       OR (TG_OP = 'INSERT' AND NEW.case_sequence >
           coalesce((SELECT last FROM case_counter WHERE year = NEW.case_year), 0)) THEN
        RAISE EXCEPTION 'a request is stored or changed only with its newest event, under an allocated case number';
    END IF;
    RETURN NEW;
END;
$$;

DROP FUNCTION dsr_import_requests(jsonb);
