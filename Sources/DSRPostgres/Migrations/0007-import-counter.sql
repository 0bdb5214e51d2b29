-- Migration 7 of a dsr register on PostgreSQL: an import moves a year's case counter once per batch.
--
-- Migration 6's dsr_import_requests raised the year's counter by one for every request, as a single registration
-- does. Inside the one transaction of an import each of those updates leaves a new version of the same counter row,
-- and each next update walks past all the earlier ones: the import grew with the square of a year's requests
-- (2,000 / 8,000 / 16,000 updates in one transaction took 0.12 / 0.66 / 2.24 s; docs/performance.md, "PostgreSQL
-- beside SQLite"). A batch now takes all its numbers of a year in one update.
--
-- The rule stays what it was, that case numbers are given one at a time from 1 and never reused or skipped, and is
-- now enforced in two parts:
-- * at once: a counter starts at 1 or more and only rises (case_counter_forward);
-- * at commit (a deferred constraint trigger, case_counter_taken): every number the counter passed in the
--   transaction belongs to a request stored under it. A counter moved past numbers that no request took is refused
--   when the transaction commits, so the counter can never run ahead of the requests, and a request can still be
--   stored only under a number the counter has reached (request_with_event, migration 1).

CREATE OR REPLACE FUNCTION dsr_case_counter_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.last < 1)
       OR (TG_OP = 'UPDATE' AND (NEW.year IS DISTINCT FROM OLD.year OR NEW.last <= OLD.last)) THEN
        RAISE EXCEPTION 'case numbers are allocated one at a time from 1 and never reused';
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION dsr_case_counter_taken() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    first_passed integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE OLD.last + 1 END;
    taken bigint;
BEGIN
    SELECT count(*) INTO taken FROM request
    WHERE case_year = NEW.year AND case_sequence BETWEEN first_passed AND NEW.last;
    IF taken IS DISTINCT FROM (NEW.last - first_passed + 1)::bigint THEN
        RAISE EXCEPTION
            'case numbers are allocated one at a time from 1 and never reused: the counter of % passed a number that no request took',
            NEW.year;
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER case_counter_taken AFTER INSERT OR UPDATE ON case_counter
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dsr_case_counter_taken();

CREATE OR REPLACE FUNCTION dsr_import_requests(batch jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    item jsonb;
    step jsonb;
    req jsonb;
    years record;
    -- The next case number of each year in the batch, by year.
    next_number jsonb := '{}';
    req_year integer;
    req_number integer;
    allocated integer;
BEGIN
    -- Each year's numbers for the whole batch, in one update of its counter.
    FOR years IN
        SELECT (value -> 'request' ->> 'caseYear')::integer AS year, count(*)::integer AS taken
        FROM jsonb_array_elements(batch) GROUP BY 1 ORDER BY 1
    LOOP
        INSERT INTO case_counter (year, last) VALUES (years.year, years.taken)
            ON CONFLICT (year) DO UPDATE SET last = case_counter.last + years.taken
            RETURNING last INTO allocated;
        next_number := next_number || jsonb_build_object(years.year::text, allocated - years.taken + 1);
    END LOOP;
    FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
        req := item -> 'request';
        req_year := (req ->> 'caseYear')::integer;
        req_number := (req ->> 'caseSequence')::integer;
        IF req_number IS DISTINCT FROM (next_number ->> req_year::text)::integer THEN
            RAISE EXCEPTION 'an imported request takes the next case number of its year';
        END IF;
        next_number := jsonb_set(next_number, ARRAY[req_year::text], to_jsonb(req_number + 1));
        FOR step IN SELECT value FROM jsonb_array_elements(item -> 'events') LOOP
            INSERT INTO event (sequence, case_year, case_sequence, name, on_day, recorded_at, actor, workflow_version,
                state_after, data, state_hash, previous_hash, hash, format, personal_hash)
            VALUES ((step ->> 'sequence')::bigint, (step ->> 'caseYear')::integer, (step ->> 'caseSequence')::integer,
                step ->> 'name', step ->> 'on', step ->> 'recordedAt', step ->> 'actor',
                (step ->> 'workflowVersion')::integer, step ->> 'stateAfter', step ->> 'data', step ->> 'stateHash',
                step ->> 'previousHash', step ->> 'hash', 2, step ->> 'personalHash');
            IF step ->> 'salt' IS NOT NULL THEN
                INSERT INTO event_personal (sequence, salt, data)
                VALUES ((step ->> 'sequence')::bigint, step ->> 'salt', step ->> 'personalData');
            END IF;
        END LOOP;
        INSERT INTO request (case_year, case_sequence, kind, state, clock, workflow_version, received, deadline,
            closed_on, is_open, outcome, last_event_sequence, record, reference, channel, language, is_extended,
            import_key)
        VALUES ((req ->> 'caseYear')::integer, (req ->> 'caseSequence')::integer, req ->> 'kind',
            req ->> 'state', req ->> 'clock', (req ->> 'workflowVersion')::integer, req ->> 'received',
            req ->> 'deadline', req ->> 'closedOn', (req ->> 'isOpen')::boolean, req ->> 'outcome',
            (req ->> 'lastEventSequence')::bigint, req ->> 'record', req ->> 'reference',
            req ->> 'channel', req ->> 'language', (req ->> 'isExtended')::boolean,
            req ->> 'importKey');
        INSERT INTO request_search (case_year, case_sequence, text)
        VALUES ((req ->> 'caseYear')::integer, (req ->> 'caseSequence')::integer, item ->> 'search');
    END LOOP;
END;
$$;
