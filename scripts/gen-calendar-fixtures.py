#!/usr/bin/env python3
"""Writes the calendar and deadline fixtures of DSRCoreTests from the rules, independently of the Swift code.

Nothing here reads or imitates Sources/DSRCore: the holidays come from their legal date rules (legal-facts § 5.2),
Easter from two independent computations that must agree (dateutil's and Gauss's algorithm as corrected by
Lichtenberg), and the deadlines from the rules in docs/deadlines.md:

1. one month: the same day of the next month, or that month's last day (Regulation 1182/71 Art. 3(2)(c));
2. extension: two further months from the (clamped) end of the first month (GDPR Art. 12(3), the earlier reading);
3. plus the paused days;
4. roll forward past Saturdays, Sundays and Finnish non-working days, Midsummer Eve and Christmas Eve included
   (Regulation 1182/71 Art. 3(4), Laki 150/1930 § 5).

The "safe date" is the same roll-forward if the eves were working days (what dsr advises to be safe), and
"notice by" is the last day to notify an extension: the one-month end (pauses do not widen it: Art. 12(3) counts the
month from receipt), rolled forward as for the safe date (an eve on a weekday does not move it: the safer reading of
an UNCONFIRMED point).

Usage: scripts/gen-calendar-fixtures.py [OUTPUT_DIR]   (default Tests/DSRCoreTests/Fixtures)
Output is deterministic; re-running it must leave `git diff` empty.
"""

import calendar
import datetime as dt
import os
import sys

from dateutil.easter import EASTER_WESTERN, easter

HOLIDAY_YEARS = range(1990, 2101)
# Whole years of received dates: ordinary years, leap years 2024 and 2028, Christmas Eve on a Saturday (2022) and a
# Sunday (2023), and the turn of the century 2099-2100 (2100 is not a leap year).
DEADLINE_YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2099, 2100]

ONE_DAY = dt.timedelta(days=1)


