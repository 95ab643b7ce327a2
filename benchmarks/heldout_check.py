"""Check the shape of the multi-paragraph held-out sets (default: ``heldout2/heldout2.jsonl``,
``heldout3/heldout3.jsonl``, ``heldout4/heldout4.jsonl``, ``heldout5/heldout5.jsonl``, ``heldout6/heldout6.jsonl``,
``heldout7/heldout7.jsonl``, ``heldout8/heldout8.jsonl``, ``heldout9/heldout9.jsonl``, ``heldout10/heldout10.jsonl``,
``heldout11/heldout11.jsonl`` and ``heldout12/heldout12.jsonl``;
or the JSONL files given).

Every gold ``evidence`` must occur verbatim in its document's text; participants and role
codes must be ISO 3166-1 alpha-3 codes (or a short organisation id such as ``NATO``) and the
role codes must be among the participants; dates must be ISO values that ``tests.gold``
can read; money is ``{"amount": number, "currency": ISO 4217}``; status is one of the three
statuses; texts are 1,200–3,500 characters; every document names its phrasing and source
style. Exits 1 and lists the problems if any check fails.

    .venv/bin/python benchmarks/heldout_check.py [PATH ...]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.gold import interval  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = (HERE / "heldout2" / "heldout2.jsonl", HERE / "heldout3" / "heldout3.jsonl", HERE / "heldout4" / "heldout4.jsonl",
        HERE / "heldout5" / "heldout5.jsonl", HERE / "heldout6" / "heldout6.jsonl", HERE / "heldout7" / "heldout7.jsonl",
        HERE / "heldout8" / "heldout8.jsonl", HERE / "heldout9" / "heldout9.jsonl", HERE / "heldout10" / "heldout10.jsonl",
        HERE / "heldout11" / "heldout11.jsonl", HERE / "heldout12" / "heldout12.jsonl")
TYPES = {"agreement", "meeting", "deployment", "export_deal"}
STATUSES = {"completed", "ongoing", "planned"}
ORGS = {"NATO", "EU", "UN", "E5", "G7", "AUKUS", "JEF", "ASEAN", "AU", "ECOWAS"}
STATES = {c.alpha_3 for c in pycountry.countries}
# (and the currencies the euro replaced, which pycountry drops and older news still writes)
CURRENCIES = {c.alpha_3 for c in pycountry.currencies} | {"BGN", "HRK"}
ROLES = ("seller", "buyer", "deployer", "host")


def check(path: Path) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        where = f"{path.name}:{n} {d.get('doc_id')}"
        if d["doc_id"] in seen:
            problems.append(f"{where}: duplicate doc_id")
        seen.add(d["doc_id"])
        text = d["text"]
        if not 1200 <= len(text) <= 3500:
            problems.append(f"{where}: text has {len(text)} characters")
        date.fromisoformat(d["published"])
        for key in ("phrasing", "source_style"):
            if not d.get(key):
                problems.append(f"{where}: no {key}")
        for i, e in enumerate(d["events"]):
            w = f"{where} event {i} ({e.get('type')})"
            if e["type"] not in TYPES:
                problems.append(f"{w}: unknown type")
            if e["evidence"] not in text:
                problems.append(f"{w}: evidence not verbatim in text: {e['evidence'][:60]!r}")
            parts = e["participants"]
            if not parts or parts != sorted(parts):
                problems.append(f"{w}: participants empty or unsorted")
            for code in parts:
                if code not in STATES and code not in ORGS:
                    problems.append(f"{w}: unknown participant code {code}")
            for role in ROLES:
                if e.get(role) is not None and e[role] not in parts:
                    problems.append(f"{w}: {role} {e[role]} not among participants")
            if e.get("date") is not None and interval(e["date"]) is None:
                problems.append(f"{w}: unreadable date {e['date']!r}")
            if e.get("status") not in STATUSES:
                problems.append(f"{w}: bad status {e.get('status')!r}")
            m = e.get("money")
            if m is not None and (not isinstance(m.get("amount"), (int, float))
                                  or m.get("currency") not in CURRENCIES):
                problems.append(f"{w}: bad money {m}")
            for key in ("personnel", "quantity"):
                if e.get(key) is not None and not isinstance(e[key], (int, float)):
                    problems.append(f"{w}: {key} is not a number")
            if e.get("duration") and not re.fullmatch(r"P\d+[YMWD]", e["duration"]):
                problems.append(f"{w}: bad duration {e['duration']!r}")
            for key in ("items", "assets"):
                if key in e and not (isinstance(e[key], list) and all(isinstance(x, str) for x in e[key])):
                    problems.append(f"{w}: {key} is not a list of strings")
    return problems


def main(argv: list[str]) -> int:
    return max(report(p) for p in ([Path(a) for a in argv] or DATA))


def report(path: Path) -> int:
    problems = check(path)
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    types = Counter(e["type"] for d in docs for e in d["events"])
    neg = sum(1 for d in docs if not d["events"])
    lengths = [len(d["text"]) for d in docs]
    print(f"{path}: {len(docs)} documents, {neg} negative, {sum(types.values())} gold events "
          f"({', '.join(f'{t} {types[t]}' for t in sorted(types))}); "
          f"text length {min(lengths)}–{max(lengths)}")
    print(f"source styles: {dict(Counter(d['source_style'] for d in docs))}")
    for p in problems:
        print("  " + p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
