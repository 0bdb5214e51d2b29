#!/usr/bin/env python3
"""Benchmark of dsr on a synthetic register, against the sqlite3 command-line tool (see docs/performance.md).

Run it through scripts/bench, which installs what it needs and builds dsr. This file only measures:

1. import: `dsr import FILE` into an empty register, against `sqlite3` `.import` of the same CSV into a plain table;
2. overdue: `dsr overdue --as-of DATE --format csv`, against `sqlite3` printing the same rows from a plain indexed
   table (the two outputs must be identical, byte for byte);
3. register: `dsr register` on the full register, with its integrity stamp current, and without (the full check);
4. audit: `dsr audit verify`, if this dsr has it;
5. search: `dsr search` for a surname, for a case number and for a word no request has, if this dsr has it;
6. the peak resident memory of each (ru_maxrss of the process, from wait4);
7. the floors of issue 19, measured in the same run by two small C programs (scripts/bench-floors) compiled here
   against libsqlite3: the import's SQLite work alone on dsr's own schema, and reading and hashing the evidence
   with SHA-256 beside `quick_check`. dsr's import and `audit verify` are given beside them, with the ratio.

Medians of several runs. The data are generated with a fixed seed, so every run measures the same register.
"""

import argparse
import csv
import datetime as dt
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

TODAY = dt.date(2028, 6, 1)  # the as-of day: ten years after the first request
FIRST_DAY = dt.date(2018, 6, 1)
KINDS = [("access", 42), ("erasure", 25), ("objection", 13), ("rectification", 10), ("portability", 6),
         ("restriction", 4)]
CHANNELS = [("email", 55), ("web-form", 25), ("post", 12), ("phone", 5), ("in-person", 3)]
LANGUAGES = [("fi", 88), ("sv", 6), ("en", 6)]
OUTCOMES = [("completed", 80), ("withdrawn", 13), ("refused", 7)]
FIRST_NAMES = ["Matti", "Maija", "Juha", "Anna", "Timo", "Liisa", "Mikko", "Helena", "Jari", "Sanna", "Antti",
               "Päivi", "Pekka", "Tuula", "Ville", "Aino", "Eero", "Sofia", "Lauri", "Ellen", "Björn", "Åsa"]
LAST_NAMES = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
              "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Lindqvist", "Nyström", "Öhman"]
STREETS = ["Kotikatu", "Rantatie", "Koulukatu", "Mannerheimintie", "Hämeenkatu", "Puistotie", "Kirkkokatu"]
CITIES = [("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu"), ("65100", "Vaasa")]
COLUMNS = ["reference", "kind", "received", "name", "email", "phone", "address", "language", "channel",
           "direct_marketing", "note", "state", "acknowledged", "extended", "extension_reason", "closed", "outcome"]
FINAL_STATE = {"completed": "completed", "refused": "refused", "withdrawn": "withdrawn"}


def weighted(rng, table):
    total = sum(weight for _, weight in table)
    pick = rng.uniform(0, total)
    for value, weight in table:
        pick -= weight
        if pick <= 0:
            return value
    return table[-1][0]


