"""Shared pieces of resolution: the Context and Resolved records, word tables, and helpers
for picking among candidate periods, anchoring, and building a dated result.

Everything here is a pure function of its arguments; the kind-specific resolvers live in
:mod:`.absolute` (calendar dates written with their parts), :mod:`.relative` (dates read off the
reference or an earlier time) and :mod:`.amounts` (durations and sets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import regex

from defevents.timex import calendar as cal
from defevents.timex.anaphora import Anchors
from defevents.timex.calendar import Interval
from defevents.timex.mention import Mention
from defevents.timex.patterns import MONTHS, NUMBER_WORDS, WEEKDAYS
from defevents.timex.tense import Tense


@dataclass(frozen=True, slots=True)
class Context:
    """Document-level inputs to resolution."""

    reference: date | None
    narrative: bool = False
    month_first: bool = False


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved value, before it becomes a TimeValue with a span."""

    value: str | None
    type: str = "DATE"
    grain: str | None = None
    mod: str | None = None
    start: date | None = None
    end: date | None = None
    basis: str = "explicit"
    anchor: Interval | None = None  # what later anaphora may refer to
    warnings: tuple[str, ...] = field(default_factory=tuple)
_PART_MOD = (
    ("first", "START"), ("early", "START"), ("beginning", "START"), ("start", "START"), ("dawn", "START"),
    ("earlier", "START"), ("late", "END"), ("end", "END"), ("close", "END"), ("last", "END"),
    ("latter", "END"), ("later", "END"), ("mid", "MID"), ("middle", "MID"), ("turn", "APPROX"),
)
_QMOD = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "upwards of": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN", "close to": "LESS_THAN",
    "the better part of": "LESS_THAN", "about": "APPROX", "around": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "more or less": "APPROX", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
_UNIT_CODE = {
    "year": (1, "Y"), "yr": (1, "Y"), "month": (1, "M"), "week": (1, "W"), "fortnight": (2, "W"),
    "day": (1, "D"), "hour": (1, "TH"), "minute": (1, "TM"), "second": (1, "TS"), "decade": (10, "Y"),
    "century": (100, "Y"), "centurie": (100, "Y"), "quarter": (3, "M"),
}
_FUZZY_CODE = {"decade": "DE", "century": "CE", "centurie": "CE", "fortnight": "W", "quarter": "Q"}
_GRAIN_OF_UNIT = {
    "year": "year", "yr": "year", "month": "month", "week": "week", "fortnight": "week", "day": "day",
    "decade": "decade", "century": "century", "centurie": "century", "quarter": "quarter",
    "hour": "day", "minute": "day", "second": "day", "weekend": "week", "night": "day",
}
_THIS = {"this", "current", "the current", "the present"}
_LAST = {"last", "this past"}
_NEXT = {"next", "coming", "this coming", "upcoming", "the coming", "the upcoming"}
_DUR = {"the past", "the last", "past"}
_PREV = {"the previous", "the preceding", "previous", "the prior", "prior"}
_FOLLOW = {"the following", "following", "the next", "the subsequent"}
_SAME = {"that", "that same", "the same", "same", "this same", "the very same", "the"}
_WS = regex.compile(r"\s+")


# News looks back. With no tense cue, a past day or month wins unless it is over 4x farther
# away than the next one (8x for seasons, quarters and halves); under a past-tense verb, unless
# it is over 16x (32x) farther: "the vote on 23 February" written on 20 January is next month's,
# "troops crossed on 23 February" is last year's unless nothing else fits. (A strict past rule
# scores about a point lower on the TimeBank, AQUAINT and MEANTIME news: tense cues in wire copy
# are often wrong for the date.) A future-tense season or quarter likewise gives way to the one
# just ended only when that is over 8x closer.
_PAST_BIAS = 4


def _norm(s: str | None) -> str:
    return _WS.sub(" ", s.strip().lower()) if s else ""


def _month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _weekday_num(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def _number(s: str | None) -> float | None:
    """'two' -> 2, 'twenty-four' -> 24, '2.5' -> 2.5, 'a' -> 1, 'several' -> None."""
    s = _norm(s)
    if not s:
        return 1.0
    extra = 0.0
    if s.endswith(" and a half"):
        s, extra = s[: -len(" and a half")], 0.5
    elif s.endswith("1/2"):
        s, extra = s[:-3].rstrip(), 0.5
    if regex.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) + extra
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s]) + extra
    parts = regex.split(r"[-\s]+", s)
    if parts and all(p in NUMBER_WORDS for p in parts):
        return float(sum(NUMBER_WORDS[p] for p in parts)) + extra
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _part_mod(part: str | None) -> str | None:
    p = _norm(part)
    if not p:
        return None
    for word, mod in _PART_MOD:
        if word in p:
            return mod
    return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _pick(cands: list[Interval], ref: date, direction: str) -> Interval | None:
    """The candidate to use: latest not after ``ref`` (past), earliest not before (future), nearest."""
    if not cands:
        return None
    if direction in ("past", "news"):
        # The latest occurrence not after the reference, unless that is far back and the next
        # one is close ("the dividend is payable Jan. 14", written on 5 January).
        ok = [c for c in cands if c.start <= ref]
        best = max(ok, key=lambda c: c.start) if ok else min(cands, key=lambda c: c.start)
        later = [c for c in cands if c.start > ref]
        if later and best.start <= ref:
            nxt = min(later, key=lambda c: c.start)
            bias = _PAST_BIAS if best.grain in ("day", "month") else 2 * _PAST_BIAS
            if direction == "past":
                bias *= 4  # a past-tense verb makes the past date much likelier
            if (ref - best.end).days > bias * (nxt.start - ref).days:
                return nxt
        return best
    if direction == "future":
        ok = [c for c in cands if c.end >= ref]
        best = min(ok, key=lambda c: c.start) if ok else max(cands, key=lambda c: c.start)
        earlier = [c for c in cands if c.end < ref]
        if earlier and best.start > ref:
            # "third-quarter results are expected" written in November: the quarter just past;
            # "ordered to leave by Jan. 14" written on 15 January: the day before, not next year's
            prev = max(earlier, key=lambda c: c.start)
            bias = 16 * _PAST_BIAS if best.grain == "day" else 2 * _PAST_BIAS
            if (best.start - ref).days > bias * (ref - prev.end).days:
                return prev
        return best
    return min(cands, key=lambda c: min(abs((c.start - ref).days), abs((c.end - ref).days)) if not (c.start <= ref <= c.end) else -1)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _years_around(y: int, k: int = 1) -> range:
    return range(max(1, y - k), min(9998, y + k) + 1)


