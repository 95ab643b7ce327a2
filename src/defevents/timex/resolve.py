"""Turning a found :class:`~defevents.timex.finder.Mention` into a TIMEX3-style value.

The one place that does date arithmetic on mentions. Inputs are explicit: the reference date
(or ``None``), the tense of the clause, the anchors resolved earlier in the text, and two
document-level choices made by :mod:`defevents.timex.scan` (narrative anchoring, the order of
slashed dates). Nothing here reads the clock.

Conventions (documented in the package docstring): ``value`` follows TimeBank ("2025-03",
"2025-Q3", "2025-W11", "199" for the 1990s, "P2Y", "PRESENT_REF"); ``start``/``end`` are the
first and last days covered, narrowed for START/MID/END and opened for BEFORE/AFTER-type
signals ("by 2027": no start, end 2027-12-31; "since 2014": start 2014-01-01, no end).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import regex

from defevents.timex import calendar as cal
from defevents.timex.anaphora import Anchors
from defevents.timex.calendar import Interval
from defevents.timex.finder import Mention
from defevents.timex.patterns import MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from defevents.timex.tense import Tense

__all__ = ["Context", "Resolved", "resolve_mention"]


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
                bias *= 2  # a past-tense verb makes the past date likelier still
            if (ref - best.end).days > bias * (nxt.start - ref).days:
                return nxt
        return best
    if direction == "future":
        ok = [c for c in cands if c.end >= ref]
        best = min(ok, key=lambda c: c.start) if ok else max(cands, key=lambda c: c.start)
        earlier = [c for c in cands if c.end < ref]
        if earlier and best.grain != "day" and best.start > ref:
            # "third-quarter results are expected" written in November: the quarter just past
            prev = max(earlier, key=lambda c: c.start)
            if (best.start - ref).days > 2 * _PAST_BIAS * (ref - prev.end).days:
                return prev
        return best
    return min(cands, key=lambda c: min(abs((c.start - ref).days), abs((c.end - ref).days)) if not (c.start <= ref <= c.end) else -1)


# News looks back: a past day or month wins unless it is over 4x farther away than the next
# one (8x for seasons, quarters and halves; twice that again under a past-tense verb, since
# tense cues in wire copy are often the reporting clause's rather than the date's). A future-tense season or quarter likewise gives way
# to the one just ended only when that is over 8x closer.
_PAST_BIAS = 4


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


def resolve_mention(text: str, m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    """The value of mention ``m``. Never raises on odd input: impossible dates give value None."""
    try:
        r = _dispatch(text, m, ctx, anchors, tense)
    except _Unresolved:
        return Resolved(value=None, basis="relative")
    except (ValueError, OverflowError, KeyError) as exc:  # an impossible date or out-of-range year
        return Resolved(value=None, warnings=(f"could not resolve {text[m.start:m.end]!r}: {exc}",))
    return _apply_signal(r, m)


def _apply_signal(r: Resolved, m: Mention) -> Resolved:
    signal = {"from": "ON_OR_AFTER", "to": "ON_OR_BEFORE"}.get(m.range_role or "", m.signal)
    if signal == "WITHIN":
        if r.type == "DURATION" and r.mod is None:
            return _replace(r, mod="EQUAL_OR_LESS")
        return r
    if not signal or r.type not in ("DATE", "TIME") or r.start is None or r.end is None:
        return r
    if r.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return r
    if signal == "ON_OR_BEFORE":
        return _replace(r, mod=signal, start=None)
    if signal == "BEFORE":
        return _replace(r, mod=signal, start=None, end=r.start - timedelta(days=1))
    if signal == "AFTER":
        return _replace(r, mod=signal, start=r.end + timedelta(days=1), end=None)
    if signal == "ON_OR_AFTER":
        return _replace(r, mod=signal, end=None)
    return r


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



def _dispatch(text: str, m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    k = m.kind
    if k == "b_iso":
        d = date(int(g["year"]), int(g["mon"]), int(g["dnum"]))
        if "hh" in g:
            return Resolved(value=f"{d.isoformat()}T{g['hh']}:{g['mm']}", type="TIME", grain="minute",
                            start=d, end=d, anchor=cal.day(d))
        return _date_value(cal.day(d), m, "explicit")
    if k == "b_iso_month":
        return _date_value(cal.month(int(g["year"]), int(g["mon"])), m, "explicit")
    if k == "b_slash":
        return _slash(text, m, ctx)
    if k == "b_year":
        y = int(g["year"]) if "year" in g else _two_digit_year(int(g["yy"]), ctx)
        return _date_value(cal.year(y), m, "explicit")
    if k in ("b_dmy", "b_mdy"):
        return _day_month(text, m, ctx, anchors, tense)
    if k == "b_my":
        mon = _month_num(g["month"])
        if "yrel" in g:
            yc = _year_context(m, ctx, anchors)
            if yc is None:
                raise _Unresolved
            return _date_value(cal.month(yc[0], mon), m, yc[1])
        if "year" in g:
            y = int(g["year"])
        else:
            yy = int(g["apos"][1:])
            y = _two_digit_year(yy, ctx)
        return _date_value(cal.month(y, mon), m, "explicit")
    if k == "b_month":
        return _bare_month(m, ctx, anchors, tense)
    if k in ("b_qcode", "b_quarter"):
        return _quarter(text, m, ctx, anchors, tense)
    if k == "b_fiscal":
        y = int(g["year"])
        if "year2" in g:
            y2 = int(g["year2"])
            y = y2 if y2 >= 100 else (y - y % 100 + y2 if y >= 100 else y2)
        if y < 100:
            y = _two_digit_year(y, ctx)
        return _date_value(cal.year(y), m, "explicit")
    if k == "b_decade":
        if "dyear" in g:
            iv = cal.decade(int(g["dyear"]))
        else:
            short = g["dshort"][1:] if "dshort" in g else g["dshort2"]
            iv = cal.decade(_two_digit_year(int(short), ctx))
        r = _date_value(iv, m, "explicit")
        if m.qmod:
            return _replace(r, mod="APPROX")
        return r
    if k == "b_century":
        w = _norm(g["ordw"]).replace("-", " ")
        n = ORDINALS.get(w) or ORDINALS.get(w.replace(" ", "-"))
        if n is None:
            n = int(regex.sub(r"\D", "", w))
        if n < 1 or n > 99:
            raise ValueError("century out of range")
        return _date_value(cal.century((n - 1) * 100), m, "explicit")
    if k == "b_season":
        return _season(m, ctx, anchors, tense)
    if k == "b_holiday":
        return _holiday(m, ctx, anchors, tense)
    if k == "b_clock":
        return _clock(text, m, ctx, anchors, tense)
    if k == "b_era":
        y = int(g["eyear"])
        if g["era"].upper().startswith("B"):
            return Resolved(value=f"BC{y:04d}", grain="year", basis="explicit")
        return _date_value(cal.year(y), m, "explicit")
    if k == "b_ago":
        return _ago(m, ctx, anchors)
    if k == "b_unit_before":
        unit = g["unit"].lower()
        grain = _GRAIN_OF_UNIT.get(unit, "day")
        step = -1 if g["dir"].lower() in ("before", "earlier", "prior") else 1
        base, basis = _anchor_or_ref(grain, ctx, anchors)
        iv = cal.shift(cal.containing(base, grain), step)
        if unit == "weekend":
            iv = cal.weekend(iv.start)
        return _date_value(iv, m, basis)
    if k == "b_year_ago_adj":
        ref = _need_ref(ctx)
        grain = _GRAIN_OF_UNIT[g["unit"].lower()]
        return _date_value(cal.shift(cal.containing(ref, "year"), -1), m, "relative") if grain == "year" else \
            _date_value(cal.shift(cal.containing(ref, grain), -1), m, "relative")
    if k == "b_deictic":
        return _deictic(m, ctx)
    if k == "b_rel_pod":
        return _rel_pod(m, ctx, anchors)
    if k == "b_ref":
        return _ref_word(m, ctx)
    if k == "b_set":
        return _set(m)
    if k == "b_rel":
        return _relative(m, ctx, anchors, tense)
    if k == "b_duration":
        return _duration(m)
    if k == "b_yearend":
        # "by year-end": the end of the year in play (the last one mentioned, else the reference's)
        base, basis = _anchor_or_ref("year", ctx, anchors)
        iv = cal.year(base.year)
        n = cal.narrow(iv, "END")
        return Resolved(value=iv.value, grain="year", mod="END", start=n.start, end=n.end, basis=basis, anchor=iv)
    if k == "b_weekday":
        return _weekday(m, ctx, anchors, tense)
    return Resolved(value=None)


def _two_digit_year(yy: int, ctx: Context) -> int:
    if ctx.reference is not None:
        base = ctx.reference.year - ctx.reference.year % 100
        y = base + yy
        return y - 100 if y > ctx.reference.year + 20 else y
    return 2000 + yy if yy < 50 else 1900 + yy


def _slash(text: str, m: Mention, ctx: Context) -> Resolved:
    g = m.groups
    a, b = int(g["a"]), int(g["b"])
    y = int(g["y"])
    if y < 100:
        y = _two_digit_year(y, ctx)
    if g["sep"] == "." and len(g["y"]) == 2:
        raise ValueError("not a date")
    day_first = not ctx.month_first
    if a > 12:
        day_first = True
    elif b > 12:
        day_first = False
    d, mon = (a, b) if day_first else (b, a)
    dt = date(y, mon, d)
    return _date_value(cal.day(dt), m, "explicit")


def _anchor_or_ref(grain: str, ctx: Context, anchors: Anchors) -> tuple[date, str]:
    a = anchors.last(grain)
    if a is not None:
        return a.start, "anaphoric"
    return _need_ref(ctx), "relative"


def _day_month(text: str, m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    mon = _month_num(g["month"])
    d = int(g["day"])
    wd = _weekday_num(g["weekday"]) if "weekday" in g else None
    if "year" in g:
        y = int(g["year"])
        dt = _safe_date(y, mon, d)
        if dt is None:
            raise ValueError(f"no such date: {text[m.start:m.end]!r}")
        warn: tuple[str, ...] = ()
        if wd is not None and dt.weekday() != wd:
            warn = (f"weekday contradicts date in {text[m.start:m.end]!r}: {dt.isoformat()} is a {dt.strftime('%A')}",)
        return _date_value(cal.day(dt), m, "explicit", warnings=warn)
    if _safe_date(2024, mon, d) is None:
        raise ValueError(f"no such date: {text[m.start:m.end]!r}")
    na = _narrative_anchor(ctx, anchors)
    if na is not None and wd is None:
        y = na.start.year
        if na.grain in ("day", "month", "week") and mon < na.start.month - 1:
            y += 1
        dt = _safe_date(y, mon, d) or date(y, mon, 28)
        return _date_value(cal.day(dt), m, "anaphoric")
    if wd is not None:
        if ctx.reference is not None:
            base, basis = ctx.reference, "relative"
        elif na is not None:
            base, basis = na.start, "anaphoric"
        else:
            raise _Unresolved
        years = [y for y in range(base.year - 11, base.year + 12)
                 if (dt := _safe_date(y, mon, d)) is not None and dt.weekday() == wd]
        if not years:
            raise ValueError("weekday never matches")
        prefer_future = tense == "future"
        y = min(years, key=lambda y: (abs(y - base.year), (y < base.year) if prefer_future else (y > base.year)))
        return _date_value(cal.day(date(y, mon, d)), m, basis)
    ref = _need_ref(ctx)
    cands = [cal.day(dt) for y in _years_around(ref.year, 4 if (mon, d) == (2, 29) else 1) if (dt := _safe_date(y, mon, d))]
    iv = _pick(cands, ref, _direction(tense))
    if iv is None:
        raise ValueError("no such date near the reference")
    return _date_value(iv, m, "relative")


def _bare_month(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    mon = _month_num(m.groups["month"])
    na = _narrative_anchor(ctx, anchors)
    if na is not None:
        y = na.start.year
        if na.grain in ("day", "month", "week") and mon < na.start.month - 1:
            y += 1
        return _date_value(cal.month(y, mon), m, "anaphoric")
    ref = _need_ref(ctx)
    cands = [cal.month(y, mon) for y in _years_around(ref.year)]
    iv = _pick(cands, ref, _direction(tense))
    if iv is None:
        raise ValueError("no such date near the reference")
    return _date_value(iv, m, "relative")


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


def _quarter(text: str, m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    if m.kind == "b_qcode":
        is_half = g["qh"].upper() == "H"
        n = int(g["qn"])
    else:
        is_half = g["qword"].lower() == "half"
        ordw = _norm(g.get("ord"))
        n = ORDINALS.get(ordw, 0) if ordw else 0
        if ordw in ("last", "final"):
            n = 2 if is_half else 4
    grain = "half" if is_half else "quarter"
    if is_half and n > 2:
        raise ValueError("no such half")
    make = cal.half if is_half else cal.quarter
    yc = _year_context(m, ctx, anchors)
    if yc is not None and n:
        return _date_value(make(yc[0], n), m, yc[1])
    rel = _norm(g.get("rel"))
    if n:
        ordw = _norm(g.get("ord"))
        if ordw == "last" and not rel:
            ref = _need_ref(ctx)
            return _date_value(cal.shift(cal.containing(ref, grain), -1), m, "relative")
        na = _narrative_anchor(ctx, anchors)
        if na is not None:
            return _date_value(make(na.start.year, n), m, "anaphoric")
        ref = _need_ref(ctx)
        cands = [make(y, n) for y in _years_around(ref.year)]
        iv = _pick(cands, ref, _direction(tense))
        if iv is None:
            raise ValueError("no such date near the reference")
        if rel in ("last", "the previous", "the past") and iv.start > ref - timedelta(days=1):
            iv = cal.shift(iv, -2 if is_half else -4)
        if rel.endswith("year-ago") or rel.endswith("year-earlier"):
            iv = cal.shift(iv, -2 if is_half else -4)
        return _date_value(iv, m, "relative")
    # no ordinal: this / last / next quarter, the quarter
    if rel in ("this", "the current", "current"):
        return _date_value(cal.containing(_need_ref(ctx), grain), m, "relative")
    if rel in ("last", "the previous", "the past", "the latest", "latest"):
        return _date_value(cal.shift(cal.containing(_need_ref(ctx), grain), -1), m, "relative")
    if rel in ("next", "the coming"):
        return _date_value(cal.shift(cal.containing(_need_ref(ctx), grain), 1), m, "relative")
    if rel.endswith("year-earlier") or rel.endswith("year-ago"):
        base = cal.shift(cal.containing(_need_ref(ctx), grain), -1)
        return _date_value(cal.shift(base, -4 if grain == "quarter" else -2), m, "relative")
    a = anchors.last(grain)
    if a is not None and a.grain == grain:
        return _date_value(a, m, "anaphoric")
    if yc is not None:
        raise _Unresolved
    return _date_value(cal.shift(cal.containing(_need_ref(ctx), grain), -1), m, "relative")


def _season(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    s = SEASONS[g["season"].lower()]
    if "year" in g:
        return _date_value(cal.season(int(g["year"]), s), m, "explicit")
    rel = _norm(g.get("rel"))
    if rel in ("that", "the same", "that same"):
        base, basis = _anchor_or_ref("year", ctx, anchors)
        return _date_value(cal.season(base.year, s), m, basis)
    na = _narrative_anchor(ctx, anchors)
    if na is not None and rel in ("", "the"):
        return _date_value(cal.season(na.start.year, s), m, "anaphoric")
    ref = _need_ref(ctx)
    cands = [cal.season(y, s) for y in _years_around(ref.year, 2)]
    if rel in ("this", "this coming", "this past"):
        if s == "WI" and ref.month <= 2:
            return _date_value(cal.season(ref.year - 1, s), m, "relative")
        return _date_value(cal.season(ref.year, s), m, "relative")
    if rel in ("last", "the last", "the past", "past", "previous", "the previous"):
        ok = [c for c in cands if c.end < ref]
        return _date_value(max(ok, key=lambda c: c.start), m, "relative")
    if rel in ("next", "the next", "coming", "the coming", "following", "the following"):
        ok = [c for c in cands if c.start > ref]
        return _date_value(min(ok, key=lambda c: c.start), m, "relative")
    iv = _pick(cands, ref, _direction(tense))
    if iv is None:
        raise ValueError("no such date near the reference")
    return _date_value(iv, m, "relative")


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day_ = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day_)


def _nth_weekday(y: int, mon: int, wd: int, n: int) -> date:
    if n > 0:
        d = date(y, mon, 1)
        d += timedelta(days=(wd - d.weekday()) % 7)
        return d + timedelta(days=7 * (n - 1))
    d = date(y, mon, 28)
    while (d + timedelta(days=1)).month == mon:
        d += timedelta(days=1)
    return d - timedelta(days=(d.weekday() - wd) % 7)


def _holiday_date(name: str, y: int) -> date:
    n = _norm(name).replace("’", "'")
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
        "armistice day": (11, 11), "remembrance day": (11, 11), "veterans day": (11, 11),
        "victory day": (5, 9), "boxing day": (12, 26), "halloween": (10, 31), "valentine's day": (2, 14),
    }
    if n in fixed:
        return date(y, *fixed[n])
    if n.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 3, 4)
    if n.startswith("memorial"):
        return _nth_weekday(y, 5, 0, -1)
    if n.startswith("labor") or n.startswith("labour"):
        return _nth_weekday(y, 9, 0, 1)
    e = _easter(y)
    if n == "good friday":
        return e - timedelta(days=2)
    if n == "easter monday":
        return e + timedelta(days=1)
    return e


def _holiday(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    if "year" in g:
        return _date_value(cal.day(_holiday_date(g["holiday"], int(g["year"]))), m, "explicit")
    na = _narrative_anchor(ctx, anchors)
    if na is not None:
        return _date_value(cal.day(_holiday_date(g["holiday"], na.start.year)), m, "anaphoric")
    ref = _need_ref(ctx)
    cands = [cal.day(_holiday_date(g["holiday"], y)) for y in _years_around(ref.year)]
    iv = _pick(cands, ref, _direction(tense))
    if iv is None:
        raise ValueError("no such date near the reference")
    return _date_value(iv, m, "relative")


_ZONE = regex.compile(r"(?i)\b(?:GMT|UTC|Z)\b")


def _clock(text: str, m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    if "noon" in g:
        hh, mm = (0, 0) if g["noon"].lower() == "midnight" else (12, 0)
    else:
        hh, mm = int(g["hh"]), int(g.get("mm") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 23:
            raise ValueError("no such hour")
    zone = "Z" if _ZONE.search(text, m.start, m.end) else ""
    a = anchors.last("day")
    day_kind = "b_weekday" if "weekday" in g else "b_deictic" if "word" in g else "b_mdy" if "month" in g else None
    if day_kind is not None:
        # "5 p.m. EST Nov. 9", "noon Thursday": the day written next to the time
        day_groups = {k: v for k, v in g.items() if k in ("weekday", "word", "month", "day")}
        # "polls open at 9 a.m. Tuesday": a clock time on a weekday is usually announced ahead
        r = _dispatch(text, Mention(m.start, m.end, day_kind, day_groups), ctx, anchors, tense or "present")
        if r.start is None:
            raise _Unresolved
        d, basis = r.start, r.basis
    elif a is not None and a.grain == "day" and anchors.items and anchors.items[-1][0] is a:
        d, basis = a.start, "anaphoric"
    else:
        d, basis = _need_ref(ctx), "relative"
    return Resolved(value=f"{d.isoformat()}T{hh:02d}:{mm:02d}{zone}", type="TIME", grain="minute",
                    mod=_QMOD.get(_norm(m.qmod)) if m.qmod else None, start=d, end=d, basis=basis)


def _ago(m: Mention, ctx: Context, anchors: Anchors) -> Resolved:
    g = m.groups
    unit = g["unit"].lower()
    dir_ = _norm(g["dir"])
    n = _number(g.get("num"))
    grain = _GRAIN_OF_UNIT.get(unit, "day")
    back = dir_ in ("ago", "earlier", "before", "previously", "back")
    from_ref = dir_ in ("ago", "from now", "hence", "back")
    if from_ref:
        base, basis = _need_ref(ctx), "relative"
    else:
        base, basis = _anchor_or_ref(grain, ctx, anchors)
    mod = _QMOD.get(_norm(m.qmod)) if m.qmod else None
    if mod in ("MORE_THAN", "LESS_THAN"):
        mod = ("BEFORE" if mod == "MORE_THAN" else "AFTER") if back else ("AFTER" if mod == "MORE_THAN" else "BEFORE")
    elif mod is not None:
        mod = "APPROX"
    if n is None:
        value = "PAST_REF" if back else "FUTURE_REF"
        return Resolved(value=value, basis=basis)
    mult, code = _UNIT_CODE.get(unit, (1, "D"))
    steps = n * mult
    sign = -1 if back else 1
    if unit in ("hour", "minute", "second"):
        delta = {"hour": timedelta(hours=steps), "minute": timedelta(minutes=steps), "second": timedelta(seconds=steps)}[unit]
        d = base + (-delta if back else delta) if isinstance(base, date) else base
        iv = cal.day(d)
        return Resolved(value=iv.value, grain="day", mod=mod, start=iv.start, end=iv.end, basis=basis, anchor=iv)
    if steps != int(steps):
        # "two and a half years ago": count in months
        if grain == "year":
            grain, steps = "month", round(steps * 12)
        else:
            steps = round(steps)
    # months per step: steps already count years for decades and centuries, months for quarters
    months = {"year": 12, "decade": 12, "century": 12, "quarter": 1, "month": 1}.get(grain)
    anchor = anchors.last(grain) if not from_ref else None
    if from_ref and grain == "year" and anchors.items:
        # "profit rose in the third quarter from a year ago": the quarter a year back
        last = anchors.items[-1][0]
        if last.grain == "quarter" and abs((last.start - base).days) < 200:
            anchor = last
    if anchor is not None and months is not None and anchor.grain in ("day", "week", "month", "quarter") and n == 1:
        # "a year earlier" keeps the grain of what it is anchored on: the 1988 third quarter,
        # not just 1988 (TimeBank); "twenty years earlier" is a year ("1930", WikiWars)
        y, mo = _add_months(anchor.start.year, anchor.start.month, sign * int(steps) * months)
        moved = _safe_date(y, mo, min(anchor.start.day, 28)) or date(y, mo, 1)
        iv = cal.containing(moved, anchor.grain)
    elif grain in ("decade", "century"):
        iv = cal.shift(cal.year(base.year), sign * int(steps))
    elif grain == "quarter":
        iv = cal.shift(cal.containing(base, "month"), sign * int(steps) * 3)
    else:
        iv = cal.shift(cal.containing(base, grain), sign * int(steps))
    return Resolved(value=iv.value, grain=iv.grain, mod=mod, start=iv.start, end=iv.end, basis=basis, anchor=iv)


def _deictic(m: Mention, ctx: Context) -> Resolved:
    g = m.groups
    ref = _need_ref(ctx)
    word = _norm(g.get("word") or g.get("dd"))
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "before yesterday": -2, "after tomorrow": 2}[word]
    d = ref + timedelta(days=off)
    pod = _norm(g.get("pod"))
    if word == "tonight":
        pod = "night"
    if pod:
        code = PARTS_OF_DAY[pod]
        return Resolved(value=f"{d.isoformat()}T{code}", type="TIME", grain="hour", mod=_part_mod(m.part),
                        start=d, end=d, basis="relative", anchor=cal.day(d))
    r = _date_value(cal.day(d), m, "relative")
    return r


def _rel_pod(m: Mention, ctx: Context, anchors: Anchors) -> Resolved:
    g = m.groups
    rel = _norm(g["rel"])
    pod = PARTS_OF_DAY[_norm(g["pod"])]
    if rel in ("this",):
        d, basis = _need_ref(ctx), "relative"
    elif rel == "last":
        d, basis = _need_ref(ctx) - timedelta(days=1 if pod in ("NI", "EV") else 1), "relative"
    else:
        d, basis = _anchor_or_ref("day", ctx, anchors)
        if rel in ("the following", "the next"):
            d += timedelta(days=1)
        elif rel == "the previous":
            d -= timedelta(days=1)
    return Resolved(value=f"{d.isoformat()}T{pod}", type="TIME", grain="hour", start=d, end=d, basis=basis,
                    anchor=cal.day(d))


def _ref_word(m: Mention, ctx: Context) -> Resolved:
    w = _norm(m.groups["ref"])
    ref = ctx.reference
    if w in ("now", "nowadays", "currently", "presently", "at present", "these days", "at the moment",
             "the time being", "the present"):
        return Resolved(value="PRESENT_REF", start=ref, end=ref, basis="relative")
    if "future" in w or w in ("soon", "shortly") or w.endswith("term"):
        return Resolved(value="FUTURE_REF", start=ref, end=None, basis="relative")
    if w.startswith("recent ") and w != "recent times":
        # "in recent years": TimeBank annotates an unknown number of years (PXY)
        unit = w.split()[1].rstrip("s")
        code = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE"}.get(unit, "Y")
        return Resolved(value=f"PX{code}", type="DURATION", basis="explicit")
    return Resolved(value="PAST_REF", start=None, end=ref, basis="relative")


def _set(m: Mention) -> Resolved:
    g = m.groups
    if "adv" in g:
        adv = g["adv"].lower().replace("-", "")
        value = {
            "annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
            "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biannually": "P6M", "biweekly": "P2W",
            "bimonthly": "P2M", "semiannually": "P6M", "fortnightly": "P2W",
        }[adv]
        return Resolved(value=value, type="SET", basis="explicit")
    if "weekday" in g:
        return Resolved(value=f"XXXX-WXX-{_weekday_num(g['weekday']) + 1}", type="SET", grain="day", basis="explicit")
    if "month" in g:
        return Resolved(value=f"XXXX-{_month_num(g['month']):02d}", type="SET", grain="month", basis="explicit")
    if "season" in g:
        return Resolved(value=f"XXXX-{SEASONS[g['season'].lower()]}", type="SET", grain="season", basis="explicit")
    if "pod" in g:
        return Resolved(value=f"XXXX-XX-XXT{PARTS_OF_DAY[g['pod'].lower()]}", type="SET", grain="hour", basis="explicit")
    unit = g["unit"].lower()
    n = _number(g.get("snum")) or 1.0
    if g.get("other"):
        n = 2.0
    mult, code = _UNIT_CODE.get(unit, (1, "D"))
    return Resolved(value=_duration_value(n * mult, code), type="SET", grain=_GRAIN_OF_UNIT.get(unit), basis="explicit")


def _duration_value(n: float | None, code: str) -> str:
    if n is None:
        return ("PTX" + code[1:]) if code.startswith("T") else f"PX{code}"
    if code.startswith("T"):
        return f"PT{_fmt(n)}{code[1:]}"
    return f"P{_fmt(n)}{code}"


def _duration(m: Mention) -> Resolved:
    g = m.groups
    unit = g["unit"].lower()
    num = g.get("num")
    n = _number(num) if num else (None if not g.get("drel") and not g.get("long") else 1.0)
    if not num and g.get("plural"):
        n = None  # "the past years", "decades-long": an unknown number of units
    mult, code = _UNIT_CODE.get(unit, (1, "D"))
    if n is None and unit in _FUZZY_CODE:
        value = f"PX{_FUZZY_CODE[unit]}"
    else:
        value = _duration_value(None if n is None else n * mult, code)
    mod = _QMOD.get(_norm(m.qmod)) if m.qmod else None
    return Resolved(value=value, type="DURATION", mod=mod, basis="explicit")


def _weekday(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    wd = _weekday_num(g["weekday"])
    na = _narrative_anchor(ctx, anchors)
    a = anchors.last("day")
    if na is not None and a is not None and a.grain == "day":
        base, basis, direction = a.start, "anaphoric", "future"
    else:
        base, basis, direction = _need_ref(ctx), "relative", _direction(tense)
        if direction == "news":
            direction = "past"
    if direction == "past":
        d = base - timedelta(days=(base.weekday() - wd) % 7)
    elif direction == "future":
        d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
    else:
        back = base - timedelta(days=(base.weekday() - wd) % 7)
        fwd = base + timedelta(days=(wd - base.weekday()) % 7)
        d = back if (base - back) <= (fwd - base) else fwd
    pod = _norm(g.get("pod"))
    if pod:
        return Resolved(value=f"{d.isoformat()}T{PARTS_OF_DAY[pod]}", type="TIME", grain="hour",
                        mod=_part_mod(m.part), start=d, end=d, basis=basis, anchor=cal.day(d))
    return _date_value(cal.day(d), m, basis)


def _relative(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    rel = _norm(g["rel"])
    if "weekday" in g:
        wd = _weekday_num(g["weekday"])
        if rel in _SAME or rel in _PREV or rel in _FOLLOW:
            base, basis = _anchor_or_ref("day", ctx, anchors)
        else:
            base, basis = _need_ref(ctx), "relative"
        if rel in _LAST or rel in _PREV:
            d = base - timedelta(days=(base.weekday() - wd) % 7 or 7)
        elif rel in _NEXT or rel in _FOLLOW:
            d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
        else:
            d = base - timedelta(days=base.weekday()) + timedelta(days=wd)
        return _date_value(cal.day(d), m, basis)
    if "month" in g:
        mon = _month_num(g["month"])
        if rel in _SAME:
            base, basis = _anchor_or_ref("year", ctx, anchors)
            return _date_value(cal.month(base.year, mon), m, basis)
        ref = _need_ref(ctx)
        if rel in _THIS:
            return _date_value(cal.month(ref.year, mon), m, "relative")
        if rel in _LAST or rel in _PREV or rel in _DUR:
            y = ref.year if mon < ref.month else ref.year - 1
            return _date_value(cal.month(y, mon), m, "relative")
        y = ref.year if mon > ref.month else ref.year + 1
        return _date_value(cal.month(y, mon), m, "relative")
    unit = _norm(g["unit"])
    mod_end = unit in ("year-end", "month-end")
    if unit in ("fiscal year", "calendar year", "year-end"):
        unit = "year"
    if unit == "month-end":
        unit = "month"
    grain = _GRAIN_OF_UNIT[unit]
    if unit == "weekend" and rel == "the" and _narrative_anchor(ctx, anchors) is None:
        # "over the weekend": the weekend before (or, in the future tense, after) the reference
        ref = _need_ref(ctx)
        cands = [cal.weekend(ref + timedelta(days=7 * k)) for k in (-1, 0, 1)]
        direction = _direction(tense)
        iv = _pick(cands, ref, "past" if direction == "news" else direction)
        if iv is None:
            raise ValueError("no weekend near the reference")
        return _date_value(iv, m, "relative")
    if rel in _DUR:
        mult, code = _UNIT_CODE.get(unit, (1, "D")) if unit != "weekend" else (2, "D")
        return Resolved(value=_duration_value(float(mult), code), type="DURATION", basis="explicit")
    if rel in _THIS or rel in _LAST or rel in _NEXT:
        ref = _need_ref(ctx)
        off = 0 if rel in _THIS else (-1 if rel in _LAST else 1)
        iv = cal.shift(cal.containing(ref, grain), off)
        basis = "relative"
    else:
        base, basis = _anchor_or_ref(grain, ctx, anchors)
        off = -1 if rel in _PREV else (1 if rel in _FOLLOW else 0)
        iv = cal.shift(cal.containing(base, grain), off)
    if unit == "weekend":
        iv = cal.weekend(iv.start)
    r = _date_value(iv, m, basis)
    if mod_end and r.mod is None:
        n = cal.narrow(iv, "END")
        r = _replace(r, mod="END", start=n.start, end=n.end)
    return r