def generate(path, size, seed):
    """Writes the synthetic register as a CSV file and returns counts of what it holds."""
    rng = random.Random(seed)
    days = (TODAY - FIRST_DAY).days
    # Requests per day grow over the ten years (from 1 to 2 relative), with fewer at weekends.
    weights = []
    for offset in range(days):
        day = FIRST_DAY + dt.timedelta(days=offset)
        weights.append((1 + offset / days) * (0.3 if day.weekday() >= 5 else 1.0))
    received_days = sorted(rng.choices(range(days), weights=weights, k=size))
    counts = {"requests": size, "open": 0, "closed": 0, "events": 0}
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS)
        year_counts = {}
        for offset in received_days:
            received = FIRST_DAY + dt.timedelta(days=offset)
            age = (TODAY - received).days
            kind = weighted(rng, KINDS)
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            ascii_name = (first + "." + last).lower().translate(str.maketrans("äöåÄÖÅ", "aoaaoa"))
            email = f"{ascii_name}.{rng.randrange(10 ** 6)}@example.fi" if rng.random() < 0.7 else ""
            phone = f"+358 40 {rng.randrange(1000000, 9999999)}" if rng.random() < 0.2 else ""
            address = ""
            if rng.random() < 0.4:
                postcode, city = rng.choice(CITIES)
                address = f"{rng.choice(STREETS)} {rng.randrange(1, 99)}\n{postcode} {city}"
            year_counts[received.year] = year_counts.get(received.year, 0) + 1
            reference = f"CRM-{received.year}-{year_counts[received.year]:06d}" if rng.random() < 0.9 else ""
            if not reference and not email:
                email = f"{ascii_name}.{rng.randrange(10 ** 9)}@example.fi"  # a row without a reference is told by its data
            note = 'Soitti; pyysi "kaikki tiedot", myös lokit' if rng.random() < 0.05 else ""
            direct_marketing = ("yes" if rng.random() < 0.6 else "no") if kind == "objection" else ""
            # About 2 % of requests are open: nearly all of the last month's, half of the two months before (most
            # of them acknowledged and extended, the rest overdue), and a few forgotten older ones (overdue).
            p_open = 0.95 if age <= 30 else 0.5 if age <= 90 else 0.0005
            is_open = rng.random() < p_open
            acknowledged = extended = reason = closed = outcome = ""
            state = "received"
            events = 1
            ack_day = min(TODAY, received + dt.timedelta(days=rng.randrange(0, 4)))
            if is_open:
                if rng.random() < (0.9 if age > 30 else 0.6):
                    acknowledged, state, events = ack_day.isoformat(), "in-progress", 2
                    if age > 30 and rng.random() < 0.85:
                        ext_day = received + dt.timedelta(days=rng.randrange(20, 29))
                        if ext_day >= ack_day:
                            extended, events = ext_day.isoformat(), 3
                            reason = "Pyyntöjä on paljon ja tiedot ovat useassa järjestelmässä."
                counts["open"] += 1
            else:
                latest = received
                if rng.random() < 0.85:
                    acknowledged, latest, events = ack_day.isoformat(), ack_day, 2
                    if rng.random() < 0.06:
                        ext_day = received + dt.timedelta(days=rng.randrange(max(3, (ack_day - received).days), 29))
                        ext_day = max(ack_day, min(TODAY, ext_day))
                        extended, latest, events = ext_day.isoformat(), ext_day, 3
                        reason = "Tiedot ovat useassa järjestelmässä."
                span = 85 if extended else 30
                close_day = min(TODAY, max(latest, received + dt.timedelta(days=rng.randrange(1, span))))
                outcome = weighted(rng, OUTCOMES)
                state = "lifted" if kind == "restriction" and outcome == "completed" else FINAL_STATE[outcome]
                closed, events = close_day.isoformat(), events + 1
                counts["closed"] += 1
            counts["events"] += events
            received_text = received.isoformat() if rng.random() < 0.7 else f"{received.day}.{received.month}.{received.year}"
            writer.writerow([reference, kind, received_text, f"{first} {last}", email, phone, address,
                             weighted(rng, LANGUAGES), weighted(rng, CHANNELS), direct_marketing, note, state,
                             acknowledged, extended, reason, closed, outcome])
    return counts


def measure(command, stdout=subprocess.DEVNULL, env=None, stdin=None, stderr_path=None):
    """Runs a command; returns (wall seconds, peak resident kilobytes, exit status, CPU seconds). Its standard error
    goes to a file."""
    with open(stderr_path or os.devnull, "w") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=errors, env=env, stdin=stdin)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 and stderr_path:
        with open(stderr_path) as errors:
            sys.stderr.write(errors.read()[-4000:])
    return elapsed, usage.ru_maxrss, process.returncode, usage.ru_utime + usage.ru_stime


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal", ".checked"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def sqlite_overdue_sql(as_of):
    return f"""
.headers on
.mode list
.separator "," "\\n"
.nullvalue ""
-- List mode: no cell of these rows needs quoting (generated names hold no comma), and sqlite3's CSV mode would quote
-- every text with a space. An overdue request's days left is a negative number, which dsr writes as it is (a number
-- is no formula; SpreadsheetCell).
SELECT "case", kind, state, clock, received, deadline,
       CAST(julianday(deadline) - julianday('{as_of}') AS INTEGER) AS days_left,
       'true' AS overdue, CASE WHEN extended THEN 'true' ELSE 'false' END AS extended,
       channel, language, closed, outcome, name
FROM plain
WHERE clock = 'running' AND deadline < '{as_of}'
ORDER BY deadline, caseYear, caseSequence;
"""


