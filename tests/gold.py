"""Matching predicted events to gold annotations, the way ../shared/tools/score.py does.

A predicted event matches a gold event of the same type when one of its evidence spans overlaps
the gold evidence in the text, or, failing that, when they share a participant and the
predicted date lies within the gold date. Matching is one-to-one, overlap first.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def interval(value: str | None) -> tuple[date, date] | None:
    if not value or not value[:4].isdigit():
        return None
    y, rest = int(value[:4]), value[5:]
    try:
        if not rest:
            return date(y, 1, 1), date(y, 12, 31)
        if rest in SEASONS:
            a, b = SEASONS[rest]
            end_y, end_m = (y + 1, b - 12) if b > 12 else (y, b)
            return date(y, a, 1), date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])
        if rest[0] == "Q":
            q = int(rest[1:])
            return date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
        if rest[0] == "H":
            h = int(rest[1:])
            return date(y, 6 * h - 5, 1), date(y, 6 * h, calendar.monthrange(y, 6 * h)[1])
        if rest[0] == "W":
            # an ISO week ("2025-W41") or its weekend ("2025-W41-WE"), as TIMEX3 writes them
            monday = date.fromisocalendar(y, int(rest[1:3]), 1)
            if rest[3:] == "-WE":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return (monday, monday + timedelta(days=6)) if not rest[3:] else None
        parts = rest.split("-")
        m = int(parts[0])
        if len(parts) == 1:
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        d = date(y, m, int(parts[1][:2]))
        return d, d
    except (ValueError, IndexError):
        return None


def date_within(pred: str | None, gold: str | None) -> bool:
    p, g = interval(pred), interval(gold)
    return bool(p and g and g[0] <= p[0] and p[1] <= g[1])


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def match(events, golds: list[dict], text: str) -> list[tuple[int, int]]:
    pairs = []
    for pi, p in enumerate(events):
        pspans = [(s.start, s.end) for s in p.evidence]
        for gi, g in enumerate(golds):
            if p.type != g["type"]:
                continue
            overlap = any(a < d and c < b for a, b in pspans for c, d in occurrences(text, g["evidence"]))
            near = bool(set(p.codes) & set(g["participants"])) and (
                g.get("date") is None or date_within(p.when.value if p.when else None, g.get("date")))
            if overlap or near:
                pairs.append((2 if overlap else 1, pi, gi))
    pairs.sort(key=lambda t: -t[0])
    used_p, used_g, out = set(), set(), []
    for _, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi))
    return out


def _names(values) -> list[str]:
    return [" ".join(str(v).split()).lower() for v in values]


def field_errors(event, gold: dict) -> list[str]:
    """What a matched event gets wrong, against every field the gold annotation states."""
    errors = []
    if sorted(event.codes) != sorted(gold["participants"]):
        errors.append(f"participants {sorted(event.codes)} != {sorted(gold['participants'])}")
    if gold.get("date") is not None:
        got = event.when.value if event.when else None
        if not date_within(got, gold["date"]):
            errors.append(f"date {got} not within {gold['date']}")
    if gold.get("money"):
        v = getattr(event, "value", None)
        gm = gold["money"]
        if v is None or v.currency != gm["currency"] or abs(float(v.amount) - gm["amount"]) > 0.01 * gm["amount"]:
            errors.append(f"money {v and (v.amount, v.currency)} != {gm}")
    if gold.get("status") and event.status != gold["status"]:
        errors.append(f"status {event.status} != {gold['status']}")
    for role in ("seller", "buyer", "deployer", "host"):
        if role in gold and gold[role] is not None:
            actor = getattr(event, role, None)
            if actor is None or actor.code != gold[role]:
                errors.append(f"{role} {actor and actor.code} != {gold[role]}")
    for key in ("personnel", "quantity"):
        if gold.get(key) is not None:
            q = getattr(event, key, None)
            if q is None or float(q.value) != float(gold[key]):
                errors.append(f"{key} {q and q.value} != {gold[key]}")
    for key in ("operation", "duration", "forum", "name"):
        if gold.get(key):
            got = getattr(event, key, None)
            if not got or " ".join(str(got).split()).lower() not in " ".join(gold[key].split()).lower() and \
                    " ".join(gold[key].split()).lower() not in " ".join(str(got).split()).lower():
                errors.append(f"{key} {got!r} != {gold[key]!r}")
    if gold.get("location"):
        loc = event.location
        want = " ".join(gold["location"].split()).lower()
        if loc is None or (loc.name.lower() not in want and want not in loc.name.lower()
                           and (loc.span is None or " ".join(loc.span.text.split()).lower() not in want)):
            errors.append(f"location {loc and loc.name!r} != {gold['location']!r}")
    for key in ("assets", "items"):
        if gold.get(key):
            got = _names(getattr(event, key, []) or [])
            for want in _names(gold[key]):
                if not any(want in g or g in want for g in got):
                    errors.append(f"{key}: {want!r} missing from {got}")
    return errors
