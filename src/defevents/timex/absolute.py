"""Resolving calendar dates written with their parts: day and month (with or without a year or
weekday), slashed dates, bare months, quarters and halves, seasons, holidays and clock times.
A missing year comes from the clause tense (see :func:`._base._pick`) or, in narratives, from
the last date the text mentioned.
"""

from __future__ import annotations

from datetime import date, timedelta

from .. import _lazy_regex as regex

from defevents.timex import calendar as cal
from defevents.timex.anaphora import Anchors
from defevents.timex.calendar import Interval
from defevents.timex.mention import Mention
from defevents.timex.patterns import NUMBER_WORDS, ORDINALS, SEASONS
from defevents.timex.tense import Tense
from defevents.timex.relative import _deictic, _weekday
from defevents.timex._base import (
    _anchor_or_ref,
    _date_value,
    _direction,
    _month_num,
    _narrative_anchor,
    _narrative_year,
    _need_ref,
    _norm,
    _pick,
    _QMOD,
    _safe_date,
    _two_digit_year,
    _Unresolved,
    _weekday_num,
    _year_context,
    _years_around,
    Context,
    Resolved,
)


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
    warn: tuple[str, ...] = ()
    if a <= 12 and b <= 12 and a != b:
        order = "day-first" if day_first else "month-first (as the text writes its dates)"
        warn = (f"ambiguous slashed date {text[m.start:m.end]!r} read {order} as {dt.isoformat()}",)
    return _date_value(cal.day(dt), m, "explicit", warnings=warn)


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
        y = _narrative_year(na, anchors, mon)
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


_NTH_ANCHOR_REACH = 300  # a month written this close before "on the 4th" is the month in play


