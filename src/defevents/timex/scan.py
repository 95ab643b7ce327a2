"""The document loop: find mentions, decide document-level policies, resolve in text order.

``scan_times`` is the one entry point the rest of the package builds on. It threads the
anaphora anchors through the mentions (no shared state), links the two ends of ranges, and
collects warnings for the pipeline.
"""

from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import median
from typing import get_args

import regex

from defevents.schema import Span, TimeValue
from defevents.schema import TimeMod as _TimeModT
from defevents.timex import calendar as cal
from defevents.timex.anaphora import Anchors
from defevents.timex.finder import Mention, find_mentions
from defevents.timex.resolve import Context, Resolved, resolve_mention
from defevents.timex.tense import Tense, clause_cue

__all__ = ["TimeScan", "scan_times"]

_TENSE_KINDS = frozenset(
    {"b_dmy", "b_mdy", "b_nth", "b_month", "b_weekday", "b_quarter", "b_qcode", "b_season", "b_holiday", "b_clock"}
)
_EXPLICIT_YEAR_KINDS = frozenset({"b_year", "b_dmy", "b_mdy", "b_my", "b_iso", "b_season", "b_qcode", "b_quarter", "b_fquarter"})
_MODS = frozenset(get_args(_TimeModT))
_SINCE = regex.compile(r"(?i)\bsince\s+$")
# A date that starts or settles something ("effective Feb. 1", "payable Dec. 7 to holders of
# record Nov. 22") is the nearest one: announcements date these either way.
_EFFECTIVE = regex.compile(r"(?i)\b(?:effective|payable|of\s+record|record\s+date)\s+(?:on\s+|as\s+of\s+)?$")
# "as soon as Tuesday" names the earliest time something still to come may happen, "no later than
# Friday" the latest; so does "as early as Tuesday" when the clause has no cue of its own ("had
# warned as early as Monday" is past).
_AS_SOON = regex.compile(r"(?i)\b(?:as\s+soon\s+as|no\s+later\s+than|not\s+later\s+than)\s+$")
_AS_EARLY = regex.compile(r"(?i)\bas\s+early\s+as\s+$")
_GRAINS = frozenset(
    {"minute", "hour", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"}
)


@dataclass(frozen=True, slots=True)
class TimeScan:
    """What :func:`scan_times` found: the times in text order and any warnings."""

    times: list[TimeValue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _policies(mentions: list[Mention], reference: date | None) -> tuple[bool, bool]:
    """(narrative, month_first) for the document."""
    years = [int(m.groups["year"]) for m in mentions if m.kind in _EXPLICIT_YEAR_KINDS and "year" in m.groups]
    narrative = False
    # Narrative (history) texts write their years out and use no deictic "yesterday" or
    # "last week"; news anchored on its publication date does.
    deictic = sum(1 for m in mentions if m.kind in ("b_deictic", "b_weekday", "b_rel_pod")
                  or (m.kind == "b_rel" and m.groups.get("rel", "").lower() in ("this", "last", "next")))
    if reference is not None and len(years) >= 3 and deictic <= len(mentions) // 25:
        narrative = abs(median(years) - reference.year) > 3
    mdy = sum(1 for m in mentions if m.kind == "b_mdy" and "year" in m.groups)
    dmy = sum(1 for m in mentions if m.kind == "b_dmy" and "year" in m.groups)
    return narrative, mdy > dmy


def _with_year(iv: cal.Interval, y: int) -> cal.Interval | None:
    try:
        if iv.grain == "day":
            return cal.day(iv.start.replace(year=y))
        if iv.grain == "month":
            return cal.month(y, iv.start.month)
        if iv.grain == "season":
            return cal.season(y, iv.value[-2:])
        if iv.grain == "quarter":
            return cal.quarter(y, int(iv.value[-1]))
    except ValueError:
        return None
    return None


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_BAD_DAY = r"(?:3[2-9]|[4-9]\d|0)(?:st|nd|rd|th)?"
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_BAD_YEAR = r"(?:0{4}|\d{5,12})"
# A day or a year no calendar has, next to a month name.
_SP = r"[^\S\n]+"  # spaces within one line: a title's "since '82" is not a day of the dateline's month
_IMPOSSIBLE = re.compile(
    rf"(?<![\w'’-])(?:{_BAD_DAY}{_SP}{_MONTH}(?:,?{_SP}\d{{1,12}})?|{_MONTH}{_SP}{_BAD_DAY}(?:,?{_SP}\d{{1,12}})?"
    rf"|{_DAY}{_SP}{_MONTH},?{_SP}{_BAD_YEAR}|{_MONTH}{_SP}{_DAY},?{_SP}{_BAD_YEAR})(?![\w-])")
# Every match of _IMPOSSIBLE lies within one line (nothing in it matches a newline) and holds a
# month name, which starts with one of these (case-sensitive, and no two can overlap).
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _impossible(text: str) -> Iterator[re.Match[str]]:
    """``_IMPOSSIBLE.finditer(text)``, searched only in the lines that hold a month name (a
    scan of the whole text costs as much as a third of the rest of the resolver). A look-behind
    still sees the text before a line, and the line's newline is inside the range searched."""
    done = 0
    for m in _MONTH_START.finditer(text):
        p = m.start()
        if p < done:
            continue
        a = text.rfind("\n", 0, p) + 1
        b = text.find("\n", p)
        done = len(text) if b < 0 else b + 1
        yield from _IMPOSSIBLE.finditer(text, a, done)


def scan_times(text: str, *, reference: date | None, tense: Tense | None = None) -> TimeScan:
    """Find and resolve every time expression in ``text``.

    Args:
        text: the document, unchanged; spans index it.
        reference: the date relative expressions are anchored on (usually the publication date);
            ``None`` leaves relative expressions unresolved (``value=None``).
        tense: force a tense for every expression instead of reading it from the clause.

    Returns:
        A :class:`TimeScan` with the times in text order and warnings (impossible dates,
        weekday/date contradictions, a missing reference).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if isinstance(reference, datetime):
        reference = reference.date()  # a datetime would not compare with the dates computed here
    elif reference is not None and not isinstance(reference, date):
        raise TypeError(f"reference must be a date or None, got {type(reference).__name__}")
    mentions = find_mentions(text)
    narrative, month_first = _policies(mentions, reference)
    ctx = Context(reference=reference, narrative=narrative, month_first=month_first)
    anchors = Anchors()
    times: list[TimeValue] = []
    warnings: list[str] = []
    resolved_prev: Resolved | None = None
    unresolved = 0
    for i, m in enumerate(mentions):
        needs_tense = (m.kind in _TENSE_KINDS and "year" not in m.groups and "year2" not in m.groups) or (
            m.kind == "b_rel" and m.groups.get("rel", "").lower() == "the"
        )
        t: Tense | None = tense
        if t is None and needs_tense:
            # "since 7 October" looks back whatever the clause says
            if _SINCE.search(text, max(0, m.start - 8), m.start):
                t = "past"
            elif _EFFECTIVE.search(text, max(0, m.start - 16), m.start):
                t = "present"  # "effective Feb. 1", "payable Dec. 7": the nearest, whatever the verb
            elif _AS_SOON.search(text, max(0, m.start - 16), m.start):
                t = "future"
            else:
                t = clause_cue(text, m.start, m.end)
                if t is None and _AS_EARLY.search(text, max(0, m.start - 13), m.start):
                    t = "future"
        r = resolve_mention(text, m, ctx, anchors, t)
        if m.range_role == "to" and i > 0 and mentions[i - 1].range_role == "from" and resolved_prev is not None:
            r = _fix_range_end(r, resolved_prev, m)
        warnings.extend(r.warnings)
        if r.value is None and r.basis == "relative":
            unresolved += 1
        if r.anchor is not None and r.value is not None:
            # a comparison, or in a history a year only planned or expected ("Hanoi planned a
            # final campaign for 1976"), is no anchor for the year-less dates after it
            aside = _is_comparison(m) or (
                narrative and r.basis == "explicit" and tense is None and clause_cue(text, m.start, m.end) == "future"
            )
            anchors = anchors.push(r.anchor, basis="comparison" if aside else r.basis, end=m.end)
        times.append(_to_time_value(text, m, r))
        resolved_prev = r
    if unresolved and reference is None:
        warnings.append(f"no reference date: {unresolved} relative time expression(s) left unresolved")
    for bad in _impossible(text):
        # "32 March", "1 January 0000", "5 May 99999": warn, and drop what was read from it
        a, b = bad.span()
        times = [t for t in times if t.span is None or t.span.end <= a or t.span.start >= b]
        note = f"impossible date {bad.group()!r} left out"
        if not any(bad.group() in w for w in warnings):
            warnings.append(note)
    return TimeScan(times=times, warnings=warnings)


_BACK = frozenset({"ago", "earlier", "before", "previously", "back"})
_ONE = frozenset({"a", "an", "one"})


def _is_comparison(m: Mention) -> bool:
    """A time named only to compare with the period under discussion: "a year ago", "a year
    earlier", "the year-ago quarter", "the year-earlier period". Such a time is never the
    anchor of a later anaphor (see :meth:`Anchors.last`)."""
    g = m.groups
    if m.kind == "b_year_ago_adj":
        return True
    if m.kind == "b_ago":
        return g.get("unit", "").lower() == "year" and g.get("num", "").lower() in _ONE and g.get("dir", "").lower() in _BACK
    if m.kind == "b_quarter":
        rel = g.get("rel", "").lower()
        return rel.endswith(("year-ago", "year-earlier"))
    return False


def _fix_range_end(r: Resolved, first: Resolved, m: Mention) -> Resolved:
    """'between March and May': a year-less end follows its start, never precedes it."""
    if r.basis == "explicit" or r.anchor is None or first.anchor is None:
        return r
    if r.anchor.start >= first.anchor.start:
        return r
    if m.kind == "b_weekday" and r.anchor.grain == "day":
        # "from Monday to Wednesday": a weekday end is the first such day on or after the start
        weeks = -(-(first.anchor.start - r.anchor.start).days // 7)  # the whole weeks to reach the start, rounded up
        moved = cal.day(r.anchor.start + timedelta(weeks=weeks))
    else:
        moved = _with_year(r.anchor, r.anchor.start.year + 1)
    if moved is None or moved.start < first.anchor.start:
        return r
    end = moved.end if r.end is not None else None
    return Resolved(value=moved.value, type=r.type, grain=r.grain, mod=r.mod, start=r.start and moved.start,
                    end=end, basis=r.basis, anchor=moved, warnings=r.warnings)


def _to_time_value(text: str, m: Mention, r: Resolved) -> TimeValue:
    mod = r.mod if r.mod in _MODS else None
    grain = r.grain if r.grain in _GRAINS else None
    # Built without re-validation: the span is cut from ``text`` here and the interval comes
    # from calendar arithmetic, so both invariants hold by construction (and the hypothesis
    # tests check them).
    span = Span.model_construct(start=m.start, end=m.end, text=text[m.start : m.end])
    return TimeValue.model_construct(
        text=span.text,
        value=r.value,
        type=r.type,  # type: ignore[arg-type]
        grain=grain,  # type: ignore[arg-type]
        mod=mod,  # type: ignore[arg-type]
        start=r.start,
        end=r.end,
        basis=r.basis,  # type: ignore[arg-type]
        span=span,
    )