def gauss_easter(year: int) -> dt.date:
    """Gregorian Easter Sunday by Gauss's algorithm with Lichtenberg's corrections (a second, independent computus)."""
    k = year // 100
    m = 15 + (3 * k + 3) // 4 - (8 * k + 13) // 25
    s = 2 - (3 * k + 3) // 4
    a = year % 19
    d = (19 * a + m) % 30
    r = (d + a // 11) // 29
    og = 21 + d - r
    sz = 7 - (year + year // 4 + s) % 7
    oe = 7 - (og - sz) % 7
    os_ = og + oe  # day of March; 32 means 1 April
    return dt.date(year, 3, 1) + dt.timedelta(days=os_ - 1)


def easter_sunday(year: int) -> dt.date:
    first = easter(year, EASTER_WESTERN)
    second = gauss_easter(year)
    if first != second:
        raise SystemExit(f"computus disagreement for {year}: dateutil {first}, Gauss {second}")
    return first


def saturday_between(year: int, month: int, first_day: int) -> dt.date:
    """The Saturday in the seven days starting on first_day (for Midsummer Day and All Saints' Day)."""
    for offset in range(7):
        day = dt.date(year, month, 1) + dt.timedelta(days=first_day - 1 + offset)
        if day.weekday() == 5:
            return day
    raise AssertionError("a week always has a Saturday")


def holidays(year: int) -> list[tuple[dt.date, str]]:
    """Finnish non-working days of a year with the codes of FinnishHoliday's raw values (legal-facts § 5.2)."""
    e = easter_sunday(year)
    midsummer_day = saturday_between(year, 6, 20)  # Saturday 20-26 June
    all_saints = saturday_between(year, 10, 31)  # Saturday 31 October - 6 November
    days = [
        (dt.date(year, 1, 1), "new-years-day"),
        (dt.date(year, 1, 6), "epiphany"),
        (e - 2 * ONE_DAY, "good-friday"),
        (e, "easter-sunday"),
        (e + ONE_DAY, "easter-monday"),
        (dt.date(year, 5, 1), "may-day"),
        (e + 39 * ONE_DAY, "ascension-day"),
        (e + 49 * ONE_DAY, "whit-sunday"),
        (midsummer_day - ONE_DAY, "midsummer-eve"),  # Friday 19-25 June
        (midsummer_day, "midsummer-day"),
        (all_saints, "all-saints-day"),
        (dt.date(year, 12, 6), "independence-day"),
        (dt.date(year, 12, 24), "christmas-eve"),
        (dt.date(year, 12, 25), "christmas-day"),
        (dt.date(year, 12, 26), "st-stephens-day"),
    ]
    # Sanity checks of the rules themselves.
    assert e.weekday() == 6 and dt.date(year, 3, 22) <= e <= dt.date(year, 4, 25), e
    assert (e + 39 * ONE_DAY).weekday() == 3
    assert (midsummer_day - ONE_DAY).weekday() == 4 and 19 <= (midsummer_day - ONE_DAY).day <= 25
    return sorted(days)


EVES = {"midsummer-eve", "christmas-eve"}
_holiday_cache: dict[int, dict[dt.date, set[str]]] = {}


def holiday_codes(day: dt.date) -> set[str]:
    if day.year not in _holiday_cache:
        table: dict[dt.date, set[str]] = {}
        for date, code in holidays(day.year):
            table.setdefault(date, set()).add(code)
        _holiday_cache[day.year] = table
    return _holiday_cache[day.year].get(day, set())


def is_working_day(day: dt.date, eves_count: bool = True) -> bool:
    if day.weekday() >= 5:
        return False
    codes = holiday_codes(day)
    if not eves_count:
        codes = codes - EVES
    return not codes


def roll_forward(day: dt.date, eves_count: bool = True) -> dt.date:
    while not is_working_day(day, eves_count):
        day += ONE_DAY
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline_row(received: dt.date, extended: bool, paused: int) -> list[str]:
    one_month = add_months(received, 1)
    end = add_months(one_month, 2) if extended else one_month
    unrolled = end + paused * ONE_DAY
    deadline = roll_forward(unrolled)
    safe = roll_forward(unrolled, eves_count=False)
    notice_by = roll_forward(one_month, eves_count=False)
    return [received.isoformat(), "1" if extended else "0", str(paused), one_month.isoformat(), unrolled.isoformat(),
            deadline.isoformat(), safe.isoformat(), notice_by.isoformat()]


def deadline_rows() -> list[list[str]]:
    rows = []
    for year in DEADLINE_YEARS:
        day = dt.date(year, 1, 1)
        while day.year == year:
            ordinal = day.timetuple().tm_yday
            rows.append(deadline_row(day, False, 0))
            rows.append(deadline_row(day, True, 0))
            # A spread of pause lengths (0-60 days), some with the extension, so that pauses end on every weekday.
            rows.append(deadline_row(day, ordinal % 3 == 0, (ordinal * 7) % 61))
            day += ONE_DAY
    return rows


def write(path: str, header: str, comment: str, rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {comment}\n")
        out.write("# Generated by scripts/gen-calendar-fixtures.py from the legal rules, not from the Swift code.\n")
        out.write(header + "\n")
        for row in rows:
            out.write(",".join(row) + "\n")


def main() -> None:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Tests", "DSRCoreTests", "Fixtures")
    os.makedirs(out_dir, exist_ok=True)
    holiday_rows = [[d.isoformat(), code] for year in HOLIDAY_YEARS for d, code in holidays(year)]
    write(os.path.join(out_dir, "holidays.csv"), "date,code",
          f"Finnish non-working holidays {HOLIDAY_YEARS.start}-{HOLIDAY_YEARS.stop - 1} (legal-facts § 5.2).",
          holiday_rows)
    write(os.path.join(out_dir, "deadlines.csv"),
          "received,extended,paused_days,one_month_end,unrolled,deadline,safe_date,extension_notice_by",
          "Statutory deadlines on the Finnish calendar for every received date of " + ", ".join(map(str, DEADLINE_YEARS))
          + " (docs/deadlines.md).",
          deadline_rows())


if __name__ == "__main__":
    main()
