"""Speed of ``defevents.timex.find_times`` against ``dateparser.search.search_dates``.

Both run in this one process on the same ~5 KB articles, built by joining the texts in
``seeds/*.txt`` (repeated and cut at 5,000 characters, rotated so every seed leads once).
Rounds of the two systems are interleaved and each figure is the best round's mean time per
article, so that load from other processes hits both alike and is filtered out.

    .venv/bin/python benchmarks/timex_speed.py
"""

from __future__ import annotations

import pathlib
import time
from datetime import date, datetime

from dateparser.search import search_dates

from defevents.timex import find_times

ROOT = pathlib.Path(__file__).resolve().parent.parent
REFERENCE = date(2026, 1, 20)
SIZE = 5000


def articles() -> list[str]:
    """One 5 KB article per seed, each starting with a different seed."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    for i in range(len(seeds)):
        order = seeds[i:] + seeds[:i]
        text = ""
        while len(text) < SIZE:
            text += "\n\n".join(order) + "\n\n"
        out.append(text[:SIZE])
    return out


def round_ms(fn, texts: list[str], inner: int) -> float:  # type: ignore[no-untyped-def]
    """Mean milliseconds per text over ``inner`` passes."""
    t0 = time.perf_counter()
    for _ in range(inner):
        for t in texts:
            fn(t)
    return (time.perf_counter() - t0) / (inner * len(texts)) * 1000


def main() -> None:
    texts = articles()
    settings = {"RELATIVE_BASE": datetime(2026, 1, 20), "PREFER_DATES_FROM": "past"}
    ours = lambda t: find_times(t, reference=REFERENCE)  # noqa: E731
    theirs = lambda t: search_dates(t, languages=["en"], settings=settings)  # noqa: E731
    ours(texts[0]), theirs(texts[0])  # warm caches and imports
    ms_ours = ms_theirs = float("inf")
    for _ in range(7):
        ms_ours = min(ms_ours, round_ms(ours, texts, inner=20))
        ms_theirs = min(ms_theirs, round_ms(theirs, texts, inner=1))
    n_ours = sum(len(ours(t)) for t in texts) / len(texts)
    print(f"articles: {len(texts)} x {SIZE} characters (from seeds/*.txt)")
    print(f"defevents.timex.find_times : {ms_ours:7.3f} ms per article ({n_ours:.0f} times found)")
    print(f"dateparser search_dates    : {ms_theirs:7.3f} ms per article")
    print(f"ratio                      : 1/{ms_theirs / ms_ours:.1f} (target 1/20 or better)")


if __name__ == "__main__":
    main()
