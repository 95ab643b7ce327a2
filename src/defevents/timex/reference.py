"""The reference (publication) date a text states about itself.

A dateline ("LONDON, 4 December 2025 —", "WARSAW, Dec 4 (Reuters) -"), a date standing alone
on one of the first lines, a "Published:"/"Updated:" line, or "today (Wednesday 12 March)".
A date without a year is completed only from the text itself: with a weekday, the year in
which that day falls on that weekday that is closest to the latest four-digit year the text
mentions; without a weekday, that latest year. With no year in the text the answer is
``None``: the clock is never read.

>>> detect_reference("LONDON, 4 December 2025 — Britain said...")[0]
datetime.date(2025, 12, 4)
>>> detect_reference("Ministers met today (Wednesday 12 March) after the 2024 review.")[0]
datetime.date(2025, 3, 12)
>>> detect_reference("Ministers met today (Wednesday 12 March).") is None
True
"""

from __future__ import annotations

from datetime import date

from .. import _lazy_regex as regex

from defevents.schema import Span
from defevents.timex.finder import Mention, find_mentions
from defevents.timex.patterns import MONTHS, WEEKDAYS

__all__ = ["detect_reference"]

_HEAD = 600
_CITY = regex.compile(r"^[\s\"'“(]*[A-Z][\w.'’\- ]{0,40}(?:,\s*[A-Z][\w.'’\- ]{0,30})?\s*[,:]?\s*$")
_AFTER = regex.compile(r"^\s*(?:\([^)\n]{0,40}\)\s*)?\.?(?:[-–—:|]|\s*$)")
_LABEL = regex.compile(r"(?i)(?:published|updated|posted|date|dated|issued|released|first\s+published)\s*(?:on)?\s*:?\s*(?:\w+,?\s*)?$")
_TODAY = regex.compile(r"(?i)\btoday\s*[(,–—-]\s*$")
_CLOSE = regex.compile(r"\s*\)")
_DATE_KINDS = frozenset({"b_dmy", "b_mdy", "b_iso", "b_slash"})


def _latest_year(mentions: list[Mention]) -> int | None:
    years = [int(m.groups["year"]) for m in mentions if "year" in m.groups and m.groups["year"].isdigit()
             and len(m.groups["year"]) == 4]
    return max(years) if years else None


def _complete(m: Mention, latest: int | None) -> date | None:
    g = m.groups
    try:
        if m.kind == "b_iso":
            return date(int(g["year"]), int(g["mon"]), int(g["dnum"]))
        if m.kind == "b_slash":
            a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
            y = y + 2000 if y < 100 else y
            return date(y, b, a) if b <= 12 else date(y, a, b)
        mon, d = MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        if "year" in g:
            return date(int(g["year"]), mon, d)
        if latest is None:
            return None
        if "weekday" in g:
            wd = WEEKDAYS[g["weekday"].lower().rstrip(".")]
            years = [y for y in range(latest - 11, latest + 12) if _is(y, mon, d, wd)]
            if not years:
                return None
            return date(min(years, key=lambda y: (abs(y - latest), y < latest)), mon, d)
        return date(latest, mon, d)
    except (ValueError, KeyError):
        return None


def _is(y: int, mon: int, d: int, wd: int) -> bool:
    try:
        return date(y, mon, d).weekday() == wd
    except ValueError:
        return False


def _states_reference(text: str, m: Mention) -> bool:
    """Whether the date at ``m`` is the text's own: "today (Wednesday 12 March)" anywhere, or in
    the head of the text a dateline ("LONDON, 4 December 2025 —"), a date alone on its line, or
    a "Published:"-style label."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : m.start], text[m.end : line_end]
    if _TODAY.search(text, max(0, m.start - 12), m.start) and _CLOSE.match(after):
        return True
    if m.start >= _HEAD:
        return False
    if before.strip() and _CITY.match(before) and _AFTER.match(after):
        return True
    if not before.strip(" \t\"'“”") and (not after.strip() or _AFTER.match(after)):
        return True
    return bool(_LABEL.search(before))


def detect_reference(text: str) -> tuple[date, Span] | None:
    """The date the text gives for itself, and the span it was read from, or ``None``.

    Args:
        text: the document, unchanged.

    Returns:
        The first self-stated date that can be completed to a day, with its span; None when the
        text states none (or states one without a year and names no year anywhere).
    """
    mentions = find_mentions(text)
    latest = _latest_year(mentions)
    for m in mentions:
        if m.kind in _DATE_KINDS and _states_reference(text, m):
            d = _complete(m, latest)
            if d is not None:
                return d, Span.of(text, m.start, m.end)
    return None
