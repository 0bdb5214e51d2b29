/// The tables of issued letters (migration `letters`): one `letter` row per issued letter and one `letterFile` row
/// per form it was written in, each tied to the `letter-issued` event that recorded it.
///
/// A letter is stored only with its event, in the same transaction, under the next number of its case, and a file
/// only if that event's data lists its form with its SHA-256; neither can be changed or deleted afterwards. A file's bytes can be erased (set to NULL, for the removal of personal data) but
/// never changed: its SHA-256 stays, and the event's data, which is part of the hash chain, holds the same hashes.
enum LetterSchema {
    /// The migration's SQL.
    static let sql = """
        PRAGMA user_version = 3;

        CREATE TABLE letter (
            caseYear INTEGER NOT NULL,
            caseSequence INTEGER NOT NULL,
            number INTEGER NOT NULL CHECK (number >= 1),
            type TEXT NOT NULL,
            language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
            date TEXT NOT NULL,
            profileVersion INTEGER,
            format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'pdf')),
            bodySHA256 TEXT NOT NULL,
            eventSequence INTEGER NOT NULL UNIQUE REFERENCES event(sequence),
            PRIMARY KEY (caseYear, caseSequence, number),
            FOREIGN KEY (caseYear, caseSequence) REFERENCES request(caseYear, caseSequence)
        ) STRICT;

        CREATE TABLE letterFile (
            caseYear INTEGER NOT NULL,
            caseSequence INTEGER NOT NULL,
            number INTEGER NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'pdf')),
            sha256 TEXT NOT NULL,
            content BLOB,
            PRIMARY KEY (caseYear, caseSequence, number, format),
            FOREIGN KEY (caseYear, caseSequence, number) REFERENCES letter(caseYear, caseSequence, number)
        ) STRICT;
        CREATE INDEX letterFile_sha256 ON letterFile(sha256);

        CREATE TRIGGER letter_noUpdate BEFORE UPDATE ON letter
        BEGIN SELECT RAISE(ABORT, 'issued letters cannot be changed'); END;

        CREATE TRIGGER letter_noDelete BEFORE DELETE ON letter
        BEGIN SELECT RAISE(ABORT, 'issued letters cannot be deleted'); END;

        CREATE TRIGGER letter_insertWithEvent BEFORE INSERT ON letter
        WHEN NEW.eventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.eventSequence AND name = 'letter-issued'
                         AND caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence)
          OR NEW.number IS NOT (SELECT IFNULL(MAX(number), 0) + 1 FROM letter
                                WHERE caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence)
        BEGIN SELECT RAISE(ABORT, 'a letter is stored only with its letter-issued event, under the next number'); END;

        CREATE TRIGGER letterFile_insertWithLetter BEFORE INSERT ON letterFile
        WHEN NOT EXISTS (SELECT 1 FROM letter JOIN event ON event.sequence = letter.eventSequence
                         WHERE letter.caseYear = NEW.caseYear AND letter.caseSequence = NEW.caseSequence
                         AND letter.number = NEW.number AND letter.eventSequence = (SELECT MAX(sequence) FROM event)
                         AND json_extract(event.data, '$.files.' || NEW.format) IS NEW.sha256)
        BEGIN SELECT RAISE(ABORT, 'a letter file is stored only with its letter, as its event lists it'); END;

        CREATE TRIGGER letterFile_eraseOnly BEFORE UPDATE ON letterFile
        WHEN NEW.caseYear IS NOT OLD.caseYear OR NEW.caseSequence IS NOT OLD.caseSequence
          OR NEW.number IS NOT OLD.number OR NEW.format IS NOT OLD.format OR NEW.sha256 IS NOT OLD.sha256
          OR NEW.content IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'an issued letter file cannot be changed; its content can only be erased'); END;

        CREATE TRIGGER letterFile_noDelete BEFORE DELETE ON letterFile
        BEGIN SELECT RAISE(ABORT, 'issued letter files cannot be deleted'); END;
        """
}
