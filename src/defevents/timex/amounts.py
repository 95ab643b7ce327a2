"""Resolving amounts of time and sets: "two-year", "the past two years", "48 hours", "every
year", "annually", "each March", "twice a year". TIMEX3 values (``P2Y``, ``PT48H``,
``XXXX-03``); an unknown count is ``X`` ("several weeks" -> ``PXW``).
"""

from __future__ import annotations

from defevents.timex.mention import Mention
from defevents.timex.patterns import PARTS_OF_DAY, SEASONS
from defevents.timex._base import (
    _duration_value,
    _FUZZY_CODE,
    _GRAIN_OF_UNIT,
    _month_num,
    _norm,
    _number,
    _QMOD,
    _UNIT_CODE,
    _weekday_num,
    Resolved,
)


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


def _duration(m: Mention) -> Resolved:
    g = m.groups
    unit = g["unit"].lower()
    num = g.get("num")
    n = _number(num) if num else (None if not g.get("drel") and not g.get("long") else 1.0)
    if not num and g.get("plural"):
        n = None  # "the past years", "decades-long": an unknown number of units
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half"
    mult, code = _UNIT_CODE.get(unit, (1, "D"))
    if n is None and unit in _FUZZY_CODE:
        value = f"PX{_FUZZY_CODE[unit]}"
    elif n is not None and (g.get("half") or "1/2" in (num or "") or _norm(num).startswith("half")):
        value = _mixed_value(n * mult, code)
    else:
        value = _duration_value(None if n is None else n * mult, code)
    mod = _QMOD.get(_norm(m.qmod)) if m.qmod else None
    return Resolved(value=value, type="DURATION", mod=mod, basis="explicit")


# A half of a unit, in the next smaller one: "2 1/2 years" -> P2Y6M (TimeBank writes a written
# fraction so); "two and a half years" keeps the decimal the words give (P2.5Y).
_HALF_IN = {"Y": (6, "M"), "D": (12, "H"), "TH": (30, "M"), "TM": (30, "S")}


def _mixed_value(n: float, code: str) -> str:
    """``n`` units of ``code`` with a half written in the next smaller unit where there is one."""
    whole = int(n)
    if n - whole != 0.5 or code not in _HALF_IN:
        return _duration_value(n, code)
    k, small = _HALF_IN[code]
    if code.startswith("T"):
        return f"PT{whole}{code[1:]}{k}{small}" if whole else f"PT{k}{small}"
    if small == "H":
        return f"P{whole}DT{k}H" if whole else f"PT{k}H"
    return f"P{whole}{code}{k}{small}" if whole else f"P{k}{small}"
