"""Score ``defevents.extract`` on a held-out set (default ``benchmarks/heldout/heldout.jsonl``).

The set is 80 short documents (56 positive, 24 negative) written blind to the rules, in the
JSON shape of ``tests/corpus/*.jsonl``, from outlets, phrasings, countries and currencies
that the test corpora do not use. Events are matched as in ``tests/gold.py`` (evidence overlap
first, else a shared participant with the date inside the gold date; one-to-one), and every
field the gold states is checked with ``tests.gold.field_errors``.

Prints, per event type, P/R/F1; then the accuracy of each field among matched events
(participants, date, money, status and the role fields); then document-level figures per
source style. ``--show`` adds every miss, false alarm and field error, by document.

    .venv/bin/python benchmarks/heldout_eval.py            # tables
    .venv/bin/python benchmarks/heldout_eval.py --show     # + misses, false alarms, field errors
    .venv/bin/python benchmarks/heldout_eval.py --data benchmarks/heldout2/heldout2.jsonl --show

``--data PATH`` scores another set in the same shape: ``benchmarks/heldout2/heldout2.jsonl``
is a second blind set of 60 multi-paragraph articles (see ``benchmarks/heldout2/README.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from defevents import extract  # noqa: E402
from tests.gold import field_errors, match  # noqa: E402

DATA = Path(__file__).resolve().parent / "heldout" / "heldout.jsonl"
TYPES = ("agreement", "meeting", "deployment", "export_deal")
ROLE_FIELDS = ("seller", "buyer", "deployer", "host", "personnel", "quantity", "items", "assets",
               "operation", "duration", "location", "forum", "name")
FIELDS = ("participants", "date", "money", "status") + ROLE_FIELDS


def stated(gold: dict) -> list[str]:
    """The fields a gold event states, i.e. the ones field_errors checks."""
    out = ["participants"]
    if gold.get("date") is not None:
        out.append("date")
    if gold.get("money"):
        out.append("money")
    if gold.get("status"):
        out.append("status")
    for key in ROLE_FIELDS:
        if gold.get(key) not in (None, "", []):
            out.append(key)
    return out


def error_field(err: str) -> str:
    return err.split()[0].rstrip(":")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="list misses, false alarms and field errors")
    ap.add_argument("--data", type=Path, default=DATA, metavar="PATH",
                    help=f"held-out JSONL to score (default: {DATA.relative_to(ROOT)})")
    args = ap.parse_args(argv)

    docs = load(args.data)
    counts = {t: Counter() for t in TYPES}
    field_n = defaultdict(Counter)   # field -> {"n", "ok"}
    field_by_type = defaultdict(Counter)
    style = defaultdict(Counter)
    neg_with_events = 0
    report: list[tuple[str, str, list[str]]] = []
    t0 = time.perf_counter()
    for doc in docs:
        text, golds = doc["text"], doc["events"]
        result = extract(text, published=doc.get("published"))
        pairs = match(result.events, golds, text)
        mp, mg = {p for p, _ in pairs}, {g for _, g in pairs}
        problems = []
        for pi, gi in pairs:
            g, e = golds[gi], result.events[pi]
            counts[g["type"]]["tp"] += 1
            errs = field_errors(e, g)
            wrong = {error_field(x) for x in errs}
            for f in stated(g):
                field_n[f]["n"] += 1
                field_by_type[(g["type"], f)]["n"] += 1
                if f not in wrong:
                    field_n[f]["ok"] += 1
                    field_by_type[(g["type"], f)]["ok"] += 1
            for x in errs:
                problems.append(f"field  {g['type']}: {x}")
        for pi, e in enumerate(result.events):
            if pi not in mp:
                counts[e.type]["fp"] += 1
                problems.append(f"false  {e.type} ({e.rule}) {sorted(e.codes)}: {e.evidence[0].text[:80]!r}")
        for gi, g in enumerate(golds):
            if gi not in mg:
                counts[g["type"]]["fn"] += 1
                problems.append(f"missed {g['type']} {g['participants']}: {g['evidence'][:80]!r}")
        if not golds and result.events:
            neg_with_events += 1
        s = style[doc.get("source_style", "?")]
        s["docs"] += 1
        s["right"] += not problems
        if problems:
            report.append((doc["doc_id"], doc.get("phrasing", ""), problems))
    elapsed = time.perf_counter() - t0

    n_pos = sum(1 for d in docs if d["events"])
    print(f"held-out set {args.data.name}: {len(docs)} documents ({n_pos} positive, {len(docs) - n_pos} negative), "
          f"{sum(len(d['events']) for d in docs)} gold events; {elapsed:.1f} s\n")
    print("| type | gold | predicted | tp | fp | fn | P | R | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    tot = Counter()
    for t in TYPES:
        c = counts[t]
        tot.update(c)
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"| {t} | {c['tp'] + c['fn']} | {c['tp'] + c['fp']} | {c['tp']} | {c['fp']} | {c['fn']} "
              f"| {p:.2f} | {r:.2f} | {f:.2f} |")
    p, r, f = prf(tot["tp"], tot["fp"], tot["fn"])
    print(f"| all (micro) | {tot['tp'] + tot['fn']} | {tot['tp'] + tot['fp']} | {tot['tp']} | {tot['fp']} "
          f"| {tot['fn']} | {p:.2f} | {r:.2f} | {f:.2f} |")
    print(f"\nnegative documents with any event: {neg_with_events} of {len(docs) - n_pos}")

    print("\nField accuracy among matched events (fields the gold states):\n")
    print("| field | " + " | ".join(TYPES) + " | all |")
    print("| --- |" + " ---: |" * (len(TYPES) + 1))
    for fld in FIELDS:
        if not field_n[fld]["n"]:
            continue
        cells = []
        for t in TYPES:
            c = field_by_type[(t, fld)]
            cells.append(f"{c['ok']}/{c['n']}" if c["n"] else "–")
        c = field_n[fld]
        print(f"| {fld} | " + " | ".join(cells) + f" | {c['ok']}/{c['n']} ({100 * c['ok'] / c['n']:.0f}%) |")
    roles = [f for f in ROLE_FIELDS if field_n[f]["n"]]
    rn, rok = sum(field_n[f]["n"] for f in roles), sum(field_n[f]["ok"] for f in roles)
    if rn:
        print(f"| roles (all of the above role fields) | | | | | {rok}/{rn} ({100 * rok / rn:.0f}%) |")

    print("\nDocuments fully right (every event found, every stated field right, nothing extra):\n")
    print("| source style | documents | fully right |")
    print("| --- | ---: | ---: |")
    for k in sorted(style):
        print(f"| {k} | {style[k]['docs']} | {style[k]['right']} |")
    allr = sum(s["right"] for s in style.values())
    print(f"| all | {len(docs)} | {allr} ({100 * allr / len(docs):.0f}%) |")

    if args.show:
        print("\nProblems by document:")
        for doc_id, phrasing, problems in report:
            print(f"\n{doc_id}  [{phrasing}]")
            for x in problems:
                print(f"  {x}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