def compile_floors(work):
    """Compiles the floor programs of scripts/bench-floors with $CC (or cc, or clang) against libsqlite3; the
    verify floor with OpenSSL's SHA-256 if it links, else with its portable one. Returns their paths and the SHA-256
    used, or None (with the reason on standard error) if there is no C compiler that builds them."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench-floors")
    compilers = [c for c in (os.environ.get("CC"), "cc", "clang") if c and shutil.which(c)]
    if not compilers:
        print("bench: no C compiler ($CC, cc, clang): the floors are not measured", file=sys.stderr)
        return None
    cc = compilers[0]
    programs = {}
    for name in ("import-floor", "verify-floor"):
        source, binary = os.path.join(here, f"{name}.c"), os.path.join(work, name)
        attempts = [["-lsqlite3", "-lpthread"]]
        if name == "verify-floor":
            attempts = [["-lsqlite3", "-lcrypto", "-lpthread"], ["-DDSR_PORTABLE_SHA256", "-lsqlite3", "-lpthread"]]
        for extra in attempts:
            built = subprocess.run([cc, "-O2", "-o", binary, source] + extra, capture_output=True, text=True)
            if built.returncode == 0:
                programs[name] = binary
                if name == "verify-floor":
                    programs["sha256"] = "portable C" if "-DDSR_PORTABLE_SHA256" in extra else "OpenSSL"
                break
        else:
            print(f"bench: {cc} could not build {source}:\n{built.stderr[-2000:]}", file=sys.stderr)
            return None
    return programs


def machine():
    model = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as info:
            kilobytes = int(info.readline().split()[1])
            memory = f", {kilobytes / 1024 / 1024:.0f} GB memory"
    except (OSError, ValueError, IndexError):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()
    return (f"{os.cpu_count()} × {model}{memory}, {platform.system()} {platform.release()}; "
            f"{swift[0] if swift else 'swift ?'}; sqlite3 {sqlite[0] if sqlite else '?'}")


def side_by_side(args, binary, work, data, series, results, import_env, user_env, runs, import_runs):
    """`--backend postgresql`: the import, overdue, register and audit verify on an SQLite register and on a
    PostgreSQL one made from the same file, printed side by side against issue 17's targets. Returns the exit
    status."""
    failures = []
    server = args.postgresql.rsplit("/", 1)[0]
    pg_register = f"{server}/dsr_bench"
    # A PostgreSQL register's key file is named after its host, port and database (docs/storage.md); each run's
    # fresh database gets a fresh key in a folder of the benchmark's own.
    config = os.path.join(work, "pg-config")
    pg_import_env = dict(import_env, XDG_CONFIG_HOME=config)
    pg_user_env = dict(user_env, XDG_CONFIG_HOME=config)
    pg_user_env.pop("DSR_KEY_FILE", None)
    pg_import_env.pop("DSR_KEY_FILE", None)

    def psql(database, sql):
        done = subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", database, "-c", sql], capture_output=True,
                              text=True)
        if done.returncode != 0:
            sys.exit(f"bench: psql failed: {done.stderr.strip()[-2000:]}")
        return done.stdout.strip()

    def fresh_pg_register():
        psql(args.postgresql, "DROP DATABASE IF EXISTS dsr_bench")
        psql(args.postgresql, "CREATE DATABASE dsr_bench")
        shutil.rmtree(config, ignore_errors=True)
        subprocess.run([binary, "init", "--database", pg_register], check=True, env=pg_user_env,
                       capture_output=True)

    def sqlite_count(database, sql):
        return int(subprocess.run(["sqlite3", database, sql], capture_output=True, text=True).stdout.strip() or 0)

    size = args.size
    register = os.path.join(work, "dsr.sqlite")
    # 1. Import into an empty register (after `dsr init` on PostgreSQL, which an empty database needs).
    series("import", [binary, "import", data, "--database", register], import_runs, env=import_env,
           before=lambda: remove_database(register))
    series("pg-import", [binary, "import", data, "--database", pg_register], import_runs, env=pg_import_env,
           before=fresh_pg_register)
    events = sqlite_count(register, "SELECT count(*) FROM event")
    pg_events = int(psql(pg_register, "SELECT count(*) FROM event"))
    pg_requests = int(psql(pg_register, "SELECT count(*) FROM request"))
    if sqlite_count(register, "SELECT count(*) FROM request") != size or pg_requests != size or pg_events != events:
        failures.append(f"the registers differ: {pg_requests} requests and {pg_events} events on PostgreSQL, "
                        f"{events} events on SQLite, {size} rows in the file")
    # Statistics as autovacuum would gather them shortly after a bulk load: measured without them, the first query
    # plans would be those of an empty table.
    psql(pg_register, "VACUUM ANALYZE")

    # 2. Overdue: the same rows, byte for byte, from both.
    as_of = TODAY.isoformat()
    outputs = {}
    for name, database, env in (("overdue", register, user_env), ("pg-overdue", pg_register, pg_user_env)):
        outputs[name] = os.path.join(work, f"{name}.csv")
        series(name, [binary, "overdue", "--as-of", as_of, "--format", "csv", "--database", database], runs,
               warmup=1, env=env, stdout_path=outputs[name])
    with open(outputs["overdue"], "rb") as first, open(outputs["pg-overdue"], "rb") as second:
        sqlite_bytes, pg_bytes = first.read(), second.read()
    overdue_rows = max(0, sqlite_bytes.count(b"\n") - 1)
    if sqlite_bytes != pg_bytes:
        failures.append(f"overdue printed different rows on the two backends (see {outputs['overdue']} and "
                        f"{outputs['pg-overdue']})")

    # 3. Register one request on the full register.
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    for name, database, env in (("register", register, user_env), ("pg-register", pg_register, pg_user_env)):
        series(name, [binary, "register", "access", "--name", "Bench Person", "--received", yesterday,
                      "--database", database], runs, warmup=1, env=env)

    # 4. Audit verify of the whole chain (the import's events and the registrations').
    events = sqlite_count(register, "SELECT count(*) FROM event")
    pg_events = int(psql(pg_register, "SELECT count(*) FROM event"))
    series("audit", [binary, "audit", "verify", "--database", register], import_runs, env=user_env)
    series("pg-audit", [binary, "audit", "verify", "--database", pg_register], import_runs, env=pg_user_env)
    pg_size = psql(pg_register, "SELECT pg_size_pretty(pg_database_size(current_database()))")
    server_version = psql(pg_register, "SHOW server_version")

    def ms(seconds):
        return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

    def timing(name):
        return f"{ms(results[name]['wall'])} (CPU {ms(results[name]['cpu'])})"

    def rss(name):
        return f"{results[name]['rss'] / 1024:.0f} MB"

    def met(ok):
        return "yes" if ok else "no"

    sqlite_rate, pg_rate = size / results["import"]["wall"], size / results["pg-import"]["wall"]
    sqlite_verify, pg_verify = events / results["audit"]["wall"], pg_events / results["pg-audit"]["wall"]
    load = os.getloadavg()
    lines = [
        f"Machine: {machine()}; PostgreSQL {server_version} (scripts/pg: a local cluster, fsync on, default "
        f"settings otherwise), reached over 127.0.0.1. Load average at the end: {load[0]:.2f} / {load[1]:.2f} / "
        f"{load[2]:.2f} (1 / 5 / 15 min).",
        "",
        f"Build: `swift build -c {args.build}{' --static-swift-stdlib' if args.build == 'release' else ''}`. "
        f"Register: {size:,} requests received {FIRST_DAY} … {TODAY - dt.timedelta(days=1)}, {overdue_rows:,} overdue "
        f"on {as_of}, imported from the same file into each backend; {pg_size} on the server. Medians of "
        f"{import_runs} import and audit runs and {runs} runs of the other commands (after one unmeasured run); wall "
        "time of the whole dsr process, with its CPU time (user + system) in brackets: the server's CPU is not in it. "
        "Peak RSS is dsr's (the server's own memory is PostgreSQL's shared buffers and one backend).",
        "",
        "| measurement | SQLite | PostgreSQL | peak RSS SQLite / PostgreSQL | target (PostgreSQL, issue 17) | met |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| `import`, {size:,} rows | {timing('import')}: {sqlite_rate:,.0f} requests/s | {timing('pg-import')}: "
        f"{pg_rate:,.0f} requests/s | {rss('import')} / {rss('pg-import')} | ≥ 8,000 requests/s | "
        f"{met(pg_rate >= 8_000)} |",
        f"| `overdue --format csv`, {overdue_rows:,} rows | {timing('overdue')} | {timing('pg-overdue')} | "
        f"{rss('overdue')} / {rss('pg-overdue')} | < 50 ms | {met(results['pg-overdue']['wall'] < 0.05)} |",
        f"| `register` one request | {timing('register')} | {timing('pg-register')} | {rss('register')} / "
        f"{rss('pg-register')} | < 30 ms | {met(results['pg-register']['wall'] < 0.03)} |",
        f"| `audit verify`, {pg_events:,} events | {timing('audit')}: {sqlite_verify:,.0f} events/s | "
        f"{timing('pg-audit')}: {pg_verify:,.0f} events/s | {rss('audit')} / {rss('pg-audit')} | "
        f"≥ 100,000 events/s | {met(pg_verify >= 100_000)} |",
    ]
    print("\n".join(lines))
    for failure in failures:
        print(f"bench: FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--build", default="release")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each quick command (imports: at most 3)")
    parser.add_argument("--heavy-runs", type=int, default=None,
                        help="runs of the import, the full-check register and audit verify (default: --runs, at "
                             "most 3); issue 13's before/after comparison uses 5")
    parser.add_argument("--seed", type=int, default=20180525)
    parser.add_argument("--workdir", default=".build/bench")
    parser.add_argument("--write-doc", action="store_true", help="record the results in docs/performance.md")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite",
                        help="postgresql: the same commands on an SQLite and a PostgreSQL register, side by side")
    parser.add_argument("--postgresql", metavar="URL",
                        help="the server for --backend postgresql (scripts/bench starts one with scripts/pg if not "
                             "given); a database named dsr_bench is made (and replaced) there")
    args = parser.parse_args()
    if args.backend == "postgresql":
        if not args.postgresql:
            sys.exit("bench: --backend postgresql needs --postgresql URL (scripts/bench starts a server itself)")
        if args.write_doc:
            sys.exit("bench: --write-doc records the SQLite table; copy the PostgreSQL table by hand")

    binary = os.path.abspath(args.binary)
    os.makedirs(args.workdir, exist_ok=True)
    work = os.path.abspath(args.workdir)
    data = os.path.join(work, f"register-{args.size}-{args.seed}.csv")
    counts_file = data + ".counts"
    if not os.path.exists(data) or not os.path.exists(counts_file):
        started = time.perf_counter()
        counts = generate(data + ".tmp", args.size, args.seed)
        os.replace(data + ".tmp", data)
        with open(counts_file, "w") as file:
            file.write(repr(counts))
        print(f"bench: generated {data} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    # The import needs today's date pinned after the synthetic ten years; the other commands run as a user runs
    # them, with the real clock (`overdue` is given --as-of, `register` a received date of yesterday).
    import_env = dict(os.environ, DSR_TODAY=TODAY.isoformat(), DSR_ACTOR="bench")
    user_env = dict(os.environ, DSR_ACTOR="bench")
    for env in (import_env, user_env):
        env.pop("DSR_DATABASE", None)
    user_env.pop("DSR_TODAY", None)
    runs = max(1, args.runs)
    import_runs = max(1, args.heavy_runs) if args.heavy_runs is not None else min(3, runs)
    errors = os.path.join(work, "stderr.txt")
    results = {}
    failures = []

    def series(name, command, count, warmup=0, env=None, stdin_path=None, stdout_path=None, before=None):
        """Runs a command `warmup + count` times and records the median wall and CPU time and the peak RSS."""
        walls, cpus, peaks = [], [], []
        for run in range(warmup + count):
            if before:
                before()
            stdin = open(stdin_path) if stdin_path else None
            stdout = open(stdout_path, "w") if stdout_path else subprocess.DEVNULL
            try:
                wall, peak, status, cpu = measure(command, stdout=stdout, env=env, stdin=stdin, stderr_path=errors)
            finally:
                for handle in (stdin, stdout):
                    if handle not in (None, subprocess.DEVNULL):
                        handle.close()
            if status != 0:
                sys.exit(f"bench: {' '.join(command)} failed with status {status}")
            if run >= warmup:
                walls.append(wall)
                cpus.append(cpu)
                peaks.append(peak)
        results[name] = {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "rss": max(peaks)}

    def count(database, sql):
        return int(subprocess.run(["sqlite3", database, sql], capture_output=True, text=True).stdout.strip() or 0)

    if args.backend == "postgresql":
        sys.exit(side_by_side(args, binary, work, data, series, results, import_env, user_env, runs, import_runs))

    # 1. Import into an empty register, against sqlite3 .import into a plain table with the file's columns.
    register = os.path.join(work, "dsr.sqlite")
    series("import", [binary, "import", data, "--database", register], import_runs, env=import_env,
           before=lambda: remove_database(register))
    plain = os.path.join(work, "plain.sqlite")
    script = os.path.join(work, "import.sql")
    with open(script, "w") as file:
        file.write("CREATE TABLE request (" + ", ".join(f'"{column}" TEXT' for column in COLUMNS) + ");\n")
        file.write(f".import --csv --skip 1 '{data}' request\n")
    series("sqlite-import", ["sqlite3", plain], import_runs, stdin_path=script, before=lambda: remove_database(plain))
    events = count(register, "SELECT count(*) FROM event")
    requests = count(register, "SELECT count(*) FROM request")
    if count(plain, "SELECT count(*) FROM request") != args.size or requests != args.size:
        failures.append(f"row counts differ: file {args.size}, sqlite3 {count(plain, 'SELECT count(*) FROM request')}, "
                        f"dsr {requests}")
    open_requests = count(register, "SELECT count(*) FROM request WHERE isOpen = 1")

    # 1b. The import floor: the same rows written into a fresh register of the dsr under test by a C program.
    floors = compile_floors(work)
    floor_results = {}

    def floor_series(name, make_command, count, before=None):
        """Runs a floor program `count` times; records the medians of the times it reports for its own work."""
        walls, cpus = [], []
        for _ in range(count):
            if before:
                before()
            done = subprocess.run(make_command(), capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"bench: {name} failed: {done.stderr[-2000:]}")
            fields = done.stdout.split(":", 1)[1].split()
            walls.append(float(fields[0]))
            cpus.append(float(fields[1]))
        floor_results[name] = {"wall": statistics.median(walls), "cpu": statistics.median(cpus)}

    if floors:
        fresh = os.path.join(work, "fresh.sqlite")
        floor_register = os.path.join(work, "floor.sqlite")
        remove_database(fresh)
        subprocess.run([binary, "init", "--database", fresh], check=True, env=user_env, capture_output=True)

        def copy_fresh():
            remove_database(floor_register)
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(fresh + suffix):
                    shutil.copyfile(fresh + suffix, floor_register + suffix)

        floor_series("floor-import", lambda: [floors["import-floor"], floor_register, register], import_runs,
                     before=copy_fresh)
        if count(floor_register, "SELECT count(*) FROM request") != requests:
            failures.append("the import floor did not write every request")

    # 2. Overdue, against sqlite3 on a plain table holding the output's columns, indexed like dsr's partial index.
    overdue_plain = os.path.join(work, "overdue-plain.sqlite")
    remove_database(overdue_plain)
    subprocess.run(["sqlite3", overdue_plain, f"""
        ATTACH '{register}' AS src;
        CREATE TABLE plain AS SELECT printf('%04d-%04d', caseYear, caseSequence) AS "case", caseYear, caseSequence,
            kind, state, clock, received, deadline, json_extract(record, '$.extendedOn') IS NOT NULL AS extended,
            json_extract(record, '$.channel') AS channel, json_extract(record, '$.language') AS language,
            closedOn AS closed, outcome, json_extract(record, '$.subject.name') AS name
          FROM src.request;
        CREATE INDEX plain_running ON plain(deadline, caseYear, caseSequence) WHERE clock = 'running';
        ANALYZE main;
        """], check=True)
    as_of = TODAY.isoformat()
    dsr_out = os.path.join(work, "overdue-dsr.csv")
    sqlite_out = os.path.join(work, "overdue-sqlite3.csv")
    query = os.path.join(work, "overdue.sql")
    with open(query, "w") as file:
        file.write(sqlite_overdue_sql(as_of))
    # The first run of each warms the page cache and is not counted.
    series("overdue", [binary, "overdue", "--as-of", as_of, "--format", "csv", "--database", register], runs,
           warmup=1, env=user_env, stdout_path=dsr_out)
    series("sqlite-overdue", ["sqlite3", overdue_plain], runs, warmup=1, stdin_path=query, stdout_path=sqlite_out)
    with open(dsr_out, "rb") as first, open(sqlite_out, "rb") as second:
        dsr_bytes, sqlite_bytes = first.read(), second.read()
    overdue_rows = max(0, dsr_bytes.count(b"\n") - 1)
    if dsr_bytes != sqlite_bytes:
        failures.append(f"dsr overdue and sqlite3 printed different rows (see {dsr_out} and {sqlite_out})")

    # 3. Register on the full register (each run adds a request, received yesterday).
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    series("register", [binary, "register", "access", "--name", "Bench Person", "--received", yesterday,
                        "--database", register], runs, warmup=1, env=user_env)
    # 3b. The same after something other than dsr touched the file: without a current integrity stamp the first
    # change of a process reads the whole file with SQLite's quick_check (docs/storage.md).
    def drop_stamp():
        if os.path.exists(register + ".checked"):
            os.remove(register + ".checked")
    series("register-full-check", [binary, "register", "access", "--name", "Bench Person", "--received", yesterday,
                                   "--database", register], import_runs, warmup=1, env=user_env, before=drop_stamp)

    # 4. Audit verify, if this dsr has it.
    help_text = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
    has_audit = re.search(r"^\s+audit\b", help_text, flags=re.M) is not None
    if has_audit:
        events = count(register, "SELECT count(*) FROM event")
        series("audit", [binary, "audit", "verify", "--database", register], import_runs, env=user_env)
        if floors:
            floor_series("floor-verify", lambda: [floors["verify-floor"], register], import_runs)

    # 5. Search, if this dsr has it: a surname (thousands of matches, the newest 50 shown), a case number (one
    # match), a word no request has. Like overdue: the first run warms the page cache and is not counted.
    has_search = re.search(r"^\s+search\b", help_text, flags=re.M) is not None
    searches = [("search-name", "Virtanen"), ("search-case", f"{FIRST_DAY.year + 1}-0042"), ("search-none", "Zyxwvutsr")]
    if has_search:
        for name, text in searches:
            series(name, [binary, "search", text, "--format", "csv", "--database", register], runs, warmup=1,
                   env=user_env)
        search_hits = {}
        for name, text in searches:
            output = subprocess.run([binary, "search", text, "--format", "csv", "--database", register],
                                    capture_output=True, env=user_env).stdout
            search_hits[name] = max(0, output.count(b"\n") - 1)
        if search_hits["search-name"] != 50 or search_hits["search-case"] != 1 or search_hits["search-none"] != 0:
            failures.append(f"search found {search_hits}, expected 50 names, 1 case, 0 for the missing word")

    # Report.
    def ms(seconds):
        return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

    def mb(kilobytes):
        return f"{kilobytes / 1024:.0f} MB"

    def timing(name):
        return f"{ms(results[name]['wall'])} (CPU {ms(results[name]['cpu'])})"

    size = args.size
    dsr_import, sqlite_import = results["import"]["wall"], results["sqlite-import"]["wall"]
    dsr_overdue, sqlite_overdue = results["overdue"]["wall"], results["sqlite-overdue"]["wall"]
    import_rate = size / dsr_import
    lines = [
        f"Machine: {machine()}.",
        "",
        f"Build: `swift build -c {args.build}{' --static-swift-stdlib' if args.build == 'release' else ''}`. "
        f"Register: {size:,} requests received {FIRST_DAY} … {TODAY - dt.timedelta(days=1)} (all six kinds), "
        f"{events:,} events, {open_requests:,} open ({open_requests / size:.1%}), {overdue_rows:,} overdue on "
        f"{as_of}; seed {args.seed}. Medians of {import_runs} import runs and {runs} runs of the other commands "
        "(after one unmeasured run); wall time, with the CPU time (user + system) in brackets.",
        "",
        "| measurement | dsr | sqlite3 | ratio (wall) | peak RSS dsr / sqlite3 | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| import {size:,} rows | {timing('import')}: {import_rate:,.0f} requests/s | {timing('sqlite-import')}: "
        f"{size / sqlite_import:,.0f} rows/s | {dsr_import / sqlite_import:.1f}× | {mb(results['import']['rss'])} / "
        f"{mb(results['sqlite-import']['rss'])} | ≥ 50,000 requests/s, < 200 MB | "
        f"{'yes' if import_rate >= 50_000 and results['import']['rss'] < 200 * 1024 else 'no'} |",
        f"| `overdue --format csv`, {overdue_rows:,} rows | {timing('overdue')} | {timing('sqlite-overdue')} | "
        f"{dsr_overdue / sqlite_overdue:.2f}× | {mb(results['overdue']['rss'])} / {mb(results['sqlite-overdue']['rss'])} "
        f"| ≤ 2× sqlite3, < 50 ms | {'yes' if dsr_overdue <= 2 * sqlite_overdue and dsr_overdue < 0.05 else 'no'} |",
        f"| `register` | {timing('register')} | | | {mb(results['register']['rss'])} | < 25 ms | "
        f"{'yes' if results['register']['wall'] < 0.025 else 'no'} |",
        f"| `register` after the file was touched outside dsr (full integrity check) | "
        f"{timing('register-full-check')} | | | {mb(results['register-full-check']['rss'])} | – | – |",
    ]
    if has_audit:
        rate = events / results["audit"]["wall"]
        lines.append(f"| `audit verify`, {events:,} events | {timing('audit')}: {rate:,.0f} events/s | | | "
                     f"{mb(results['audit']['rss'])} | ≥ 1,000,000 events/s | {'yes' if rate >= 1_000_000 else 'no'} |")
    else:
        lines.append("| `audit verify` | not in this dsr (see below) | | | | ≥ 1,000,000 events/s | – |")
    if has_search:
        for name, label in [("search-name", "a surname (newest 50 of thousands)"), ("search-case", "a case number"),
                            ("search-none", "a word no request has")]:
            lines.append(f"| `search` {label} | {timing(name)} | | | {mb(results[name]['rss'])} | < 50 ms | "
                         f"{'yes' if results[name]['wall'] < 0.05 else 'no'} |")
    if floor_results:
        lines += [
            "",
            f"Floors (issue 19), measured in the same run by scripts/bench-floors compiled here (SHA-256 of "
            f"{floors['sha256']}); a floor's time is that of its own work (the import floor's writing, in one "
            "transaction; the verify floor's reading and hashing beside `quick_check`), dsr's that of the whole "
            "process:",
            "",
            "| measurement | dsr | floor | dsr / floor (rate) | target | met |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        floor_import = floor_results["floor-import"]
        floor_rate = size / floor_import["wall"]
        ratio = import_rate / floor_rate
        lines.append(
            f"| import {size:,} rows | {import_rate:,.0f} requests/s | {floor_rate:,.0f} requests/s "
            f"({ms(floor_import['wall'])}, CPU {ms(floor_import['cpu'])}) | {ratio:.3f}× | ≥ 20,000 requests/s and "
            f"≥ 0.7× | {'yes' if import_rate >= 20_000 and ratio >= 0.7 else 'no'} |")
        if "floor-verify" in floor_results:
            floor_verify = floor_results["floor-verify"]
            audit_rate = events / results["audit"]["wall"]
            floor_rate = events / floor_verify["wall"]
            ratio = audit_rate / floor_rate
            lines.append(
                f"| `audit verify`, {events:,} events | {audit_rate:,.0f} events/s | {floor_rate:,.0f} events/s "
                f"({ms(floor_verify['wall'])}, CPU {ms(floor_verify['cpu'])}) | {ratio:.3f}× | ≥ 300,000 events/s "
                f"and ≥ 0.5× | {'yes' if audit_rate >= 300_000 and ratio >= 0.5 else 'no'} |")
    report = "\n".join(lines)
    print(report)
    for failure in failures:
        print(f"bench: FAILED: {failure}", file=sys.stderr)

    if args.write_doc and not failures:
        doc = "docs/performance.md"
        with open(doc) as file:
            text = file.read()
        block = f"<!-- bench:begin -->\nLast run {dt.date.today().isoformat()}.\n\n{report}\n<!-- bench:end -->"
        text, replaced = re.subn(r"<!-- bench:begin -->.*?<!-- bench:end -->", lambda _: block, text, flags=re.S)
        if replaced != 1:
            sys.exit(f"bench: {doc} has no <!-- bench:begin --> … <!-- bench:end --> section")
        with open(doc, "w") as file:
            file.write(text)
        print(f"bench: results written to {doc}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
