"""Calendar intervals: the days a TIMEX3 value covers, shifting them, and narrowing them by a mod.

Pure date arithmetic, no regexes. An :class:`Interval` is the value string together with its
grain and the first and last day it covers:

>>> year(2025)
Interval(value='2025', grain='year', start=datetime.date(2025, 1, 1), end=datetime.date(2025, 12, 31))
>>> narrow(year(2025), "END").start
datetime.date(2025, 9, 1)
>>> season(2025, "WI").end
datetime.date(2026, 2, 28)
>>> shift(week(date(2026, 1, 20)), -1).value
'2026-W03'
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

__all__ = [
    "Interval",
    "century",
    "containing",
    "day",
    "decade",
    "half",
    "month",
    "narrow",
    "quarter",
    "season",
    "shift",
    "week",
    "weekend",
    "year",
]

SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
MIN_YEAR, MAX_YEAR = 1, 9998


@dataclass(frozen=True, slots=True)
class Interval:
    """A calendar period: TIMEX3 value, grain, first and last day (inclusive)."""

    value: str
    grain: str
    start: date
    end: date


def _last_day(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def day(d: date) -> Interval:
    """The single day ``d``."""
    return Interval(d.isoformat(), "day", d, d)


def month(y: int, m: int) -> Interval:
    """Calendar month ``m`` of year ``y``."""
    return Interval(f"{y:04d}-{m:02d}", "month", date(y, m, 1), date(y, m, _last_day(y, m)))


def year(y: int) -> Interval:
    """Calendar year ``y``."""
    return Interval(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def week(d: date) -> Interval:
    """The ISO week (Monday to Sunday) containing ``d``."""
    iso = d.isocalendar()
    monday = d - timedelta(days=iso[2] - 1)
    return Interval(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + timedelta(days=6))


def weekend(d: date) -> Interval:
    """Saturday and Sunday of the ISO week containing ``d``."""
    w = week(d)
    return Interval(w.value + "-WE", "week", w.start + timedelta(days=5), w.end)


def quarter(y: int, q: int) -> Interval:
    """Quarter ``q`` (1-4) of year ``y``."""
    m0 = 3 * (q - 1) + 1
    return Interval(f"{y:04d}-Q{q}", "quarter", date(y, m0, 1), date(y, m0 + 2, _last_day(y, m0 + 2)))


def half(y: int, h: int) -> Interval:
    """Half ``h`` (1-2) of year ``y``."""
    m0 = 6 * (h - 1) + 1
    return Interval(f"{y:04d}-H{h}", "half", date(y, m0, 1), date(y, m0 + 5, _last_day(y, m0 + 5)))


def season(y: int, s: str) -> Interval:
    """Northern-hemisphere season: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb (of ``y + 1``)."""
    m0 = SEASON_MONTHS[s]
    if s == "WI":
        if y + 1 > MAX_YEAR:
            raise ValueError("year out of range")
        return Interval(f"{y:04d}-WI", "season", date(y, 12, 1), date(y + 1, 2, _last_day(y + 1, 2)))
    return Interval(f"{y:04d}-{s}", "season", date(y, m0, 1), date(y, m0 + 2, _last_day(y, m0 + 2)))


def decade(first_year: int) -> Interval:
    """The decade starting at ``first_year`` (a multiple of ten): value ``"199"`` for the 1990s."""
    d = first_year // 10
    return Interval(f"{d:03d}", "decade", date(max(d * 10, MIN_YEAR), 1, 1), date(d * 10 + 9, 12, 31))


def century(first_year: int) -> Interval:
    """The century starting at ``first_year``: value ``"19"`` for 1900-1999 (the 20th century)."""
    c = first_year // 100
    return Interval(f"{c:02d}", "century", date(max(c * 100, MIN_YEAR), 1, 1), date(c * 100 + 99, 12, 31))


def containing(d: date, grain: str) -> Interval:
    """The interval of ``grain`` that contains ``d``."""
    if grain == "day":
        return day(d)
    if grain == "week":
        return week(d)
    if grain == "month":
        return month(d.year, d.month)
    if grain == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if grain == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if grain == "season":
        if d.month in (1, 2):
            return season(d.year - 1, "WI")
        for code, m0 in SEASON_MONTHS.items():
            if m0 <= d.month <= m0 + 2:
                return season(d.year, code)
    if grain == "decade":
        return decade(d.year - d.year % 10)
    if grain == "century":
        return century(d.year - d.year % 100)
    return year(d.year)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift(iv: Interval, n: int) -> Interval:
    """The interval ``n`` units of ``iv``'s own grain later (earlier if negative).

    Raises ValueError (or OverflowError) when the result leaves the calendar.
    """
    g = iv.grain
    if g == "day":
        return day(iv.start + timedelta(days=n))
    if g == "week":
        return week(iv.start + timedelta(days=7 * n))
    if g == "month":
        return month(*_add_months(iv.start.year, iv.start.month, n))
    if g == "quarter":
        y, m = _add_months(iv.start.year, iv.start.month, 3 * n)
        return quarter(y, (m - 1) // 3 + 1)
    if g == "half":
        y, m = _add_months(iv.start.year, iv.start.month, 6 * n)
        return half(y, 1 if m <= 6 else 2)
    if g == "season":
        y, m = _add_months(iv.start.year, iv.start.month, 3 * n)
        return containing(date(y, m, 1), "season")
    if g == "decade":
        return decade(iv.start.year + 10 * n)
    if g == "century":
        return century(iv.start.year + 100 * n)
    return year(iv.start.year + n)


Mod = Literal["START", "MID", "END"]


def narrow(iv: Interval, mod: str) -> Interval:
    """The first, middle or last third of ``iv`` (START / MID / END), on its sub-grain.

    A year splits into Jan-Apr, May-Aug, Sep-Dec; a month into days 1-10, 11-20, 21-end;
    a decade into years 0-2, 3-6, 7-9; a quarter, half or season into its months.
    Other mods, and day or week intervals, are returned unchanged.
    """
    if mod not in ("START", "MID", "END") or iv.grain in ("day", "week"):
        return iv
    s, e = iv.start, iv.end
    if iv.grain == "month":
        last = e.day
        bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, last)}[mod]
        return Interval(iv.value, iv.grain, s.replace(day=bounds[0]), s.replace(day=bounds[1]))
    if iv.grain in ("decade", "century"):
        span_years = e.year - s.year + 1
        a, b = _thirds(span_years, mod)
        return Interval(iv.value, iv.grain, date(max(s.year + a, MIN_YEAR), 1, 1), date(s.year + b, 12, 31))
    n_months = (e.year - s.year) * 12 + e.month - s.month + 1
    a, b = _thirds(n_months, mod)
    y0, m0 = _add_months(s.year, s.month, a)
    y1, m1 = _add_months(s.year, s.month, b)
    return Interval(iv.value, iv.grain, date(y0, m0, 1), date(y1, m1, _last_day(y1, m1)))


def _thirds(n: int, mod: str) -> tuple[int, int]:
    """Offsets (first, last; inclusive, 0-based) of a third of ``n`` units."""
    if n <= 1:
        return 0, 0
    if n == 2:
        return {"START": (0, 0), "MID": (0, 1), "END": (1, 1)}[mod]
    k = max(1, round(n / 3))
    if mod == "START":
        return 0, k - 1
    if mod == "END":
        return n - k, n - 1
    return k, n - k - 1