def _direction(tense: Tense | None) -> str:
    """past: latest not after the reference; future: next; present: nearest; no cue: "news",
    the latest unless the next one is much closer (see _PAST_BIAS)."""
    if tense is None:
        return "news"
    return {"past": "past", "future": "future"}.get(tense, "nearest")


class _Unresolved(Exception):
    """Raised inside resolution when a relative value has nothing to anchor on."""


def _replace(r: Resolved, **kw: object) -> Resolved:
    data = {f: getattr(r, f) for f in Resolved.__dataclass_fields__}
    data.update(kw)
    return Resolved(**data)  # type: ignore[arg-type]


def _date_value(iv: Interval, m: Mention, basis: str, *, warnings: tuple[str, ...] = ()) -> Resolved:
    mod = _part_mod(m.part)
    narrowed = cal.narrow(iv, mod) if mod else iv
    return Resolved(
        value=iv.value, type="DATE", grain=iv.grain, mod=mod, start=narrowed.start, end=narrowed.end,
        basis=basis, anchor=iv, warnings=warnings,
    )


def _need_ref(ctx: Context) -> date:
    if ctx.reference is None:
        raise _Unresolved
    return ctx.reference


def _narrative_anchor(ctx: Context, anchors: Anchors) -> Interval | None:
    """In narrative texts, the last time mentioned (not one read off the reference) stands in
    for the reference. News keeps the reference: there a date written in another year just
    before ("in March 1998 ... on March 12") is no better a guide than the tense (measured)."""
    if not ctx.narrative:
        return None
    a = anchors.last("year", skip_relative=True)
    if a is None or (ctx.reference is not None and abs(a.start.year - ctx.reference.year) <= 1):
        return None
    return a


_FINE_GRAINS = frozenset({"day", "week", "month"})


def _narrative_year(na: Interval, anchors: Anchors, mon: int) -> int:
    """The year of a year-less month ``mon`` in a narrative anchored on ``na``. Narratives move
    forward: a month well before the last one mentioned ("December 1941 ... in January") is in
    the next year, also when a bare year restates the last month's ("On December 7, 1941, ...
    In January")."""
    y = na.start.year
    fine = na if na.grain in _FINE_GRAINS else anchors.newest(_FINE_GRAINS)
    if fine is not None and fine.start.year == y and mon < fine.start.month - 3:
        y += 1
    return y


def _two_digit_year(yy: int, ctx: Context) -> int:
    if ctx.reference is not None:
        base = ctx.reference.year - ctx.reference.year % 100
        y = base + yy
        return y - 100 if y > ctx.reference.year + 20 else y
    return 2000 + yy if yy < 50 else 1900 + yy


def _anchor_or_ref(grain: str, ctx: Context, anchors: Anchors) -> tuple[date, str]:
    a = anchors.last(grain)
    if a is not None:
        return a.start, "anaphoric"
    return _need_ref(ctx), "relative"


def _year_context(m: Mention, ctx: Context, anchors: Anchors) -> tuple[int, str] | None:
    g = m.groups
    if "year" in g:
        y = int(g["year"])
        return y, "explicit"
    if "year2" in g:
        y2 = g["year2"]
        return (int(y2) if len(y2) == 4 else _two_digit_year(int(y2.lstrip("'’")), ctx)), "explicit"
    yrel = _norm(g.get("yrel"))
    if not yrel:
        return None
    if yrel in ("that", "the same"):
        base, basis = _anchor_or_ref("year", ctx, anchors)
        return base.year, basis
    if yrel in ("the previous", "the preceding", "the following"):
        base, basis = _anchor_or_ref("year", ctx, anchors)
        return base.year + (1 if yrel == "the following" else -1), basis
    ref = _need_ref(ctx)
    off = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(yrel, 0)
    if yrel == "the":
        a = anchors.last("year")
        if a is not None:
            return a.start.year, "anaphoric"
    return ref.year + off, "relative"


def _duration_value(n: float | None, code: str) -> str:
    if n is None:
        return ("PTX" + code[1:]) if code.startswith("T") else f"PX{code}"
    if code.startswith("T"):
        return f"PT{_fmt(n)}{code[1:]}"
    return f"P{_fmt(n)}{code}"
