"""What the held-out sets' failure-family cases share (`benchmarks/heldoutN/families/`): the helpers that write a
case (``prev``/``nxt`` for weekdays, ``E`` for an expected event, ``C`` for a case) and the runner that checks the cases
against whatever defevents is on PYTHONPATH, with the scorer's own date rule (``tests.gold``)."""
import sys
from collections import OrderedDict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for tests.gold
import defevents  # noqa: E402
from tests.gold import date_within as within  # noqa: E402 (the scorer's own date rule)

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def prev(pub, day, extra=0):
    """The nearest <day> strictly before pub (ISO), plus extra days."""
    d = date.fromisoformat(pub)
    k = DAYS.index(day)
    d -= timedelta(days=1)
    while d.weekday() != k:
        d -= timedelta(days=1)
    return (d + timedelta(days=extra)).isoformat()


def nxt(pub, day):
    d = date.fromisoformat(pub) + timedelta(days=1)
    while d.weekday() != DAYS.index(day):
        d += timedelta(days=1)
    return d.isoformat()


def E(type, participants, date=None, **roles):
    return dict(type=type, participants=sorted(participants), date=date, roles=roles)


def C(fam, cid, pub, text, expect=(), absent=(), exact=(), note=""):
    return dict(family=fam, id=cid, published=pub, text=text, expect=list(expect), absent=list(absent),
                exact=list(exact), note=note)



def norm(s):
    return " ".join(str(s).split()).lower()


def check(ev, exp):
    """Reasons this predicted event does not satisfy the expected one (empty list: it does)."""
    bad = []
    if ev.codes != exp["participants"]:
        bad.append(f"participants {ev.codes}")
    if exp["date"] is not None:
        got = ev.when.value if ev.when else None
        if not within(got, exp["date"]):
            bad.append(f"date {got}")
    for k, want in exp["roles"].items():
        if k in ("seller", "buyer", "deployer", "host"):
            a = getattr(ev, k, None)
            if a is None or a.code != want:
                bad.append(f"{k} {a and a.code}")
        elif k in ("personnel", "quantity"):
            q = getattr(ev, k, None)
            if q is None or float(q.value) != float(want):
                bad.append(f"{k} {q and q.value}")
        elif k == "status":
            if ev.status != want:
                bad.append(f"status {ev.status}")
        elif k == "money":
            amt, cur = want.split()
            v = getattr(ev, "value", None)
            if v is None or v.currency != cur or abs(float(v.amount) - float(amt)) > 0.01 * float(amt):
                bad.append(f"money {v and (str(v.amount), v.currency)}")
        elif k in ("duration", "operation", "name", "forum"):
            got = getattr(ev, k, None)
            if not got or (norm(got) not in norm(want) and norm(want) not in norm(got)):
                bad.append(f"{k} {got!r}")
        elif k == "location":
            loc = ev.location
            w = norm(want)
            if loc is None or (norm(loc.name) not in w and w not in norm(loc.name)):
                bad.append(f"location {loc and loc.name!r}")
        elif k in ("items", "assets"):
            got = [norm(g) for g in getattr(ev, k, []) or []]
            for wv in want:
                if not any(norm(wv) in g or g in norm(wv) for g in got):
                    bad.append(f"{k} missing {wv!r} (got {got})")
    return bad


def run_case(c):
    res = defevents.extract(c["text"], published=c["published"])
    evs = list(res.events)
    used, reasons = set(), []
    for exp in c["expect"]:
        found = None
        near = []
        for i, ev in enumerate(evs):
            if i in used or ev.type != exp["type"]:
                continue
            b = check(ev, exp)
            if not b:
                found = i
                break
            near.append(f"{ev.rule}: " + "; ".join(b))
        if found is None:
            reasons.append(f"missing {exp['type']} {exp['participants']} {exp['date']}" + (f" [closest: {near[0]}]" if near else " [none of that type]"))
        else:
            used.add(found)
    for t in c["absent"]:
        got = [e for e in evs if e.type == t]
        if got:
            reasons.append(f"unwanted {t}: " + ", ".join(f"{e.rule} {e.codes}" for e in got))
    for t in c["exact"]:
        n_exp = sum(1 for e in c["expect"] if e["type"] == t)
        got = [e for e in evs if e.type == t]
        if len(got) != n_exp:
            reasons.append(f"{len(got)} {t} events, expected {n_exp}: " + ", ".join(f"{e.rule} {e.codes} {e.when and e.when.value}" for e in got))
    return reasons


def main(cases):
    """Run ``cases`` and print a line per case and a summary per family ("-v" on the command line: why a case fails)."""
    verbose = "-v" in sys.argv
    fams = OrderedDict()
    for c in cases:
        fams.setdefault(c["family"], []).append(c)
    total = passed = 0
    summary = []
    for fam, cases in fams.items():
        print(f"== {fam}")
        fp = 0
        for c in cases:
            r = run_case(c)
            ok = not r
            total += 1
            passed += ok
            fp += ok
            print(f"  {'PASS' if ok else 'FAIL'}  {c['id']}" + ("" if ok or not verbose else "  -- " + " | ".join(r)))
        summary.append(f"{fam}: {fp}/{len(cases)}")
    print()
    print("per family: " + ", ".join(summary))
    print(f"TOTAL {passed}/{total} passed")