def _nth_day(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    """"on the 4th", "by the 15th of next month": a day of the month in play. That month is the
    one named ("of last month"), else that of a day or month told just before ("On 3 June ... on
    the 5th"), else the nearest month around the reference in which the day fits the tense."""
    d = int(m.groups["day"])
    rel = _norm(m.groups.get("mrel"))
    near = next((iv for iv, basis, end in reversed(anchors.items)
                 if basis != "comparison" and iv.grain in ("day", "month") and m.start - end <= _NTH_ANCHOR_REACH), None)
    if rel in ("the same", "that"):
        month, basis = (near or anchors.last("month")), "anaphoric"
        if month is None:
            raise _Unresolved
    elif rel:
        ref = _need_ref(ctx)
        month, basis = cal.shift(cal.month(ref.year, ref.month), {"this": 0, "last": -1, "next": 1}[rel]), "relative"
    elif near is not None:
        month, basis = near, "anaphoric"
    else:
        ref = _need_ref(ctx)
        this = cal.month(ref.year, ref.month)
        cands = [cal.day(dt) for k in (-1, 0, 1)
                 if (mo := cal.shift(this, k)) and (dt := _safe_date(mo.start.year, mo.start.month, d))]
        iv = _pick(cands, ref, _direction(tense))
        if iv is None:
            raise ValueError("no such day near the reference")
        return _date_value(iv, m, "relative")
    dt = _safe_date(month.start.year, month.start.month, d)
    if dt is None:
        raise ValueError(f"no day {d} in {month.start:%Y-%m}")
    return _date_value(cal.day(dt), m, basis)


def _bare_month(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    mon = _month_num(m.groups["month"])
    na = _narrative_anchor(ctx, anchors)
    if na is not None:
        return _date_value(cal.month(_narrative_year(na, anchors, mon), mon), m, "anaphoric")
    ref = _need_ref(ctx)
    cands = [cal.month(y, mon) for y in _years_around(ref.year)]
    iv = _pick(cands, ref, _direction(tense))
    if iv is None:
        raise ValueError("no such date near the reference")
    return _date_value(iv, m, "relative")


def _fiscal_quarter(m: Mention) -> Resolved:
    """A quarter of a split fiscal year ("the third quarter of FY2023-24"), counted from April of its
    first year, as in India, the UK, Japan and Canada: the first quarter is April to June, a calendar
    quarter one on (fiscal years that start in July, as in Australia or Pakistan, are not told apart)."""
    g = m.groups
    year = int(g["year"])
    ordw = _norm(g.get("ord"))
    n = int(g["qn"]) if g.get("qn") else (4 if ordw in ("last", "final") else ORDINALS.get(ordw, 0))
    if not 1 <= n <= 4:
        raise ValueError("no such quarter")
    q = n + 1
    return _date_value(cal.quarter(year + 1, q - 4) if q > 4 else cal.quarter(year, q), m, "explicit")


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
    rel = _norm(g.get("rel"))
    if not n and rel in ("last", "the last") and yc is not None:
        # "the last half of 2025", "last year's last quarter": the ordinal, not the one before
        n, rel = (2 if is_half else 4), ""
    year_back = "ly" in g or rel.endswith(("year-ago", "year-earlier"))
    if m.kind == "b_quarter" and g["qword"].lower() == "period" and not n:
        # "the latest period", "the 1988 period", "the same period last year": the reporting
        # period under discussion (a quarter, half or month), in another year if one is named
        base, basis = _period_in_play(ctx, anchors, _PERIOD_GRAINS)
        if yc is not None:
            return _date_value(_in_year(base, yc[0]), m, basis)
        return _date_value(_in_year(base, base.start.year - 1) if year_back else base, m, basis)
    if yc is not None and n:
        return _date_value(make(yc[0], n), m, yc[1])
    if yc is not None and m.kind == "b_quarter" and g.get("yrel", "").lower() in ("this", "last", "next") or (
        yc is not None and not n and "year" in g and m.spans.get("year", (0, 0))[0] < m.spans["qword"][0]
    ):
        # "last year's quarter", "the 1988 quarter": the quarter under discussion, in that year
        base, basis = _period_in_play(ctx, anchors, frozenset({grain}))
        return _date_value(_in_year(base, yc[0]), m, basis)
    if year_back and not n:
        # "the year-ago quarter", "the same quarter last year": the one under discussion, a year back
        base, basis = _period_in_play(ctx, anchors, frozenset({grain}))
        return _date_value(_in_year(base, base.start.year - 1), m, basis)
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
        if year_back:
            iv = cal.shift(iv, -2 if is_half else -4)
        return _date_value(iv, m, "relative")
    # no ordinal: this / last / next quarter, the quarter
    if rel in ("this", "the current", "current"):
        return _date_value(cal.containing(_need_ref(ctx), grain), m, "relative")
    if rel in ("last", "the previous", "the past", "the latest", "latest"):
        return _date_value(cal.shift(cal.containing(_need_ref(ctx), grain), -1), m, "relative")
    if rel in ("next", "the coming"):
        return _date_value(cal.shift(cal.containing(_need_ref(ctx), grain), 1), m, "relative")
    a = anchors.last(grain)
    if a is not None and a.grain == grain:
        return _date_value(a, m, "anaphoric")
    if yc is not None:
        raise _Unresolved
    return _date_value(cal.shift(cal.containing(_need_ref(ctx), grain), -1), m, "relative")


_PERIOD_GRAINS = frozenset({"month", "quarter", "half"})
_PER_YEAR = {"month": 12, "quarter": 4, "half": 2, "season": 4}


def _period_in_play(ctx: Context, anchors: Anchors, grains: frozenset[str]) -> tuple[Interval, str]:
    """The reporting period the text is discussing: the newest one it named (not a comparison,
    not after the reference), else the quarter before the reference's."""
    ref = _need_ref(ctx)
    a = anchors.newest(grains, not_after=ref)
    if a is not None:
        return a, "anaphoric"
    grain = "half" if grains == frozenset({"half"}) else "quarter"
    return cal.shift(cal.containing(ref, grain), -1), "relative"


def _in_year(iv: Interval, y: int) -> Interval:
    """The same quarter, half or month of year ``y``."""
    return cal.shift(iv, (y - iv.start.year) * _PER_YEAR.get(iv.grain, 1))


def _season(m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    g = m.groups
    s = SEASONS[g["season"].lower()]
    if "year" in g or "yrel" in g:  # "summer 2024", "the autumn of last year"
        yc = _year_context(m, ctx, anchors)
        if yc is not None:
            return _date_value(cal.season(yc[0], s), m, yc[1])
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
        podc = (g.get("podc") or "").lower()
        if podc:  # "4 in the morning", "8 in the evening", "11 at night" (but "2 at night" is 02:00)
            ampm = "am" if "morning" in podc or (podc.endswith("night") and hh < 5) else "pm"
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
        day_mention = Mention(m.start, m.end, day_kind, day_groups)
        day_tense: Tense = tense or "present"
        if day_kind == "b_weekday":
            r = _weekday(day_mention, ctx, anchors, day_tense)
        elif day_kind == "b_deictic":
            r = _deictic(day_mention, ctx)
        else:
            r = _day_month(text, day_mention, ctx, anchors, day_tense)
        if r.start is None:
            raise _Unresolved
        d, basis = r.start, r.basis
    elif a is not None and a.grain == "day" and anchors.items and anchors.items[-1][0] is a:
        d, basis = a.start, "anaphoric"
    else:
        d, basis = _need_ref(ctx), "relative"
    return Resolved(value=f"{d.isoformat()}T{hh:02d}:{mm:02d}{zone}", type="TIME", grain="minute",
                    mod=_QMOD.get(_norm(m.qmod)) if m.qmod else None, start=d, end=d, basis=basis)


def _week_of(text: str, m: Mention, ctx: Context, anchors: Anchors, tense: Tense | None) -> Resolved:
    """"the week of March 6": the ISO week of that day. "the first week of March": the ISO week
    holding the 4th, as ISO 8601's first week of a year holds 4 January (the 11th for the
    second...; for "the last week", the week holding the fourth-last day)."""
    g = m.groups
    ordw = _norm(g.get("ord"))
    if "day" in g:
        day_groups = {k: v for k, v in g.items() if k in ("month", "day", "year")}
    else:
        day_groups = {k: v for k, v in g.items() if k in ("month", "year")}
        day_groups["day"] = "1"
    r = _day_month(text, Mention(m.start, m.end, "b_mdy", day_groups), ctx, anchors, tense)
    if r.start is None:
        raise _Unresolved
    d = r.start
    if "day" not in g and ordw:
        if ordw in ("last", "final"):
            d = cal.month(d.year, d.month).end - timedelta(days=3)
        else:
            d = d + timedelta(days=3 + 7 * ({"first": 1, "second": 2, "third": 3, "fourth": 4}[ordw] - 1))
    elif "day" not in g:
        return r  # "week of March": no day to pin the week on
    return _date_value(cal.week(d), m, r.basis)


def _spelled_year(words: str) -> int:
    """'nineteen ninety-six' -> 1996, 'two thousand and five' -> 2005, 'nineteen oh five' -> 1905."""
    parts = [p for p in regex.split(r"[\s-]+", words.lower()) if p not in ("and", "hundred", "oh")]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBER_WORDS[p] for p in parts[2:])
    return NUMBER_WORDS[parts[0]] * 100 + sum(NUMBER_WORDS[p] for p in parts[1:])


def _spelled(m: Mention, ctx: Context) -> Resolved:
    """A year said in words, with its month if one comes first; "the nineties"."""
    g = m.groups
    if "wdecade" in g:
        tens = NUMBER_WORDS[g["wdecade"].lower()[:-3] + "y"]  # "nineties" -> "ninety"
        return _date_value(cal.decade(_two_digit_year(int(tens), ctx)), m, "explicit")
    y = _spelled_year(g["wyear"])
    if "month" in g:
        return _date_value(cal.month(y, _month_num(g["month"])), m, "explicit")
    return _date_value(cal.year(y), m, "explicit")
