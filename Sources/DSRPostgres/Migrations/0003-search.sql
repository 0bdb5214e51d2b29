-- Migration 3 of a dsr register on PostgreSQL: the search index. One row per request with its search texts (those of
-- an SQLite register's FTS5 index: case number, name, e-mail address, telephone number, address, reference, note),
-- folded to lower case without diacritics and split into tokens of letters and digits, each text between " | "
-- marks, so that a word of a search is matched by LIKE as consecutive whole tokens of one text (PostgresSearchText).
-- The row is replaced in the transaction that changes its request, a purge included: it is personal data itself and
-- keeps nothing a purge removed. Requests stored before this migration are indexed when it is applied (dsr init).

CREATE TABLE request_search (
    case_year integer NOT NULL,
    case_sequence integer NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (case_year, case_sequence),
    FOREIGN KEY (case_year, case_sequence) REFERENCES request (case_year, case_sequence)
);
