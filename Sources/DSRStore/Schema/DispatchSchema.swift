/// The tables of letters' dispatch (migration `dispatch`): one `letterDispatch` row per `letter-sent` or
/// `letter-delivered` event, and `dispatchTracking`, the first event from which the register records dispatch.
///
/// A dispatch row is stored only with its event, in the same transaction, for a letter the event names, and never
/// changed or deleted: a correction is a newer row of the same kind, and the newest counts. Letters issued before
/// the migration (by an event before `dispatchTracking.firstTrackedEvent`) are not tracked: they count as sent on the
/// day they bear. The rows hold no personal data (the tracking code stays in the event's personal data), so a purge
/// leaves them.
enum DispatchSchema {
    /// The migration's SQL.
    static let sql = """
        PRAGMA user_version = 8;

        CREATE TABLE letterDispatch (
            eventSequence INTEGER PRIMARY KEY REFERENCES event(sequence),
            caseYear INTEGER NOT NULL,
            caseSequence INTEGER NOT NULL,
            number INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('sent', 'delivered')),
            "on" TEXT NOT NULL,
            via TEXT CHECK (via IN ('post', 'email', 'portal', 'hand')),
            CHECK ((kind = 'sent') = (via IS NOT NULL)),
            FOREIGN KEY (caseYear, caseSequence, number) REFERENCES letter(caseYear, caseSequence, number)
        ) STRICT;
        CREATE INDEX letterDispatch_letter ON letterDispatch(caseYear, caseSequence, number, kind, eventSequence);

        CREATE TABLE dispatchTracking (firstTrackedEvent INTEGER NOT NULL) STRICT;
        INSERT INTO dispatchTracking (firstTrackedEvent) SELECT IFNULL(MAX(sequence), 0) + 1 FROM event;

        CREATE TRIGGER dispatchTracking_noInsert BEFORE INSERT ON dispatchTracking
        BEGIN SELECT RAISE(ABORT, 'the start of dispatch records is set once'); END;

        CREATE TRIGGER dispatchTracking_noUpdate BEFORE UPDATE ON dispatchTracking
        BEGIN SELECT RAISE(ABORT, 'the start of dispatch records cannot be changed'); END;

        CREATE TRIGGER dispatchTracking_noDelete BEFORE DELETE ON dispatchTracking
        BEGIN SELECT RAISE(ABORT, 'the start of dispatch records cannot be deleted'); END;

        CREATE TRIGGER letterDispatch_noUpdate BEFORE UPDATE ON letterDispatch
        BEGIN SELECT RAISE(ABORT, 'dispatch records cannot be changed'); END;

        CREATE TRIGGER letterDispatch_noDelete BEFORE DELETE ON letterDispatch
        BEGIN SELECT RAISE(ABORT, 'dispatch records cannot be deleted'); END;

        CREATE TRIGGER letterDispatch_insertWithEvent BEFORE INSERT ON letterDispatch
        WHEN NEW.eventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.eventSequence AND name = 'letter-' || NEW.kind
                         AND caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence AND "on" = NEW."on"
                         AND json_extract(data, '$.letter') IS NEW.number
                         AND json_extract(data, '$.via') IS NEW.via)
        BEGIN SELECT RAISE(ABORT, 'a dispatch record is stored only with its event, as the event names it'); END;
        """
}
