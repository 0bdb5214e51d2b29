#!/usr/bin/env python3
"""Benchmark of dsr on a synthetic register, against the sqlite3 command-line tool (see docs/performance.md).

Run it through scripts/bench, which installs what it needs and builds dsr. This file only measures:

1. import: `dsr import FILE` into an empty register, against `sqlite3` `.import` of the same CSV into a plain table;
2. overdue: `dsr overdue --as-of DATE --format csv`, against `sqlite3` printing the same rows from a plain indexed
   table (the two outputs must be identical, byte for byte);
3. register: `dsr register` on the full register;
4. audit: `dsr audit verify`, if this dsr has it;
5. the peak resident memory of each (ru_maxrss of the process, from wait4).

Medians of several runs. The data are generated with a fixed seed, so every run measures the same register.
"""

import argparse
import csv
import datetime as dt
import os
import platform
import random
import re
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
            # of them extended), and a few forgotten older ones (overdue).
            p_open = 0.95 if age <= 30 else 0.5 if age <= 90 else 0.002
            is_open = rng.random() < p_open
            acknowledged = extended = reason = closed = outcome = ""
            state = "received"
            events = 1
            ack_day = min(TODAY, received + dt.timedelta(days=rng.randrange(0, 4)))
            if is_open:
                if rng.random() < 0.6 and ack_day <= TODAY:
                    acknowledged, state, events = ack_day.isoformat(), "in-progress", 2
                    if age > 30 and rng.random() < 0.8:
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
    """Runs a command; returns (seconds, peak resident kilobytes, exit status). Its standard error goes to a file."""
    with open(stderr_path or os.devnull, "w") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=errors, env=env, stdin=stdin)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 and stderr_path:
        with open(stderr_path) as errors:
            sys.stderr.write(errors.read()[-4000:])
    return elapsed, usage.ru_maxrss, process.returncode


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def sqlite_overdue_sql(as_of):
    return f"""
.headers on
.mode csv
.separator "," "\\n"
.nullvalue ""
SELECT "case", kind, state, clock, received, deadline,
       CAST(julianday(deadline) - julianday('{as_of}') AS INTEGER) AS days_left,
       'true' AS overdue, CASE WHEN extended THEN 'true' ELSE 'false' END AS extended,
       channel, language, closed, outcome
FROM plain
WHERE clock = 'running' AND deadline < '{as_of}'
ORDER BY deadline, caseYear, caseSequence;
"""


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--build", default="release")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each quick command (import: at most 3)")
    parser.add_argument("--seed", type=int, default=20180525)
    parser.add_argument("--workdir", default=".build/bench")
    parser.add_argument("--write-doc", action="store_true", help="record the results in docs/performance.md")
    args = parser.parse_args()

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
        print(f"generated {data} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    with open(counts_file) as file:
        counts = eval(file.read(), {})  # our own file: a dict literal
    env = dict(os.environ, DSR_TODAY=TODAY.isoformat(), DSR_ACTOR="bench")
    env.pop("DSR_DATABASE", None)
    runs = max(1, args.runs)
    import_runs = min(3, runs)
    results = {}
    failures = []
    errors = os.path.join(work, "stderr.txt")

    # 1. Import, into a fresh register each run; the last one is kept for the other measurements.
    register = os.path.join(work, "dsr.sqlite")
    times, peaks = [], []
    for run in range(import_runs):
        remove_database(register)
        seconds, peak, status = measure([binary, "import", data, "--database", register], env=env, stderr_path=errors)
        if status != 0:
            sys.exit(f"bench: dsr import failed with status {status}")
        times.append(seconds)
        peaks.append(peak)
    results["import"] = (statistics.median(times), max(peaks))
    plain = os.path.join(work, "plain.sqlite")
    times, peaks = [], []
    create = "CREATE TABLE request (" + ", ".join(f'"{column}" TEXT' for column in COLUMNS) + ");\n"
    for run in range(import_runs):
        remove_database(plain)
        script = create + f".import --csv --skip 1 '{data}' request\n"
        with open(os.path.join(work, "import.sql"), "w") as file:
            file.write(script)
        with open(os.path.join(work, "import.sql")) as script_file:
            seconds, peak, status = measure(["sqlite3", plain], stdin=script_file, stderr_path=errors)
        if status != 0:
            sys.exit(f"bench: sqlite3 .import failed with status {status}")
        times.append(seconds)
        peaks.append(peak)
    results["sqlite-import"] = (statistics.median(times), max(peaks))
    rows = subprocess.run(["sqlite3", plain, "SELECT count(*) FROM request"], capture_output=True, text=True).stdout
    imported = subprocess.run(["sqlite3", register, "SELECT count(*) FROM request"], capture_output=True, text=True).stdout
    events = int(subprocess.run(["sqlite3", register, "SELECT count(*) FROM event"], capture_output=True,
                                text=True).stdout.strip() or 0)
    if int(rows) != args.size or int(imported) != args.size:
        failures.append(f"row counts differ: file {args.size}, sqlite3 {rows.strip()}, dsr {imported.strip()}")

    # 2. Overdue, against a plain table with the same columns as the output and an index like dsr's.
    overdue_plain = os.path.join(work, "overdue-plain.sqlite")
    remove_database(overdue_plain)
    subprocess.run(["sqlite3", overdue_plain, f"""
        ATTACH '{register}' AS src;
        CREATE TABLE plain AS SELECT printf('%04d-%04d', caseYear, caseSequence) AS "case", caseYear, caseSequence,
            kind, state, clock, received, deadline, json_extract(record, '$.extendedOn') IS NOT NULL AS extended,
            json_extract(record, '$.channel') AS channel, json_extract(record, '$.language') AS language,
            closedOn AS closed, outcome
          FROM src.request;
        CREATE INDEX plain_running ON plain(deadline, caseYear, caseSequence) WHERE clock = 'running';
        ANALYZE;
        """], check=True)
    as_of = TODAY.isoformat()
    dsr_out = os.path.join(work, "overdue-dsr.csv")
    sqlite_out = os.path.join(work, "overdue-sqlite3.csv")
    with open(os.path.join(work, "overdue.sql"), "w") as file:
        file.write(sqlite_overdue_sql(as_of))
    for name, command, output, stdin_path in [
        ("overdue", [binary, "overdue", "--as-of", as_of, "--format", "csv", "--database", register], dsr_out, None),
        ("sqlite-overdue", ["sqlite3", overdue_plain], sqlite_out, os.path.join(work, "overdue.sql")),
    ]:
        times, peaks = [], []
        for run in range(runs + 1):  # the first run warms the page cache and is not counted
            with open(output, "w") as out:
                stdin = open(stdin_path) if stdin_path else None
                seconds, peak, status = measure(command, stdout=out, env=env, stdin=stdin, stderr_path=errors)
                if stdin:
                    stdin.close()
            if status != 0:
                sys.exit(f"bench: {' '.join(command)} failed with status {status}")
            if run > 0:
                times.append(seconds)
                peaks.append(peak)
        results[name] = (statistics.median(times), max(peaks))
    with open(dsr_out, "rb") as first, open(sqlite_out, "rb") as second:
        dsr_bytes, sqlite_bytes = first.read(), second.read()
    overdue_rows = max(0, dsr_bytes.count(b"\n") - 1)
    if dsr_bytes != sqlite_bytes:
        failures.append("dsr overdue and sqlite3 printed different rows (see "
                        f"{dsr_out} and {sqlite_out})")
    open_requests = int(subprocess.run(["sqlite3", register, "SELECT count(*) FROM request WHERE isOpen = 1"],
                                       capture_output=True, text=True).stdout.strip() or 0)

    # 3. Register, on the full register (each run adds one request).
    times, peaks = [], []
    for run in range(runs + 1):
        seconds, peak, status = measure([binary, "register", "access", "--name", "Bench Person", "--received",
                                         as_of, "--database", register], env=env, stderr_path=errors)
        if status != 0:
            sys.exit(f"bench: dsr register failed with status {status}")
        if run > 0:
            times.append(seconds)
            peaks.append(peak)
    results["register"] = (statistics.median(times), max(peaks))

    # 4. Audit verify, if this dsr has it.
    has_audit = subprocess.run([binary, "audit", "verify", "--help"], capture_output=True).returncode == 0
    if has_audit:
        times, peaks = [], []
        for run in range(min(3, runs)):
            seconds, peak, status = measure([binary, "audit", "verify", "--database", register], env=env,
                                            stderr_path=errors)
            if status != 0:
                failures.append(f"dsr audit verify exited {status}")
            times.append(seconds)
            peaks.append(peak)
        results["audit"] = (statistics.median(times), max(peaks))

    # Report.
    def ms(seconds):
        return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"

    def mb(kilobytes):
        return f"{kilobytes / 1024:.0f} MB"

    size = args.size
    dsr_import, sqlite_import = results["import"][0], results["sqlite-import"][0]
    dsr_overdue, sqlite_overdue = results["overdue"][0], results["sqlite-overdue"][0]
    lines = [
        f"Machine: {machine()}.",
        f"Build: `swift build -c {args.build}`. Register: {size:,} requests received {FIRST_DAY} … "
        f"{TODAY - dt.timedelta(days=1)} (all six kinds), {events:,} events, {open_requests:,} open "
        f"({open_requests / size:.1%}), {overdue_rows:,} overdue on {as_of}; seed {args.seed}. "
        f"Medians of {import_runs} import runs and {runs} runs of the other commands.",
        "",
        "| measurement | dsr | sqlite3 | ratio | peak RSS (dsr / sqlite3) | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    import_rate = size / dsr_import
    lines.append(
        f"| import {size:,} rows | {ms(dsr_import)} ({import_rate:,.0f} requests/s) | {ms(sqlite_import)} "
        f"({size / sqlite_import:,.0f} rows/s) | {dsr_import / sqlite_import:.1f}× | "
        f"{mb(results['import'][1])} / {mb(results['sqlite-import'][1])} | ≥ 50,000 requests/s, < 200 MB | "
        f"{'yes' if import_rate >= 50_000 and results['import'][1] < 200 * 1024 else 'no'} |")
    lines.append(
        f"| `overdue --format csv` ({overdue_rows:,} rows) | {ms(dsr_overdue)} | {ms(sqlite_overdue)} | "
        f"{dsr_overdue / sqlite_overdue:.2f}× | {mb(results['overdue'][1])} / {mb(results['sqlite-overdue'][1])} | "
        f"≤ 2× sqlite3 and < 50 ms | "
        f"{'yes' if dsr_overdue <= 2 * sqlite_overdue and dsr_overdue < 0.05 else 'no'} |")
    lines.append(
        f"| `register` | {ms(results['register'][0])} | | | {mb(results['register'][1])} | < 25 ms | "
        f"{'yes' if results['register'][0] < 0.025 else 'no'} |")
    if has_audit:
        rate = events / results["audit"][0]
        lines.append(
            f"| `audit verify` ({events:,} events) | {ms(results['audit'][0])} ({rate:,.0f} events/s) | | | "
            f"{mb(results['audit'][1])} | ≥ 1,000,000 events/s | {'yes' if rate >= 1_000_000 else 'no'} |")
    else:
        lines.append("| `audit verify` | not in this dsr | | | | ≥ 1,000,000 events/s | – |")
    report = "\n".join(lines)
    print(report)
    for failure in failures:
        print(f"bench: FAILED: {failure}", file=sys.stderr)

    if args.write_doc:
        doc = "docs/performance.md"
        with open(doc) as file:
            text = file.read()
        stamp = dt.date.today().isoformat()
        block = f"<!-- bench:begin -->\nLast run {stamp}.\n\n{report}\n<!-- bench:end -->"
        text, replaced = re.subn(r"<!-- bench:begin -->.*?<!-- bench:end -->", lambda _: block, text, flags=re.S)
        if replaced != 1:
            sys.exit(f"bench: {doc} has no <!-- bench:begin --> … <!-- bench:end --> section")
        with open(doc, "w") as file:
            file.write(text)
        print(f"bench: results written to {doc}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
