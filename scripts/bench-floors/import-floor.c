/*
 * The import floor of scripts/bench (docs/performance.md): the SQLite work of `dsr import` and nothing else.
 *
 * Usage: import-floor FRESH SOURCE
 *   FRESH   an empty register made by the dsr under test (`dsr init`), which this program fills: dsr's own schema,
 *           with its indexes, triggers, foreign keys and full-text index
 *   SOURCE  the register that dsr's import of the same file produced, read for the rows to write
 *
 * It writes the very rows dsr's import wrote (every event, its personal data, every request row and case counter,
 * the full-text index in one statement at the end) with prepared statements, in one transaction committed with
 * synchronous = FULL in WAL mode, as dsr does: no CSV parsing, no checks, no hashing (the hashes are copied). The rows
 * are read from SOURCE while they are written, and the search texts are taken out of SOURCE's records before the
 * clock starts (dsr computes them in Swift from the values in hand). It prints the time of the writing alone:
 * "floor import: WALL_SECONDS CPU_SECONDS REQUESTS EVENTS".
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static sqlite3 *db;

static void fail(const char *what) {
    fprintf(stderr, "import-floor: %s: %s\n", what, sqlite3_errmsg(db));
    exit(1);
}

static void exec(const char *sql) {
    char *message = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &message) != SQLITE_OK) {
        fprintf(stderr, "import-floor: %s: %s\n", sql, message ? message : "?");
        exit(1);
    }
}

static sqlite3_stmt *prepare(const char *sql) {
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL) != SQLITE_OK) fail(sql);
    return statement;
}

static void run(sqlite3_stmt *statement, const char *what) {
    if (sqlite3_step(statement) != SQLITE_DONE) fail(what);
    sqlite3_reset(statement);
}

/* Binds the columns of `row` (from `first`, `count` of them) to `statement`'s parameters 1 … count, as they are. */
static void bind_row(sqlite3_stmt *statement, sqlite3_stmt *row, int first, int count) {
    for (int column = 0; column < count; column++) {
        sqlite3_bind_value(statement, column + 1, sqlite3_column_value(row, first + column));
    }
}

static double seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + now.tv_nsec / 1e9;
}

static double cpu_seconds(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* The columns of a table of the fresh register, quoted and comma-separated, into `list`; returns their number. */
static int columns_of(const char *table, char *list, size_t size) {
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT name FROM pragma_table_info('%s', 'main') ORDER BY cid", table);
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, NULL) != SQLITE_OK) fail(sql);
    int count = 0;
    list[0] = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        size_t used = strlen(list);
        snprintf(list + used, size - used, "%s\"%s\"", count ? ", " : "", (const char *)sqlite3_column_text(statement, 0));
        count++;
    }
    sqlite3_finalize(statement);
    if (count == 0) {
        fprintf(stderr, "import-floor: the register has no table %s\n", table);
        exit(1);
    }
    return count;
}

