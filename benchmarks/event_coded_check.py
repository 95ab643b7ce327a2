"""Cross-check ``defevents.extract`` against the peers' event-coded sentences (read-only).

Runs every sentence of the PLOVER gold-standard records (PLOVER categories) and of the
PETRARCH-2 validation records (CAMEO codes with a derived PLOVER category) through
``defevents.extract`` and reports, per source and PLOVER category, how many sentences yield
the defevents type we would expect and how many yield any event at all. Outside the five
categories that can describe one of our types, every event is a *false event*; those are
tallied by rule id.

Expected defevents types per PLOVER category:

* CONSULT  -> meeting
* AGREE    -> agreement (PLOVER also codes announced visits/meetings and "agreed to" /
  offers / promises as AGREE; a breakdown by phrasing family is printed)
* SUPPORT  -> agreement (only signed treaties/agreements, CAMEO 057; verbal support is not
  expected to yield anything)
* MOBILIZE -> deployment
* AID      -> export_deal or deployment (military aid, peacekeepers arriving)

The data stay in ``../shared`` (licences forbid copying them into the repository); this
script only reads them and prints figures. ``--show`` prints the offending sentence ids,
with the event type, rule and a short (<= 80 character) excerpt, to the terminal only.
No network; deterministic apart from the timing line.

    .venv/bin/python benchmarks/event_coded_check.py [--show] [--misses] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import defevents

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = (ROOT / ".." / "shared" / "data").resolve()
PLOVER_DATE = "2000-01-01"  # the PLOVER records' own placeholder date

EXPECTED: dict[str, tuple[str, ...]] = {
    "CONSULT": ("meeting",),
    "AGREE": ("agreement",),
    "SUPPORT": ("agreement",),
    "MOBILIZE": ("deployment",),
    "AID": ("export_deal", "deployment"),
}
NO_EVENT = "(no event)"  # PETRARCH-2 records marked noevents
STATEMENT = "(CAMEO 01/02)"  # PETRARCH-2 events PLOVER dropped (statements, appeals)
EXCERPT = 80


@dataclass
class Record:
    source: str
    id: str
    text: str
    published: str
    categories: list[str]
    family: dict[str, str]  # category -> phrasing family (in-scope categories only)
    events: list[tuple[str, str, tuple[str, ...], int]] = field(default_factory=list)

    @property
    def expected(self) -> set[str]:
        return {t for c in self.categories for t in EXPECTED.get(c, ())}

    def types(self) -> set[str]:
        return {e[0] for e in self.events}


# -- phrasing families (keyword gist of the coder's event string; a reading aid, not gold) --

_MEET = re.compile(r"\b(visit|meet|negotiat|host|mediat|talks)", re.I)
_PACT = re.compile(
    r"\b(?:agreed|accepted)\s+(?:to|upon|on)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:pact|accord|treaty|agreement|ceasefire|cease-fire|deal)\b|\bsigning\s+of\b", re.I)
_AGREED = re.compile(r"\b(agreed|accepted|consensus)\b", re.I)
_MILITARY = re.compile(r"\b(arms|military|troops|peace-?keep\w*|weapons)\b", re.I)


def plover_family(category: str, event_text: str, text: str) -> str:
    if category == "AGREE":
        if _MEET.search(event_text):
            return "announced visit/meeting/talks"
        if _AGREED.search(event_text):
            return "agreed on a named pact/ceasefire" if _PACT.search(text) else "agreed to act"
        return "offer/promise/will"
    if category == "SUPPORT":
        return "signed treaty/agreement" if re.search(r"\bsign", event_text) else "verbal/diplomatic"
    if category == "AID":
        return "military (arms, troops, intel)" if _MILITARY.search(text) else "humanitarian/other"
    return "all"


def load(data: pathlib.Path) -> list[Record]:
    out: list[Record] = []
    with open(data / "plover_gsr" / "plover_gsr.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            cats = list(r["gold_codes"])
            fam = {c: plover_family(c, r.get("event_text") or "", r["text"]) for c in cats if c in EXPECTED}
            out.append(Record("PLOVER", r["id"], r["text"], PLOVER_DATE, cats, fam))
    with open(data / "petrarch2_gsr" / "petrarch2_gsr.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["noevents"] or not r["events"]:
                cats = [NO_EVENT]
            else:
                cats = sorted({e["plover"] or STATEMENT for e in r["events"]})
            fam = {}
            for c in cats:
                if c in EXPECTED:
                    codes = sorted({e["eventcode"] for e in r["events"] if e["plover"] == c})
                    fam[c] = "CAMEO " + "/".join(codes)
            out.append(Record("PETRARCH-2", r["id"], r["text"], r["story_date"], cats, fam))
    return out


def run(records: list[Record]) -> float:
    t0 = time.perf_counter()
    for rec in records:
        ex = defevents.extract(rec.text, published=rec.published)
        rec.events = [
            (e.type, e.rule, tuple(e.codes), min(s.start for s in e.evidence)) for e in ex.events
        ]
    return time.perf_counter() - t0


def excerpt(text: str, at: int) -> str:
    start = max(0, at - 20)
    s = " ".join(text[start:].split())
    s = ("…" if start else "") + s
    return s if len(s) <= EXCERPT else s[: EXCERPT - 1] + "…"


def table(headers: list[str], rows: list[list[object]]) -> None:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    print()


def fmt_types(c: Counter[str]) -> str:
    return ", ".join(f"{t} {n}" for t, n in sorted(c.items())) or "-"


def pct(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / n:.0f}%)" if n else "-"


def _rows(tally: Counter[tuple[str, str, str, str]]) -> list[list[object]]:
    """(source, category, type, rule) -> count, as table rows, PLOVER first."""
    keys = sorted(tally, key=lambda k: (k[0] != "PLOVER", k))
    return [[*k, tally[k]] for k in keys]


def order(cat: str) -> tuple[int, str]:
    return (0 if cat in EXPECTED else 1, cat)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=DATA, help="the shared data directory")
    ap.add_argument("--show", action="store_true", help="print offending sentence ids and excerpts")
    ap.add_argument("--misses", action="store_true", help="also list in-scope sentences with no matching event")
    args = ap.parse_args(argv)

    records = load(args.data)
    elapsed = run(records)
    sources = ["PLOVER", "PETRARCH-2"]

    # 1. per source and category
    rows: list[list[object]] = []
    for src in sources:
        recs = [r for r in records if r.source == src]
        for cat in sorted({c for r in recs for c in r.categories}, key=order):
            sub = [r for r in recs if cat in r.categories]
            exp = EXPECTED.get(cat)
            match = sum(1 for r in sub if r.types() & set(exp)) if exp else None
            anyev = sum(1 for r in sub if r.events)
            types = Counter(t for r in sub for t in r.types())
            rows.append([
                src, cat, len(sub), "/".join(exp) if exp else "(none)",
                pct(match, len(sub)) if exp else "-", pct(anyev, len(sub)), fmt_types(types),
            ])
    print("Sentences yielding defevents events, by source and PLOVER category")
    print("(a PETRARCH-2 sentence with events of two categories is counted under both)\n")
    table(["source", "category", "sentences", "expected", "matching-type yield", "any-event yield",
           "sentences by type"], rows)

    # 2. phrasing families inside the five categories
    rows = []
    for src in sources:
        for cat in EXPECTED:
            fams: dict[str, list[Record]] = defaultdict(list)
            for r in records:
                if r.source == src and cat in r.categories:
                    fams[r.family[cat]].append(r)
            for fam in sorted(fams):
                sub = fams[fam]
                match = sum(1 for r in sub if r.types() & set(EXPECTED[cat]))
                anyev = sum(1 for r in sub if r.events)
                types = Counter(t for r in sub for t in r.types())
                rows.append([src, cat, fam, len(sub), match, anyev, fmt_types(types)])
    print("Breakdown of the five categories by phrasing family (keyword gist for PLOVER, CAMEO code"
          " for PETRARCH-2)\n")
    table(["source", "category", "family", "n", "matching", "any", "sentences by type"], rows)

    # 3. false events: categories outside the five, by category and rule
    false_by: Counter[tuple[str, str, str, str]] = Counter()
    false_sent: dict[tuple[str, str], set[str]] = defaultdict(set)
    off_by: Counter[tuple[str, str, str, str]] = Counter()
    offending: list[tuple[str, str, str, str, str, tuple[str, ...], int, str]] = []
    for r in records:
        exp = r.expected
        in_scope = any(c in EXPECTED for c in r.categories)
        label = "+".join(r.categories)
        for typ, rule, codes, at in r.events:
            if typ in exp:
                continue
            if in_scope:
                off_by[(r.source, label, typ, rule)] += 1
                kind = "off-type"
            else:
                false_by[(r.source, label, typ, rule)] += 1
                false_sent[(r.source, label)].add(r.id)
                kind = "false"
            offending.append((kind, r.source, r.id, label, typ, codes, at, rule))

    out_scope = [r for r in records if not any(c in EXPECTED for c in r.categories)]
    print("False events: sentences of the other categories that yield an event, by category and rule\n")
    table(["source", "category", "type", "rule", "events"], _rows(false_by))
    per_rule: Counter[str] = Counter()
    for (_s, _c, _t, rule), n in false_by.items():
        per_rule[rule] += n
    table(["rule (false events, both sources)", "events"],
          [[k, v] for k, v in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0]))])
    if off_by:
        print("Off-type events inside the five categories (a type other than the expected one)\n")
        table(["source", "category", "type", "rule", "events"], _rows(off_by))

    # totals
    in_scope = [r for r in records if any(c in EXPECTED for c in r.categories)]
    print("Totals")
    for src in sources + ["all"]:
        ins = [r for r in in_scope if src in ("all", r.source)]
        outs = [r for r in out_scope if src in ("all", r.source)]
        m = sum(1 for r in ins if r.types() & r.expected)
        f_sent = sum(1 for r in outs if r.events)
        f_ev = sum(len(r.events) for r in outs)
        print(f"  {src:<10}  in-scope sentences {len(ins):>3}, matching {pct(m, len(ins)):<12}"
              f"  other-category sentences {len(outs):>3}, with a false event {pct(f_sent, len(outs)):<12}"
              f" ({f_ev} false events)")
    n_ev = sum(len(r.events) for r in records)
    print(f"\n{len(records)} sentences, {n_ev} events, extract() time {elapsed:.2f} s"
          f" ({1000 * elapsed / len(records):.1f} ms/sentence)")

    if args.show:
        by_id = {(r.source, r.id): r for r in records}
        print("\nOffending events (false = other category; off-type = in-scope category, unexpected type)\n")
        for kind, src, rid, label, typ, codes, at, rule in sorted(
                offending, key=lambda o: (o[0], o[1] != "PLOVER", o[2], o[7])):
            print(f"  {kind:<8} {rid:<28} {label:<12} {typ:<11} {rule:<28} {','.join(codes)}")
            print(f"           {excerpt(by_id[(src, rid)].text, at)}")
    if args.misses:
        print("\nIn-scope sentences without a matching event\n")
        for r in in_scope:
            if not (r.types() & r.expected):
                fams = "; ".join(f"{c}: {f}" for c, f in r.family.items())
                print(f"  {r.id:<28} {fams}")
                print(f"           {excerpt(r.text, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
