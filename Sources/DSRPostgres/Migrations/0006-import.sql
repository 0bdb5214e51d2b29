-- Migration 6 of a dsr register on PostgreSQL: bulk import. dsr_import_requests stores the requests of one batch of
-- an import (dsr import), given as a JSON array made by dsr, in one round trip: for each request, in order, it takes
-- the next case number of its year (which must be the number dsr gave it), appends its events and their personal
-- data, then stores the request and its search row. Each row is its own INSERT statement, so every trigger of
-- migrations 1 and 3 checks it exactly as for a single registration (the event appended at the end of the chain,
-- personal data and the request stored with their newest event, the counter rising by one): the function adds no
-- right and skips no rule. It runs with the caller's privileges (SECURITY INVOKER), inside the import's transaction,
-- which holds the lock on the head of the hash chain and writes the head once at its end.

CREATE FUNCTION dsr_import_requests(batch jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    item jsonb;
    step jsonb;
    req jsonb;
    allocated integer;
BEGIN
    FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
        req := item -> 'request';
        INSERT INTO case_counter (year, last) VALUES ((req ->> 'caseYear')::integer, 1)
            ON CONFLICT (year) DO UPDATE SET last = case_counter.last + 1
            RETURNING last INTO allocated;
        IF allocated IS DISTINCT FROM (req ->> 'caseSequence')::integer THEN
            RAISE EXCEPTION 'an imported request takes the next case number of its year';
        END IF;
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