/* "?, ?, …" for `count` parameters, into `list`. */
static void parameters(int count, char *list) {
    list[0] = 0;
    for (int index = 0; index < count; index++) strcat(list, index ? ", ?" : "?");
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: import-floor FRESH SOURCE\n");
        return 2;
    }
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL) != SQLITE_OK) fail("open");
    /* dsr's settings (SQLiteStore.configuration). */
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON");
    char attach[4096];
    snprintf(attach, sizeof attach, "ATTACH 'file:%s?mode=ro' AS src", argv[2]);
    exec(attach);

    /* Before the clock: the fresh register's last event (the source's own first events are the same register-wide
       ones, written again by its `dsr init`), and the search texts as SearchIndex.documentsSQL computes them. */
    sqlite3_stmt *last = prepare("SELECT IFNULL(MAX(sequence), 0), (SELECT hash FROM event ORDER BY sequence DESC "
                                 "LIMIT 1) FROM main.event");
    if (sqlite3_step(last) != SQLITE_ROW) fail("last event");
    sqlite3_int64 start = sqlite3_column_int64(last, 0);
    char *fresh_head = sqlite3_column_text(last, 1) ? strdup((const char *)sqlite3_column_text(last, 1)) : NULL;
    sqlite3_finalize(last);
    exec("CREATE TEMP TABLE docs AS SELECT caseYear * 1000000000 + caseSequence AS id, "
         "printf('%d-%04d', caseYear, caseSequence) AS caseNumber, json_extract(record, '$.subject.name') AS name, "
         "json_extract(record, '$.subject.email') AS email, "
         "phone || ' ' || phoneDigits || iif(phoneDigits LIKE '358_%', ' 0' || substr(phoneDigits, 4), '') AS phone, "
         "json_extract(record, '$.subject.address') AS address, json_extract(record, '$.reference') AS reference, "
         "json_extract(record, '$.note') AS note FROM ("
         "SELECT caseYear, caseSequence, record, json_extract(record, '$.subject.phone') AS phone, "
         "replace(replace(replace(replace(replace(replace(replace(json_extract(record, '$.subject.phone'), "
         "' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), '+', '') AS phoneDigits FROM src.request)");

    char event_columns[2048], request_columns[2048], event_parameters[512], request_parameters[512], sql[8192];
    int event_count = columns_of("event", event_columns, sizeof event_columns);
    int request_count = columns_of("request", request_columns, sizeof request_columns);
    parameters(event_count, event_parameters);
    parameters(request_count, request_parameters);
    snprintf(sql, sizeof sql, "SELECT %s FROM src.event WHERE sequence > ? ORDER BY sequence", event_columns);
    sqlite3_stmt *events = prepare(sql);
    sqlite3_bind_int64(events, 1, start);
    sqlite3_stmt *personal = prepare("SELECT sequence, salt, data FROM src.eventPersonal WHERE sequence > ? "
                                     "ORDER BY sequence");
    sqlite3_bind_int64(personal, 1, start);
    /* Requests by their last event: the request row follows its case's events (its trigger wants the newest). */
    snprintf(sql, sizeof sql, "SELECT lastEventSequence, caseYear, caseSequence, %s FROM src.request "
             "ORDER BY lastEventSequence", request_columns);
    sqlite3_stmt *requests = prepare(sql);
    snprintf(sql, sizeof sql, "INSERT INTO main.event (%s) VALUES (%s)", event_columns, event_parameters);
    sqlite3_stmt *insert_event = prepare(sql);
    sqlite3_stmt *insert_personal = prepare("INSERT INTO main.eventPersonal (sequence, salt, data) VALUES (?, ?, ?)");
    snprintf(sql, sizeof sql, "INSERT INTO main.request (%s) VALUES (%s)", request_columns, request_parameters);
    sqlite3_stmt *insert_request = prepare(sql);
    sqlite3_stmt *counter_next = prepare("UPDATE main.caseCounter SET \"last\" = \"last\" + 1 WHERE year = ?");
    sqlite3_stmt *counter_start = prepare("INSERT INTO main.caseCounter (year, \"last\") VALUES (?, 1)");
    sqlite3_stmt *counter_of = prepare("SELECT \"last\" FROM main.caseCounter WHERE year = ?");

    /* The first step sorts the requests by their last event: before the clock, as dsr has its rows in order. */
    int has_personal = sqlite3_step(personal) == SQLITE_ROW;
    int has_request = sqlite3_step(requests) == SQLITE_ROW;
    double wall = seconds(), cpu = cpu_seconds();
    exec("BEGIN IMMEDIATE");
    long written_events = 0, written_requests = 0;
    while (sqlite3_step(events) == SQLITE_ROW) {
        sqlite3_int64 sequence = sqlite3_column_int64(events, 0);
        bind_row(insert_event, events, 0, event_count);
        /* The first event links to the fresh register's head instead of the source's (the same events, other hashes). */
        if (written_events == 0 && fresh_head) {
            int previous = sqlite3_bind_parameter_count(insert_event);
            for (int column = 0; column < event_count; column++) {
                if (strcmp(sqlite3_column_name(events, column), "previousHash") == 0) previous = column + 1;
            }
            sqlite3_bind_text(insert_event, previous, fresh_head, -1, SQLITE_STATIC);
        }
        run(insert_event, "insert event");
        written_events++;
        while (has_personal && sqlite3_column_int64(personal, 0) <= sequence) {
            if (sqlite3_column_int64(personal, 0) == sequence) {
                bind_row(insert_personal, personal, 0, 3);
                run(insert_personal, "insert personal data");
            }
            has_personal = sqlite3_step(personal) == SQLITE_ROW;
        }
        while (has_request && sqlite3_column_int64(requests, 0) == sequence) {
            /* Allocate the case number (the counter rises one at a time). */
            sqlite3_int64 year = sqlite3_column_int64(requests, 1), wanted = sqlite3_column_int64(requests, 2);
            sqlite3_bind_int64(counter_of, 1, year);
            sqlite3_int64 allocated = sqlite3_step(counter_of) == SQLITE_ROW ? sqlite3_column_int64(counter_of, 0) : 0;
            sqlite3_reset(counter_of);
            if (allocated == 0) {
                sqlite3_bind_int64(counter_start, 1, year);
                run(counter_start, "start case counter");
                allocated = 1;
            }
            for (; allocated < wanted; allocated++) {
                sqlite3_bind_int64(counter_next, 1, year);
                run(counter_next, "allocate case number");
            }
            bind_row(insert_request, requests, 3, request_count);
            run(insert_request, "insert request");
            written_requests++;
            has_request = sqlite3_step(requests) == SQLITE_ROW;
        }
    }
    exec("INSERT INTO main.searchIndex (rowid, caseNumber, name, email, phone, address, reference, note) "
         "SELECT id, caseNumber, name, email, phone, address, reference, note FROM temp.docs ORDER BY id");
    exec("COMMIT");
    wall = seconds() - wall;
    cpu = cpu_seconds() - cpu;
    printf("floor import: %.6f %.6f %ld %ld\n", wall, cpu, written_requests, written_events);
    sqlite3_finalize(events);
    sqlite3_finalize(personal);
    sqlite3_finalize(requests);
    sqlite3_finalize(insert_event);
    sqlite3_finalize(insert_personal);
    sqlite3_finalize(insert_request);
    sqlite3_finalize(counter_next);
    sqlite3_finalize(counter_start);
    sqlite3_finalize(counter_of);
    return sqlite3_close(db) == SQLITE_OK ? 0 : 1;
}
