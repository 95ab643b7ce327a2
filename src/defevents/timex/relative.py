"""Resolving dates read off the reference or an earlier time: "two years ago", "a year
earlier", "yesterday", "this morning", "now", bare weekdays, and "this/last/next/the
following <unit, weekday or month>".
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from defevents.timex import calendar as cal
from defevents.timex.anaphora import Anchors
from defevents.timex.mention import Mention
from defevents.timex.patterns import PARTS_OF_DAY
from defevents.timex.tense import Tense
from defevents.timex._base import (
    _add_months,
    _anchor_or_ref,
    _date_value,
    _direction,
    _DUR,
    _duration_value,
    _FOLLOW,
    _GRAIN_OF_UNIT,
    _LAST,
    _month_num,
    _narrative_anchor,
    _need_ref,
    _NEXT,
    _norm,
    _number,
    _part_mod,
    _pick,
    _PREV,
    _QMOD,
    _replace,
    _safe_date,
    _SAME,
    _THIS,
    _UNIT_CODE,
    _weekday_num,
    Context,
    Resolved,
)


def _ago(m: Mention, ctx: Context, anchors: Anchors) -> Resolved:
    g = m.groups
    unit = g["unit"].lower()
    dir_ = _norm(g["dir"])
    n = _number(g.get("num"))
    grain = _GRAIN_OF_UNIT.get(unit, "day")
    back = dir_ in ("ago", "earlier", "before", "previously", "back")
    from_ref = dir_ in ("ago", "from now", "hence", "back") or dir_.endswith("time")
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
    last = anchors.newest() if from_ref and grain == "year" else None
    if last is not None:
        # "profit rose in the third quarter from a year ago": the quarter a year back
        if last.grain == "quarter" and abs((last.start - base).days) < 200:
            anchor = last
    if anchor is not None and months is not None and anchor.grain in ("day", "week", "month", "quarter") and n == 1:
        # "a year earlier" keeps the grain of what it is anchored on: the 1988 third quarter,
        # not just 1988 (TimeBank); "twenty years earlier" is a year ("1930", WikiWars)
        y, mo = _add_months(anchor.start.year, anchor.start.month, sign * int(steps) * months)
        # the same day of the month, or the month's last day ("Feb. 29, 2024" -> "Feb. 28, 2023")
        moved = _safe_date(y, mo, min(anchor.start.day, calendar.monthrange(y, mo)[1])) or date(y, mo, 1)
        iv = cal.containing(moved, anchor.grain)
    elif grain == "week" and from_ref and steps in (1, 2) and mod is None:
        # "a week ago", "two weeks ago": the day, seven or fourteen days back (TimeBank, MEANTIME);
        # "six weeks ago" is only the week
        iv = cal.day(base + timedelta(days=sign * 7 * int(steps)))
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
             "the time being", "the present", "current"):
        return Resolved(value="PRESENT_REF", start=ref, end=ref, basis="relative")
    if "future" in w or w in ("soon", "shortly") or w.endswith("term"):
        return Resolved(value="FUTURE_REF", start=ref, end=None, basis="relative")
    if w.startswith("recent ") and w != "recent times":
        # "in recent years": TimeBank annotates an unknown number of years (PXY)
        unit = w.split()[1].rstrip("s")
        code = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE"}.get(unit, "Y")
        return Resolved(value=f"PX{code}", type="DURATION", basis="explicit")
    return Resolved(value="PAST_REF", start=None, end=ref, basis="relative")


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
    if "month" in g and "day" in g:
        return _relative_day(m, ctx, anchors, rel)
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
    if "beyond" in g:
        # "the week before last": two weeks back from the reference's; "the month after next"
        ref = _need_ref(ctx)
        iv = cal.shift(cal.containing(ref, grain), -2 if g["beyond"].lower().startswith("before") else 2)
        if unit == "weekend":
            iv = cal.weekend(iv.start)
        return _date_value(iv, m, "relative")
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


def _relative_day(m: Mention, ctx: Context, anchors: Anchors, rel: str) -> Resolved:
    """"last Oct. 23": the latest 23 October before the reference; "next March 4" the first
    after it; "this May 9" the reference's year; "that June 2" the year of the time in play."""
    g = m.groups
    mon, day = _month_num(g["month"]), int(g["day"])
    if "year" in g:
        return _date_value(cal.day(date(int(g["year"]), mon, day)), m, "explicit")
    if rel in _SAME:
        base, basis = _anchor_or_ref("year", ctx, anchors)
        return _date_value(cal.day(date(base.year, mon, day)), m, basis)
    ref = _need_ref(ctx)
    y = ref.year
    if rel in _LAST or rel in _PREV or rel in _DUR:
        y = ref.year if (mon, day) < (ref.month, ref.day) else ref.year - 1
    elif rel not in _THIS:
        y = ref.year if (mon, day) > (ref.month, ref.day) else ref.year + 1
    return _date_value(cal.day(date(y, mon, day)), m, "relative")
