/*
 * The audit floor of scripts/bench (docs/performance.md): what reading a register's evidence and hashing it costs,
 * without replay, canonical encoding or any check of what the hashes say.
 *
 * Usage: verify-floor REGISTER
 *
 * It reads every row of the event log (by sequence), of the stored personal data and of the request rows, and
 * computes the SHA-256 of each row's column values; meanwhile a second thread on a second connection runs SQLite's
 * `PRAGMA quick_check` of the file, as `dsr audit verify` does. SHA-256 is OpenSSL's when it was compiled with it
 * (scripts/bench tries that first), else the portable one below. It prints
 * "floor verify: WALL_SECONDS CPU_SECONDS EVENTS" (CPU time of both threads).
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#if !defined(DSR_PORTABLE_SHA256) && defined(__has_include)
#if __has_include(<openssl/sha.h>)
#include <openssl/sha.h>
#define DSR_OPENSSL_SHA256 1
#endif
#endif

#ifdef DSR_OPENSSL_SHA256
static void sha256(const unsigned char *data, size_t length, unsigned char digest[32]) {
    SHA256(data, length, digest);
}
static const char *sha256_name = "OpenSSL";
#else
/* FIPS 180-4 SHA-256, straightforward. */
static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};
#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(uint32_t state[8], const unsigned char block[64]) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)block[4 * i] << 24 | (uint32_t)block[4 * i + 1] << 16 | (uint32_t)block[4 * i + 2] << 8 |
               block[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6],
             h = state[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    state[0] += a, state[1] += b, state[2] += c, state[3] += d, state[4] += e, state[5] += f, state[6] += g,
        state[7] += h;
}

static void sha256(const unsigned char *data, size_t length, unsigned char digest[32]) {
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    size_t done = 0;
    for (; length - done >= 64; done += 64) sha256_block(state, data + done);
    unsigned char tail[128] = {0};
    size_t rest = length - done;
    memcpy(tail, data + done, rest);
    tail[rest] = 0x80;
    size_t blocks = rest + 9 <= 64 ? 1 : 2;
    uint64_t bits = (uint64_t)length * 8;
    for (int i = 0; i < 8; i++) tail[blocks * 64 - 1 - i] = (unsigned char)(bits >> (8 * i));
    for (size_t i = 0; i < blocks; i++) sha256_block(state, tail + 64 * i);
    for (int i = 0; i < 8; i++) {
        digest[4 * i] = state[i] >> 24, digest[4 * i + 1] = state[i] >> 16, digest[4 * i + 2] = state[i] >> 8,
                   digest[4 * i + 3] = state[i];
    }
}
static const char *sha256_name = "portable C";
#endif

static const char *path;

static void fail(sqlite3 *db, const char *what) {
    fprintf(stderr, "verify-floor: %s: %s\n", what, sqlite3_errmsg(db));
    exit(1);
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

static sqlite3 *open_register(void) {
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) fail(db, "open");
    return db;
}

/* The quick_check, on its own connection. */
static void *quick_check(void *result) {
    sqlite3 *db = open_register();
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, NULL) != SQLITE_OK) fail(db, "quick_check");
    int sound = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const unsigned char *line = sqlite3_column_text(statement, 0);
        sound = line && strcmp((const char *)line, "ok") == 0;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    *(int *)result = sound;
    return NULL;
}

static unsigned char *buffer;
static size_t capacity;

/* Hashes every row of a query: each column's bytes, each after its length. Returns the rows read. */
static long hash_rows(sqlite3 *db, const char *sql, unsigned char check[32]) {
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, NULL) != SQLITE_OK) fail(db, sql);
    long rows = 0;
    int columns = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        size_t used = 0;
        for (int column = 0; column < columns; column++) {
            const unsigned char *bytes = sqlite3_column_type(statement, column) == SQLITE_INTEGER
                                             ? NULL
                                             : sqlite3_column_text(statement, column);
            int64_t integer = sqlite3_column_int64(statement, column);
            size_t length = bytes ? (size_t)sqlite3_column_bytes(statement, column) : sizeof integer;
            if (used + length + 8 > capacity) {
                capacity = 2 * (used + length + 8);
                buffer = realloc(buffer, capacity);
            }
            memcpy(buffer + used, &length, sizeof length < 8 ? sizeof length : 8);
            used += 8;
            memcpy(buffer + used, bytes ? (const void *)bytes : (const void *)&integer, length);
            used += length;
        }
        unsigned char digest[32];
        sha256(buffer, used, digest);
        for (int i = 0; i < 32; i++) check[i] ^= digest[i];
        rows++;
    }
    sqlite3_finalize(statement);
    return rows;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: verify-floor REGISTER\n");
        return 2;
    }
    path = argv[1];
    capacity = 1 << 16;
    buffer = malloc(capacity);
    double wall = seconds(), cpu = cpu_seconds();
    pthread_t checker;
    int sound = 0;
    pthread_create(&checker, NULL, quick_check, &sound);
    sqlite3 *db = open_register();
    unsigned char check[32] = {0};
    long events = hash_rows(db, "SELECT * FROM event ORDER BY sequence", check);
    hash_rows(db, "SELECT * FROM eventPersonal ORDER BY sequence", check);
    hash_rows(db, "SELECT * FROM request", check);
    sqlite3_close(db);
    pthread_join(checker, NULL);
    wall = seconds() - wall;
    cpu = cpu_seconds() - cpu;
    if (!sound) {
        fprintf(stderr, "verify-floor: quick_check did not find the file sound\n");
        return 1;
    }
    printf("floor verify: %.6f %.6f %ld\n", wall, cpu, events);
    fprintf(stderr, "verify-floor: SHA-256 of %s, check %02x%02x%02x%02x\n", sha256_name, check[0], check[1],
            check[2], check[3]);
    return 0;
}
