/// The table of attachments (migration `attachments`): one `attachment` row per file kept with a case, tied to the
/// `attachment-added` event that recorded its number, size and SHA-256.
///
/// A row is stored only with its event, in the same transaction, under the next number of its case, and only if the
/// event's data gives the row's number, SHA-256, size and sealing. It is never deleted and never changed, except that
/// its bytes are erased (set to NULL) together with an `attachment-deleted` event naming it or a purge of its case,
/// and that sealed bytes are sealed anew when the register's key is rotated (the newest event then records the new
/// key). The SHA-256 always stays, so `dsr audit verify` checks the bytes still kept against the chain.
enum AttachmentSchema {
    /// The migration's SQL.
    static let sql = """
        PRAGMA user_version = 7;

        CREATE TABLE attachment (
            caseYear INTEGER NOT NULL,
            caseSequence INTEGER NOT NULL,
            number INTEGER NOT NULL CHECK (number >= 1),
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sealed INTEGER NOT NULL CHECK (sealed IN (0, 1)),
            content BLOB,
            eventSequence INTEGER NOT NULL UNIQUE REFERENCES event(sequence),
            PRIMARY KEY (caseYear, caseSequence, number),
            FOREIGN KEY (caseYear, caseSequence) REFERENCES request(caseYear, caseSequence)
        ) STRICT;

        CREATE TRIGGER attachment_insertWithEvent BEFORE INSERT ON attachment
        WHEN NEW.eventSequence IS NOT (SELECT MAX(sequence) FROM event)
          OR NOT EXISTS (SELECT 1 FROM event WHERE sequence = NEW.eventSequence AND name = 'attachment-added'
                         AND caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence
                         AND json_extract(data, '$.number') IS NEW.number
                         AND json_extract(data, '$.sha256') IS NEW.sha256
                         AND json_extract(data, '$.size') IS NEW.size
                         AND json_extract(data, '$.sensitive') IS NEW.sealed)
          OR NEW.number IS NOT (SELECT IFNULL(MAX(number), 0) + 1 FROM attachment
                                WHERE caseYear = NEW.caseYear AND caseSequence = NEW.caseSequence)
        BEGIN SELECT RAISE(ABORT, 'an attachment is stored only with its attachment-added event, under the next number'); END;

        CREATE TRIGGER attachment_eraseOrReseal BEFORE UPDATE ON attachment
        WHEN NEW.caseYear IS NOT OLD.caseYear OR NEW.caseSequence IS NOT OLD.caseSequence
          OR NEW.number IS NOT OLD.number OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size
          OR NEW.sealed IS NOT OLD.sealed OR NEW.eventSequence IS NOT OLD.eventSequence
          OR (NEW.content IS NULL AND NOT EXISTS
                (SELECT 1 FROM event WHERE sequence = (SELECT MAX(sequence) FROM event)
                 AND caseYear = OLD.caseYear AND caseSequence = OLD.caseSequence
                 AND (name = 'purge' OR (name = 'attachment-deleted' AND json_extract(data, '$.number') IS OLD.number))))
          OR (NEW.content IS NOT NULL AND (OLD.content IS NULL OR OLD.sealed = 0 OR NOT EXISTS
                (SELECT 1 FROM event WHERE sequence = (SELECT MAX(sequence) FROM event) AND name = 'identity-key')))
        BEGIN SELECT RAISE(ABORT, 'an attachment cannot be changed; its bytes are only deleted with their event'); END;

        CREATE TRIGGER attachment_noDelete BEFORE DELETE ON attachment
        BEGIN SELECT RAISE(ABORT, 'attachments cannot be deleted; their bytes can only be erased'); END;
        """
}
