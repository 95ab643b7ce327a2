"""Time per megabyte of extract() on pathological inputs, against normal news text.

    .venv/bin/python benchmarks/robustness.py            # every case, about 1 MB each
    .venv/bin/python benchmarks/robustness.py --mb 0.3   # smaller and quicker
    .venv/bin/python benchmarks/robustness.py --only agreed countries

Normal news is the seed articles and the test-corpus texts, joined and repeated to the size.
Each pathological input (issue 6) is scaled to about that size where that makes sense. The
table gives MB/s and the ratio of each input's time per MB to the news text's: issue 6 asks
for at most 3x. A case that is a single thing (the 100,000-digit amount, a 200,000-character
token) keeps its own size. The best of ``--repeat`` runs is reported.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from defevents import extract  # noqa: E402

PUBLISHED = "2025-06-01"
COUNTRIES = ["France", "Germany", "Poland", "Japan", "the United Kingdom", "South Korea", "Ukraine", "Italy"]


def news_text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        parts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "\n\n".join(parts)


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def cases(size: int) -> dict[str, Callable[[], str]]:
    news = news_text()
    return {
        "news": lambda: _fill(news + "\n\n", size),
        "news, no newlines": lambda: _fill(news.replace("\n", " ") + " ", size),
        "agreed": lambda: "the UK and Poland agreed " * 50_000,
        "countries": lambda: " ".join(COUNTRIES[i % len(COUNTRIES)] for i in range(100_000)),
        "countries, a list": lambda: "The treaty was signed by " + ", ".join(
            COUNTRIES[i % len(COUNTRIES)] for i in range(size // 9)) + ".",
        "£ + 100,000 digits": lambda: "£" + "7" * 100_000,
        "year list": lambda: "The UK and Poland signed deals in " + ", ".join(
            str(2000 + i % 30) for i in range(size // 6)) + ".",
        "date list": lambda: "The UK and Poland met on " + ", ".join(
            f"{1 + i % 28} March" for i in range(size // 10)) + ".",
        "nested brackets": lambda: "(" * (size // 2) + "The UK and Poland agreed a treaty." + ")" * (size // 2),
        "impossible dates": lambda: _fill("The UK and France signed a pact on 31 February 2025. They met on "
                                          "32 March. In year 0 and on 5 May 99999 Japan met South Korea. ", size),
        "200,000-char token": lambda: "x" * 200_000,
        "html": lambda: _fill("<div class='story'><p>The <b>UK</b> and <i>Poland</i> signed a <a href='/t'>"
                              "treaty</a> on 5 May 2024.</p></div>\n", size),
        "cjk": lambda: _fill("日本と韓国は防衛協定に署名した。", size),
        "one sentence, agreements": lambda: _fill("the UK and Poland signed a treaty ", size),
        "one sentence, meetings": lambda: _fill("Defence Secretary John Healey met his Polish counterpart "
                                                "in Warsaw and ", size),
        "persons": lambda: _fill("Defence Secretary John Healey met Polish Defence Minister "
                                 "Władysław Kosiniak-Kamysz. ", size),
    }


def measure(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract(text, published=PUBLISHED)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the scaled inputs in MB (default 1)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per case; the best is kept (default 1)")
    ap.add_argument("--only", nargs="*", help="case names (or parts of them) to run; news always runs")
    args = ap.parse_args(argv)
    size = int(args.mb * 1_000_000)
    extract("The UK and Poland signed a treaty on Monday.", published=PUBLISHED)  # build the caches
    table = cases(size)
    names = [n for n in table if n == "news" or not args.only or any(o in n for o in args.only)]
    print(f"{'input':26} {'MB':>6} {'seconds':>8} {'MB/s':>7} {'x news':>7}")
    base = None
    worst = 0.0
    for name in names:
        text = table[name]()
        mb = len(text.encode("utf-8")) / 1e6
        seconds = measure(text, args.repeat)
        per_mb = seconds / mb
        base = per_mb if base is None else base
        ratio = per_mb / base
        if name != "news":
            worst = max(worst, ratio)
        print(f"{name:26} {mb:6.2f} {seconds:8.2f} {mb / seconds:7.3f} {ratio:7.2f}", flush=True)
    print(f"worst ratio {worst:.2f} (issue 6: at most 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
