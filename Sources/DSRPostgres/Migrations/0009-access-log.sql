-- Migration 9 of a dsr register on PostgreSQL: the access log's keyed chain, as an SQLite register's migration
-- `access-log` (schema version 10; DSRStore's AccessLogChain and docs/storage.md, "The access log").
-- - case_view.mac: each entry's mac, the HMAC-SHA-256 of the previous entry's mac and its own position, case, actor
--   and time, under a key derived from the register's key file, which never goes into the database: an owner of the
--   database cannot change, insert or delete an entry without dsr audit verify seeing a mac that does not match.
--   Entries written before this migration have none: the verifier counts them as not covered.
-- - case_view_head: one row, the newest entry's position and mac and a seal over both under the same key,
--   rewritten with every entry. It is also the log's lock: a writer takes it (SELECT … FOR UPDATE) to read the mac
--   it extends. The migration sets it to the newest entry there is, unsealed (its entries have no mac). It cannot
--   be deleted nor get a second row, and moves forward only.
-- Entries now get their position from the head (position + 1), given explicitly, not from the identity.

ALTER TABLE case_view ADD COLUMN mac text;

CREATE TABLE case_view_head (
    position bigint NOT NULL,
    mac text,
    seal text
);
INSERT INTO case_view_head SELECT coalesce(max(position), 0), NULL, NULL FROM case_view;

CREATE TRIGGER case_view_head_one BEFORE INSERT OR DELETE ON case_view_head FOR EACH ROW
    EXECUTE FUNCTION dsr_refuse('the access log has one head');
CREATE TRIGGER case_view_head_no_truncate BEFORE TRUNCATE ON case_view_head FOR EACH STATEMENT
    EXECUTE FUNCTION dsr_refuse('the access log has one head');

CREATE FUNCTION dsr_case_view_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.position < OLD.position THEN
        RAISE EXCEPTION 'the head of the access log moves forward only';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER case_view_head_forward BEFORE UPDATE ON case_view_head FOR EACH ROW
    EXECUTE FUNCTION dsr_case_view_head_forward();
