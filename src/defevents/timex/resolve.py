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

from datetime import date, timedelta

from .. import _lazy_regex as regex

from defevents.timex import calendar as cal
from defevents.timex.anaphora import Anchors
from defevents.timex.mention import Mention
from defevents.timex.patterns import ORDINALS
from defevents.timex.tense import Tense
from defevents.timex._base import (
    _anchor_or_ref,
    _date_value,
    _GRAIN_OF_UNIT,
    _month_num,
    _need_ref,
    _norm,
    _replace,
    _two_digit_year,
    _Unresolved,
    _year_context,
    Context,
    Resolved,
)
from defevents.timex.absolute import (
    _spelled,
    _week_of,
    _bare_month,
    _clock,
    _day_month,
    _holiday,
    _nth_day,
    _fiscal_quarter,
    _quarter,
    _season,
    _slash,
)
from defevents.timex.amounts import _duration, _set
from defevents.timex.relative import (
    _ago,
    _deictic,
    _ref_word,
    _rel_pod,
    _relative,
    _weekday,
)

__all__ = ["Context", "Resolved", "resolve_mention"]

_WHOLE = frozenset({"the entire", "the whole", "the full"})
_PERIOD_PREP = regex.compile(r"(?i)\b(?:for|in|during|over|throughout|of)\s+$")
_OF_YEAR = regex.compile(r"\s+of\s+((?:1[0-9]|20)[0-9]{2})\b")
_PAST_UNIT = frozenset({"the past", "the last"})
# "the last year of his term" is no calendar year; "a profit for the last year of $2 billion" is
_OF_AFTER = regex.compile(r"(?i)\s+of\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|\w+['’]s)\s")


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
    if k == "b_nth":
        return _nth_day(m, ctx, anchors, tense)
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
    if k == "b_fquarter":
        return _fiscal_quarter(m)
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
        # "the year-earlier period": the period under discussion, a year back; "year-ago" alone
        # (no such period before it) is last year
        ref = _need_ref(ctx)
        grain = _GRAIN_OF_UNIT[g["unit"].lower()]
        last = anchors.newest()
        if grain == "year" and last is not None and last.grain in ("quarter", "half", "month"):
            steps = {"quarter": -4, "half": -2, "month": -12}[last.grain]
            return _date_value(cal.shift(last, steps), m, "anaphoric")
        return _date_value(cal.shift(cal.containing(ref, grain), -1), m, "relative")
    if k == "b_deictic":
        return _deictic(m, ctx)
    if k == "b_rel_pod":
        return _rel_pod(m, ctx, anchors)
    if k == "b_ref":
        return _ref_word(m, ctx)
    if k == "b_set":
        return _set(m)
    if k == "b_rel":
        if "unit" in g and _past_unit(text, m, _norm(g["rel"]), ctx):
            return _past_calendar_unit(m, ctx)
        return _relative(m, ctx, anchors, tense)
    if k == "b_duration":
        if (_norm(g.get("drel")) in _WHOLE and "num" not in g and "plural" not in g
                and g["unit"].lower() in ("year", "quarter") and _PERIOD_PREP.search(text, max(0, m.start - 12), m.start)):
            # "sales for the full year", "a loss for the entire year": the period in play, a
            # date (TimeBank, MEANTIME), not an amount of twelve months ("it lasted the whole year")
            grain = g["unit"].lower()
            named = _OF_YEAR.match(text, m.end)
            if named and grain == "year":
                return _date_value(cal.year(int(named.group(1))), m, "explicit")
            a = anchors.last(grain)
            if a is not None:
                return _date_value(cal.containing(a.start, grain), m, "anaphoric")
            return _date_value(cal.containing(_need_ref(ctx), grain), m, "relative")
        if "num" not in g and "plural" not in g and _past_unit(text, m, _norm(g.get("drel")), ctx):
            return _past_calendar_unit(m, ctx)
        return _duration(m)
    if k == "b_spelled_year":
        return _spelled(m, ctx)
    if k == "b_week_of":
        return _week_of(text, m, ctx, anchors, tense)
    if k == "b_yearend":
        # "by year-end": the end of the year in play (the last one mentioned, else the reference's)
        base, basis = _anchor_or_ref("year", ctx, anchors)
        iv = cal.year(base.year)
        n = cal.narrow(iv, "END")
        return Resolved(value=iv.value, grain="year", mod="END", start=n.start, end=n.end, basis=basis, anchor=iv)
    if k == "b_weekday":
        return _told_day(text, m, _weekday(m, ctx, anchors, tense))
    return Resolved(value=None)


# "on Sunday (9)", "on Monday (10/3)": the day of the month (and the month) in brackets, as
# Sri Lankan, Indian and Indonesian papers write them
_DAY_IN_BRACKETS = regex.compile(r"[^\S\n]*\((?P<d>[12]\d|3[01]|0?[1-9])(?:/(?P<m>1[0-2]|0?[1-9]))?\)")


def _told_day(text: str, m: Mention, r: Resolved) -> Resolved:
    """A weekday followed by its day of the month in brackets: the day with that weekday, date
    (and month) within two weeks of the weekday's reading ("Wednesday (12/2)" in a paper of
    Wednesday 19 February is the 12th); the weekday's reading when none or several fit."""
    told = _DAY_IN_BRACKETS.match(text, m.end)
    if told is None or r.start is None or r.type != "DATE" or r.grain != "day":
        return r
    day, month = int(told["d"]), int(told["m"]) if told["m"] else None
    fits = [d for d in (r.start + timedelta(days=k) for k in range(-14, 15, 7))  # the same weekday
            if d.day == day and (month is None or d.month == month)]
    if len(fits) != 1 or fits[0] == r.start:
        return r
    return _replace(_date_value(cal.day(fits[0]), m, "explicit"), anchor=cal.day(fits[0]))


def _past_unit(text: str, m: Mention, rel: str, ctx: Context) -> bool:
    """Whether "the past year" / "the last decade" (one unit, after a period preposition, not
    "the last year of ...") is, in news, the calendar year or decade before the reference's:
    "growth over the past year", "in the last decade" (the gold of the news corpora: 5 of 7)."""
    return (rel in _PAST_UNIT and not ctx.narrative and _norm(m.groups.get("unit")) in ("year", "decade")
            and _OF_AFTER.match(text, m.end) is None
            and _PERIOD_PREP.search(text, max(0, m.start - 12), m.start) is not None)


def _past_calendar_unit(m: Mention, ctx: Context) -> Resolved:
    grain = _norm(m.groups["unit"])
    return _date_value(cal.shift(cal.containing(_need_ref(ctx), grain), -1), m, "relative")
